/**
 * The analysis tokenises with kuromoji's lattice built in linear time (analysis/lattice.ts): every
 * token must be what kuromoji as shipped gives, on the seed documents line by line and on text
 * that takes its other paths (unknown words, surrogate pairs, half-width kana, Latin, punctuation).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { withFastLattice } from '../../../src/analysis/lattice.ts';
import { loadTokenizer, type Tokenizer } from '../../../src/analysis/tokenizer.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';

let kuromoji: Tokenizer;
let fast: Tokenizer;
beforeAll(async () => {
  kuromoji = await loadTokenizer();
  fast = withFastLattice(kuromoji);
}, 60_000);

describe('the linear-time lattice', () => {
  it('gives kuromoji’s tokens for every line of the seed documents', async () => {
    const { passages } = await loadCorpus(DEFAULT_CORPUS_DIR);
    const lines = passages.flatMap((passage) => passage.text.split('\n'));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(fast.tokenize(line)).toEqual(kuromoji.tokenize(line));
  });

  it('gives kuromoji’s tokens for unknown words, surrogate pairs, half-width kana and Latin', () => {
    for (const text of ['', 'ア', 'ｶﾞｷﾞｸﾞ、ﾃｽﾄ。', '𠮷野家で牛丼を食べた', 'アントグループのＦｉｎＴｅｃｈとAlibaba Cloud', 'ーーー！？', '延滞率は2.65%に上昇した。', 'ぱぴぷぺぽポケモンＧＯ']) {
      expect(fast.tokenize(text)).toEqual(kuromoji.tokenize(text));
    }
  });

  it('reads a sentence of 60,000 characters whole, and the sentences after it as kuromoji does', () => {
    // No sentence end anywhere: one lattice of about 340,000 nodes, more than is kept for the next sentence.
    const line = 'アント・グループのデジタルFinTechサービスの売上は全体の63.4％を占める';
    const long = line.repeat(Math.ceil(60_000 / line.length));
    const tokens = fast.tokenize(long);
    expect(tokens.map((t) => t.surface_form).join('')).toBe(long);
    expect(tokens.length).toBeGreaterThan(10_000);
    for (const text of ['延滞率は2.65%に上昇した。', line]) expect(fast.tokenize(text)).toEqual(kuromoji.tokenize(text));
  });

  it('gives kuromoji’s tokens for arbitrary Japanese-looking text', () => {
    const pieces = fc.constantFrom('の', 'は', '延滞', '率', 'アント', 'グループ', 'ー', 'ｶﾞ', 'A', '1', '、', '。', '・', '𠮷', '々', '株式会社', 'プラットフォーマー', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(fast.tokenize(text)).toEqual(kuromoji.tokenize(text));
      }),
      { numRuns: 300 },
    );
  });
});
