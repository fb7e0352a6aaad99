/**
 * kuromoji, loaded once per process. The dictionary ships inside the npm package, so nothing is
 * downloaded; loading it takes about a second and 400 MB, which is why everything shares one.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';

export type KuromojiToken = kuromoji.IpadicFeatures;
export type Tokenizer = kuromoji.Tokenizer<KuromojiToken>;

const require = createRequire(import.meta.url);
let loading: Promise<Tokenizer> | undefined;

/** The dictionary folder inside the installed kuromoji package. */
export function dictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Load the kuromoji tokenizer (once; later calls share the same promise). */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        loading = undefined;
        reject(error instanceof Error ? error : new Error(String(error)));
      } else {
        resolve(tokenizer);
      }
    });
  });
  return loading;
}
