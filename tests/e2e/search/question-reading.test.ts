/**
 * How a question is read against an index: typos of the same sound, and words that only ask.
 *
 * A kanji word the passages do not hold may be a typo of one that sounds the same (機械 for
 * 機会), or a word of the asker's own (提言, where the documents say 提案). Real kuromoji reads
 * the question; the index is described by hand: which terms its passages hold, how they sound,
 * which synonyms it has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../src/analysis/analyzer.ts';
import { ReadingTable } from '../../../src/analysis/readings.ts';
import { SynonymTable } from '../../../src/analysis/synonyms.ts';
import { loadAnalyzer } from '../../../src/answer/engine.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import type { DocumentMeta } from '../../../src/core/types.ts';
import { EXPANSION_DEFAULTS, readQuestion, type QuestionContext } from '../../../src/search/question.ts';
import { RANKING_DEFAULTS } from '../../../src/search/rank.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
});

/** An index whose passages hold `terms`, whose headings hold `headings`, with these synonym groups. */
function context(terms: string[], options: { headings?: string[]; synonyms?: string[][] } = {}): QuestionContext {
  return {
    analyzer,
    documents: [],
    documentFrequency: (term) => (terms.includes(term) ? 3 : 0),
    indexed: (term) => terms.includes(term) || (options.headings ?? []).includes(term),
    passageCount: 100,
    titleTerms: () => new Set(),
    kindWordWeight: RANKING_DEFAULTS.kindWordWeight,
    synonyms: new SynonymTable(options.synonyms ?? []),
    // 提言 and 低減 both read テイゲン; 機会 and 機械 both キカイ.
    readings: new ReadingTable({ テイゲン: ['低減'], キカイ: ['機会'] }),
    expansion: EXPANSION_DEFAULTS,
  };
}

/** The terms the question's slots reach through another word that sounds the same. */
const soundAlikes = (question: string, index: QuestionContext) =>
  readQuestion(question, index)
    .slots.filter((slot) => slot.terms.size === 0)
    .flatMap((slot) => [...slot.alternatives.keys()]);

describe('a kanji word the passages do not hold', () => {
  it('is read as a typo of a word that sounds the same (新しい機械 → 機会)', () => {
    expect(soundAlikes('新しい機械は？', context(['機会', '新しい']))).toEqual(['機会']);
  });

  it('is read so when nothing else explains it (提言 → 低減)', () => {
    expect(soundAlikes('日本企業への提言は？', context(['低減', '日本企業']))).toEqual(['低減']);
  });

  it('is the asker\'s own word when the passages hold its synonym (提言, the documents saying 提案)', () => {
    const index = context(['低減', '提案', '日本企業'], { synonyms: [['提言', '提案']] });
    expect(soundAlikes('日本企業への提言は？', index)).toEqual([]);
    const slot = readQuestion('日本企業への提言は？', index).slots.find((s) => s.terms.has('提言'))!;
    expect(slot.optional).toBe(false);
    expect([...slot.alternatives.keys()]).toContain('提案');
  });

  it('is no typo when the index holds it beyond the passages\' text (in a heading)', () => {
    expect(soundAlikes('日本企業への提言は？', context(['低減', '日本企業'], { headings: ['提言'] }))).toEqual([]);
  });
});

describe('a word that only says what kind of answer is wanted', () => {
  it('weighs less than what is asked about: in 「OMOって何の略？」 OMO, not 略', () => {
    const question = readQuestion('OMOって何の略？', context(['omo', '略']));
    expect(question.kind).toBe('definition');
    const weight = (term: string) => question.slots.find((slot) => slot.terms.has(term))!.weight;
    expect(weight('略')).toBeCloseTo(weight('omo') * RANKING_DEFAULTS.kindWordWeight);
  });
});

describe('words that describe the document a question names by its kind', () => {
  /** An article on Alibaba's AI investment and another on cloud prices, and a deck: their titles' terms as the analyser reads them. */
  const documents: DocumentMeta[] = [
    { id: 'ai-article', title: 'アリババの巨額AI投資', author: '編集部', date: '2025-11-07', kind: 'article', file: 'ai-article.md' },
    { id: 'cloud-article', title: 'クラウドの値下げ競争', author: '編集部', date: '2025-10-01', kind: 'article', file: 'cloud-article.md' },
    { id: 'deck', title: 'アリババの戦略', author: '研究所', date: '2021-04-05', kind: 'slides', file: 'deck.txt' },
    { id: 'ant-article', title: 'アリの巣と生態', author: '編集部', date: '2024-05-01', kind: 'article', file: 'ant-article.md' },
  ];
  let index: QuestionContext;
  beforeAll(() => {
    const titles = new Map(documents.map((d) => [d.id, new Set(analyzer.analyze(d.title).map((t) => t.term))]));
    index = { ...context(['アリババ', '§アリババ', 'ai', '§人工知能', '投資', '書く', 'クラウド', '公開', 'investment']), documents, titleTerms: (doc) => titles.get(doc) ?? new Set() };
  });
  const searched = (question: string) => readQuestion(question, index).terms.map((t) => t.term);

  it('name it, as a name does: the question searches for what it asks of it (「アリババのAIの記事書いたの誰？」)', () => {
    const question = readQuestion('このアリババのAIの記事書いたの誰？', index);
    expect([...question.documents]).toEqual(['ai-article']);
    expect(question.terms.map((t) => t.term)).toEqual(['書く']);
  });

  it('in English too, after "article on" (and its own name before it)', () => {
    const question = readQuestion("When was the article on Alibaba's AI investment published?", index);
    expect([...question.documents]).toEqual(['ai-article']);
    expect(question.terms.map((t) => t.term)).toEqual(['published']);
  });

  it('are words of the title only: a word no article\'s title holds is searched for, and the question points at every article', () => {
    const question = readQuestion('決済の記事はいつ公開された？', index);
    expect(question.terms.map((t) => t.term)).toContain('決済');
    expect([...question.documents].sort()).toEqual(['ai-article', 'ant-article', 'cloud-article']);
  });

  it('are read whole, not by their pieces: アリババ does not describe an article on ants (アリ)', () => {
    expect([...readQuestion('アリババの記事は誰が書いた？', index).documents]).toEqual(['ai-article']);
  });

  it('describe one document together: a word no title beside the others holds is searched for', () => {
    // クラウド describes the cloud article; アリババ is in another article's title, not in that one's.
    const question = readQuestion('アリババのクラウドの記事はいつ公開された？', index);
    expect([...question.documents]).toEqual(['cloud-article']);
    expect(question.terms.map((t) => t.term)).toContain('アリババ');
  });

  it('describe only when joined to the kind\'s word: 「記事だとアリババのAI投資はいくら？」 asks about them', () => {
    expect(searched('記事だとアリババのAI投資はいくら？')).toEqual(expect.arrayContaining(['アリババ', 'ai', '投資']));
  });
});

describe('a word spelled in kana between particles', () => {
  // 投資 reads トウシ, 一手 イッテ.
  // 投資 reads トウシ, 一手 イッテ, 時に トキニ, 手配 テハイ, 稼働 カドウ.
  const index = (): QuestionContext => ({
    ...context(['投資', '一手', '時に', '手配', '稼働']),
    readings: new ReadingTable({ トウシ: ['投資'], イッテ: ['一手'], トキニ: ['時に'], テハイ: ['手配'], カドウ: ['稼働'] }),
  });

  it('is read though kuromoji cuts it (とうし → とう / しっ)', () => {
    expect(soundAlikes('とうしっていくらだっけ', index())).toEqual(['投資']);
    expect(soundAlikes('AIとうしはいくら', index())).toEqual(['投資']);
  });

  it('is not a verb with its ending (いって of なんていってた, いってる), read as kuromoji reads it', () => {
    expect(soundAlikes('NRIはアントについてなんていってた？', index())).toEqual([]);
    expect(soundAlikes('ありばばはなんていってる', index())).toEqual([]);
  });

  it('is not a word with its particle (とき / に), nor particles run together (て / は / い…, か / どう)', () => {
    expect(soundAlikes('ディレクトリを作成するときに親も作りたい', index())).toEqual([]);
    expect(soundAlikes('バックアップしてはいけないのは何？', index())).toEqual([]);
    expect(soundAlikes('中身が違うかどうかだけ知りたい', index())).toEqual([]);
  });

  it('is found in a question of five hundred kana too', () => {
    const long = 'とうしって'.repeat(100);
    expect(soundAlikes(long, index())).toContain('投資');
  });
});
