/** The real corpus and catalogue, loaded once per test file. */
import { loadCorpus, type Corpus } from '../../../src/corpus/load.ts';
import { DEFAULT_CORPUS_DIR as defaultCorpusDir } from '../../../src/core/paths.ts';
import { loadCheckedCatalogue } from '../../../src/figures/catalogue.ts';
import type { Figure } from '../../../src/figures/schema.ts';

export interface Fixture {
  corpus: Corpus;
  figures: Figure[];
  figure(id: string): Figure;
}

let loading: Promise<Fixture> | undefined;

export function loadFixture(): Promise<Fixture> {
  loading ??= (async () => {
    const corpus = await loadCorpus(defaultCorpusDir);
    const figures = await loadCheckedCatalogue(defaultCorpusDir, corpus);
    const figure = (id: string) => {
      const found = figures.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`no figure ${id} in the catalogue`);
      return found;
    };
    return { corpus, figures, figure };
  })();
  return loading;
}
