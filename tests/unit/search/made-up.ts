/**
 * A made-up corpus for unit tests: two documents, three passages of small real Japanese (a slide
 * with a ranking table, a slide with a chart's values, a paragraph of prose), indexed with the
 * stub tokenizer as the index build does (units and terms), and the context a question is read in.
 */
import type { Analyzer } from '../../../src/analysis/analyzer.ts';
import { ReadingTable } from '../../../src/analysis/readings.ts';
import { SynonymTable } from '../../../src/analysis/synonyms.ts';
import type { DocumentMeta, Passage } from '../../../src/core/types.ts';
import type { IndexedPassage, StoredTerm } from '../../../src/search/build.ts';
import { EXPANSION_DEFAULTS, type QuestionContext } from '../../../src/search/question.ts';
import { RANKING_DEFAULTS } from '../../../src/search/rank.ts';
import { passageUnits } from '../../../src/search/units.ts';
import { stubAnalyzer } from '../stub-tokenizer.ts';

export const ALIASES = [
  ['テンセント', 'Tencent', '騰訊'],
  ['延滞率', 'delinquency rate'],
];

export const DOCUMENTS: DocumentMeta[] = [
  { id: 'deck', title: 'アント・グループの金融戦略', author: '例示総合研究所', date: '2021-04-05', kind: 'slides', names: ['NRI', '例示総研'], file: 'deck.txt' },
  { id: 'blog', title: 'テンセントの組織再編', author: '例示ブログ', date: '2019-01-10', kind: 'article', file: 'blog.md' },
];

export const RANKING_SLIDE: Passage = {
  id: 'deck#s5',
  doc: 'deck',
  order: 0,
  location: { chapter: 'ブロックチェーン', slide: 5 },
  heading: 'ブロックチェーン特許の出願件数',
  text: 'ブロックチェーン特許の出願件数\n順位 会社名 国 件数\n1 アリババ 中国 1005\n2 IBM アメリカ 169\n出所：IPRdaily',
};

export const CHART_SLIDE: Passage = {
  id: 'deck#s20',
  doc: 'deck',
  order: 1,
  location: { chapter: 'アントの融資', slide: 20 },
  heading: '延滞率は緩やかに上昇した',
  text: '延滞率は緩やかに上昇した\n個人向け 2.97%\n零細企業向け 2.65%\n出所：アント・グループ',
};

export const PROSE: Passage = {
  id: 'blog#p2',
  doc: 'blog',
  order: 0,
  location: { paragraph: 2 },
  text: 'テンセントは2018年に組織再編を行った。狙いは二つある。一つは法人向け事業の強化である。もう一つはクラウドの拡大である。',
};

/** The analyzer every made-up test uses: the stub tokenizer with ALIASES. */
export const analyzer: Analyzer = stubAnalyzer(ALIASES);

/** A passage as the index stores it: its units and the terms of its text with their positions. */
export function indexed(passage: Passage): IndexedPassage {
  const terms = analyzer.analyze(passage.text).map((t): StoredTerm => [t.term, t.start, t.end]);
  return { ...passage, units: passageUnits(passage), terms, context: [] };
}

export const INDEXED = [RANKING_SLIDE, CHART_SLIDE, PROSE].map(indexed);

/** What a question is read against: the made-up passages' term counts, no synonyms, no readings. */
export function questionContext(passages: readonly IndexedPassage[] = INDEXED): QuestionContext {
  const frequency = new Map<string, number>();
  for (const passage of passages) for (const term of new Set(passage.terms.map(([t]) => t))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return {
    analyzer,
    documents: DOCUMENTS,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    indexed: (term) => frequency.has(term) || passages.some((p) => p.context.includes(term)),
    passageCount: passages.length,
    titleTerms: () => new Set(),
    kindWordWeight: RANKING_DEFAULTS.kindWordWeight,
    synonyms: new SynonymTable([]),
    readings: new ReadingTable({}),
    expansion: EXPANSION_DEFAULTS,
  };
}
