import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { ALIAS_FILE_PATTERN, DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { normalize } from '../../../src/analysis/normalize.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { AliasTable, parseAliases } from '../../../src/analysis/aliases.ts';
import { Analyzer, bigramsOf, stemKatakana } from '../../../src/analysis/analyzer.ts';
import { loadTokenizer } from '../../../src/analysis/tokenizer.ts';
import { loadAnalyzer } from '../../../src/answer/engine.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await loadAnalyzer(DEFAULT_CORPUS_DIR);
});

const terms = (text: string) => analyzer.analyze(text).map((t) => t.term);

describe('Analyzer', () => {
  it('keeps base forms and drops particles and auxiliaries', () => {
    const result = terms('アントの延滞率はどう推移した？');
    expect(result).toEqual(expect.arrayContaining(['アント', '延滞', '率', '延滞率', '推移']));
    for (const dropped of ['の', 'は', 'た', 'どう', 'する', '？']) expect(result).not.toContain(dropped);
  });

  it('adds compound terms for adjacent nouns', () => {
    expect(terms('テンセントの組織再編')).toContain('組織再編');
  });

  it('adds alias concepts so spellings and languages meet', () => {
    expect(terms('Alibabaの巨額AI投資')).toContain('§アリババ');
    expect(terms('アリババの中期戦略')).toContain('§アリババ');
    expect(terms('How much will Alibaba invest?')).toEqual(expect.arrayContaining(['§アリババ', '§投資']));
    expect(terms('クレジット・テック 39.4%')).toContain('§クレジット・テック');
    expect(terms('credit tech revenue')).toEqual(expect.arrayContaining(['§クレジット・テック', '§収入構造']));
  });

  it('does not find a katakana name inside a longer katakana word', () => {
    expect(terms('中国のテックジャイアント')).not.toContain('§アント・グループ');
    expect(terms('アント・グループは')).toContain('§アント・グループ');
  });

  it('finds a shorter alias inside a longer one', () => {
    expect(terms('残高延滞率')).toEqual(expect.arrayContaining(['§残高延滞率', '§延滞率']));
  });

  it('reads numbers written in other ways as the same term', () => {
    expect(terms('三千八百億元')).toContain('3800');
    expect(terms('３，８００億元')).toContain('3800');
    expect(terms('2.97パーセント')).toEqual(expect.arrayContaining(['2.97', '%']));
  });

  it('keeps ASCII words whole instead of kuromoji splitting AIクラウド', () => {
    expect(terms('AIクラウド')).toEqual(expect.arrayContaining(['ai', 'クラウド']));
  });

  it('keeps an acronym in capitals that spells a stop word in lower case', () => {
    expect(terms('What does AT stand for?')).toContain('at');
    expect(terms('what is it at all')).not.toContain('at');
  });

  it('gives positions in the original text', () => {
    const text = 'ＩＢＭの順位';
    const ibm = analyzer.analyze(text).find((t) => t.term === 'ibm')!;
    expect(text.slice(ibm.start, ibm.end)).toBe('ＩＢＭ');
  });

  it('stems katakana long vowels on long words only', () => {
    expect(stemKatakana('サーバー')).toBe('サーバ');
    expect(stemKatakana('コー')).toBe('コー');
  });

  it('makes bigrams of Japanese runs and keeps ASCII words whole', () => {
    expect(bigramsOf('延滞率 ai')).toEqual(['延滞', '滞率', 'ai']);
  });
});

describe('Analyzer properties', () => {
  it('never throws, never yields an empty term or one with a space, and positions fall inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const result = analyzer.analyze(s);
        return result.every((t) => t.term.length > 0 && !/\s/.test(t.term) && t.start >= 0 && t.end <= s.length && t.start <= t.end);
      }),
      { numRuns: 300 },
    );
  });

  it('analyses Japanese text the same after normalization-preserving width changes', () => {
    const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.constantFrom('Alibabaが2028年までに3800億元', 'IBMは8位', 'D30+延滞率2.97%', 'AIクラウドに投資'), (s) => {
        expect(terms(fullWidth(s))).toEqual(terms(s));
      }),
    );
  });
});

describe('readings heard in the text (what the index build reads words by)', () => {
  it('are the readings of words and compounds as the sentence has them, read in context', () => {
    const { readings } = analyzer.analyzeWithBigrams('デルタ地域の延滞率を調べた。');
    expect(readings.get('延滞率')).toBe('エンタイリツ');
    expect(readings.get('デルタ地域')).toBe('デルタチイキ');
    expect(analyzer.reading('延滞率')).toBe('エンタイリツ');
    // kuromoji reads 長江 on its own as a name (ナガエ); before 流域 it reads the river.
    expect(analyzer.analyzeWithBigrams('長江の流域').readings.get('長江')).toBe('チョウコウ');
    expect(analyzer.reading('長江')).toBe('ナガエ');
  });

  it('leave out words the text inflects: the term is their dictionary form, which sounds otherwise', () => {
    const { terms, readings } = analyzer.analyzeWithBigrams('新しい制度を導入して、審査を行った。');
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['新しい', '行う', '導入', '審査']));
    expect(readings.has('行う')).toBe(false);
    expect(readings.has('新しい')).toBe(true);
    expect(readings.get('審査')).toBe('シンサ');
  });
});

describe('alias file', () => {
  it('gives every spelling one meaning across the corpus alias files', async () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of (await readdir(DEFAULT_CORPUS_DIR)).filter((n) => ALIAS_FILE_PATTERN.test(n))) {
      const { groups } = parse(await readFile(path.join(DEFAULT_CORPUS_DIR, name), 'utf8')) as { groups: string[][] };
      for (const group of groups) {
        for (const spelling of new Set(group.map((s) => normalize(String(s)).trim()))) {
          const here = `${name}: ${group[0]}`;
          if (owner.has(spelling) && owner.get(spelling) !== here) clashes.push(`${spelling} (${owner.get(spelling)} / ${here})`);
          owner.set(spelling, here);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('rejects a file without groups, naming the problem', () => {
    expect(() => parseAliases('groups: 3')).toThrow();
  });

  it('matches English spellings as whole words with inflections', async () => {
    const table = new AliasTable([['投資', 'invest']]);
    const tokenizer = await loadTokenizer();
    const local = new Analyzer(tokenizer, table);
    expect(local.analyze('they invested a lot').map((t) => t.term)).toContain('§投資');
    expect(local.analyze('reinvestor').map((t) => t.term)).not.toContain('§投資');
  });
});
