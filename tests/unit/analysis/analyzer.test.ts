/**
 * The analyzer's own rules (src/analysis/analyzer.ts) on the stub tokenizer: which tokens become
 * terms, compounds, alias concepts, English words and numbers, and where each term sits in the
 * original text. kuromoji itself is tested in tests/e2e/analysis.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../../../src/analysis/analyzer.ts';
import { stubAnalyzer, stubTokenizer } from '../stub-tokenizer.ts';

const analyzer = stubAnalyzer([['延滞率', 'delinquency rate'], ['アント', 'Ant Group']]);
const rows = (terms: Term[]) => terms.map((t) => [t.term, t.kind, t.start, t.end]);

describe('the stub tokenizer', () => {
  it('cuts known words longest first and unknown text into runs of one script, with 1-based positions', () => {
    const tokens = stubTokenizer().tokenize('零細企業向けの延滞率');
    expect(tokens.map((t) => [t.surface_form, `${t.pos}-${t.pos_detail_1}`, t.word_position, t.word_type])).toEqual([
      ['零細企業', '名詞-一般', 1, 'UNKNOWN'],
      ['向け', '名詞-接尾', 5, 'KNOWN'],
      ['の', '助詞-連体化', 7, 'KNOWN'],
      ['延滞', '名詞-サ変接続', 8, 'KNOWN'],
      ['率', '名詞-接尾', 10, 'KNOWN'],
    ]);
  });
});

describe('Analyzer', () => {
  it('keeps nouns and verbs as base forms, drops particles, auxiliaries and stop words, and adds compounds and concepts', () => {
    expect(rows(analyzer.analyze('個人向けの延滞率は上昇した'))).toEqual([
      ['個人', 'word', 0, 2],
      ['個人向け', 'compound', 0, 4],
      ['向け', 'word', 2, 4],
      ['延滞', 'word', 5, 7],
      ['延滞率', 'compound', 5, 8],
      ['§延滞率', 'concept', 5, 8],
      ['率', 'word', 7, 8],
      ['上昇', 'word', 9, 11], // した: する is a stop word, た an auxiliary
    ]);
    expect(rows(analyzer.analyze('組織再編を行った'))).toEqual([
      ['組織', 'word', 0, 2],
      ['組織再編', 'compound', 0, 4],
      ['再編', 'word', 2, 4],
      ['行う', 'word', 5, 7], // the base form of 行っ
    ]);
  });

  it('reads English words, numbers and full-width text, with offsets into the text as written', () => {
    expect(rows(analyzer.analyze('ＡＮＴ ＧＲＯＵＰの延滞率は２．９７％'))).toEqual([
      ['ant', 'word', 0, 3],
      ['§アント', 'concept', 0, 9],
      ['group', 'word', 4, 9],
      ['延滞', 'word', 10, 12],
      ['延滞率', 'compound', 10, 13],
      ['§延滞率', 'concept', 10, 13],
      ['率', 'word', 12, 13],
      ['2.97', 'number', 14, 18],
      ['%', 'word', 18, 19],
    ]);
    // Stop words go, unless written as an acronym in capitals; the second is the number 2.
    expect(rows(analyzer.analyze('What is the second IT company?'))).toEqual([
      ['2', 'ordinal', 12, 18],
      ['it', 'word', 19, 21],
      ['company', 'word', 22, 29],
    ]);
    expect(rows(analyzer.analyze('what is it'))).toEqual([]);
  });
});
