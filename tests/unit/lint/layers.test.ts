/**
 * The layer rule as the project's own eslint.config.js sets it up: which imports between the
 * folders of src/ are reported, and why. Each case lints one line of code as if it stood in a file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer rule's messages for `code` placed at `file` (relative to the project). */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'layers/no-upward-import').map((m) => m.message);
}

describe('imports point down the layers', () => {
  it.each([
    // [file, import, problem or '' when allowed]
    ['src/core/types.ts', "import { normalize } from '../analysis/normalize.ts';", 'src/core must not import src/analysis: it is a higher layer.'],
    ['src/core/types.ts', "export * from '../answer/types.ts';", 'src/core must not import src/answer: it is a higher layer.'],
    ['src/search/question.ts', "import type { Answer } from '../answer/types.ts';", 'src/search must not import src/answer: it is a higher layer.'],
    ['src/figures/card.ts', "import { rank } from '../search/rank.ts';", 'src/figures must not import src/search: it is a higher layer.'],
    ['src/analysis/analyzer.ts', "import { loadCorpus } from '../corpus/load.ts';", 'src/analysis must not import src/corpus: they are peers in the same layer.'],
    ['src/corpus/deck.ts', "import { normalize } from '../analysis/normalize.ts';", 'src/corpus must not import src/analysis: they are peers in the same layer.'],
    ['src/store/store.ts', "import { Shiori } from '../answer/engine.ts';", 'src/store must not import src/answer: it is a higher layer.'],
    ['src/log.ts', "import type { Answer } from './answer/types.ts';", 'src/*.ts must not import src/answer: it is a higher layer.'],
    ['src/config.ts', "import { fill } from './core/i18n.ts';", ''],
    ['src/discord/format/answer.ts', "import type { Ranked } from '../../search/rank.ts';", 'src/discord is a front end: it calls the engine (src/answer), never src/search.'],
    ['src/cli/ask.ts', "import { normalize } from '../analysis/normalize.ts';", 'src/cli is a front end: it calls the engine (src/answer), never src/analysis.'],
    ['src/discord/bot.ts', "import { run } from '../cli/ask.ts';", 'src/discord must not import src/cli: they are peers in the same layer.'],
    ['src/discord/bot.ts', "import { Shiori } from '../answer/engine.ts';", ''],
    ['src/discord/bot.ts', "import type { Logger } from '../log.ts';", ''],
    ['src/cli/start.ts', "import { createBot } from '../discord/bot.ts';", ''],
    ['src/cli/eval.ts', "import { evaluate } from '../eval/evaluate.ts';", ''],
    ['src/eval/bench.ts', "import { loadTokenizer } from '../analysis/tokenizer.ts';", ''],
    ['src/study/review.ts', "import { Store } from '../store/store.ts';", ''],
    ['src/answer/engine.ts', "import { loadCheckedCatalogue } from '../figures/catalogue.ts';", ''],
    ['src/discord/format/text.ts', "import { ELLIPSIS } from './limits.ts';", ''],
  ])('%s: %s', async (file, code, expected) => {
    expect(await layerProblems(file, code)).toEqual(expected ? [expected] : []);
  });

  it('sees dynamic import() and re-exports as well as import statements', async () => {
    expect(await layerProblems('src/corpus/load.ts', "export const load = () => import('../search/build.ts');")).toEqual([
      'src/corpus must not import src/search: it is a higher layer.',
    ]);
    expect(await layerProblems('src/figures/json.ts', "export { rank } from '../search/rank.ts';")).toEqual([
      'src/figures must not import src/search: it is a higher layer.',
    ]);
  });

  it('keeps src/ inside src/ (measuring may use the fake Discord), and every folder of src/ in the layer list', async () => {
    expect(await layerProblems('src/core/paths.ts', "import { x } from '../../tests/unit/x.ts';")).toEqual([
      'src/ must not import from outside src/ (../../tests/unit/x.ts).',
    ]);
    expect(await layerProblems('src/extras/thing.ts', "export const x = 1;")).toEqual(['src/extras is in no layer: add it to LAYERS in eslint.config.js.']);
    // Measuring may drive the tests' fake Discord; nothing else reaches into tests/.
    expect(await layerProblems('src/eval/bench-quiz.ts', "import { startShiori } from '../../tests/e2e/discord/harness.ts';")).toEqual([]);
    expect(await layerProblems('src/eval/bench.ts', "import { x } from '../../tests/unit/stub-tokenizer.ts';")).toEqual([
      'src/ must not import from outside src/ (../../tests/unit/stub-tokenizer.ts).',
    ]);
    expect(await layerProblems('src/discord/bot.ts', "import { startShiori } from '../../tests/e2e/discord/harness.ts';")).toEqual([
      'src/ must not import from outside src/ (../../tests/e2e/discord/harness.ts).',
    ]);
  });

  it('leaves tests free to import any layer', async () => {
    expect(await layerProblems('tests/unit/search/rank.test.ts', "import { rank } from '../../../src/search/rank.ts';")).toEqual([]);
  });
});
