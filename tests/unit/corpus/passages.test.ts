import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { splitSentences } from '../../../src/core/text.ts';
import { splitArticleIntoParagraphs } from '../../../src/corpus/article.ts';
import { joinBrokenLines, rebuildCharts } from '../../../src/corpus/lines.ts';
import { loadCorpus, type Corpus } from '../../../src/corpus/load.ts';
import { PASSAGE_DEFAULTS, splitIntoPassages } from '../../../src/corpus/passages.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
});
const DECK = 'nri-platformers-2021';
const ARTICLE = 'allforces-alibaba-ai-2025';
const passagesOf = (doc: string) => corpus.passages.filter((p) => p.doc === doc);

describe('the slide deck', () => {
  it('reads its metadata from the sidecar file', () => {
    const deck = corpus.documents.find((d) => d.id === DECK)!;
    expect(deck).toMatchObject({ title: 'アリババ・テンセント・アントグループの戦略転換', date: '2021-04-05', kind: 'slides' });
    expect(deck.author).toContain('李智慧');
  });

  it('finds the slides from their shape: lead message, then chapter heading', () => {
    const slides = passagesOf(DECK).filter((p) => !p.location.front).map((p) => p.location.slide);
    expect(new Set(slides).size).toBe(29);
    // A slide is one passage: its body and its footnotes are read together.
    expect(slides.length).toBe(29);
    const delinquency = passagesOf(DECK).find((p) => p.heading?.startsWith('パンデミックなどによる経済環境の急変'))!;
    expect(delinquency.location).toMatchObject({ slide: 20, chapter: '事業モデルの再構築が迫れるアント・グループ' });
    const reorganisation = passagesOf(DECK).find((p) => p.text.includes('テンセントの組織再編'))!;
    expect(reorganisation.location.chapter).toBe('「産業デジタル化」の推進者となるテンセント');
  });

  it('joins words the PDF broke across lines', () => {
    const text = passagesOf(DECK).map((p) => p.text).join('\n');
    expect(text).toContain('利用者の与信判断及びリスク判断は金融機関が担うこととなっている');
    expect(text).toContain('デジタルFinTechサービスの売上は全体の63.4％を占める');
    expect(text).toContain('ヘルスケア');
  });

  it('rebuilds the delinquency charts with series, dates and values', () => {
    const text = passagesOf(DECK).map((p) => p.text).join('\n');
    expect(text).toContain('個人向けの残高延滞率（2017年12月~2020年7月） D30+：2017/12/31 1.08%／2018/12/31 1.43%／2019/12/31 1.56%／2020/7/31 2.97%');
    expect(text).toContain('零細企業向けの残高延滞率（2017年12月~2020年7月） D90+：2017/12/31 1.10%／2018/12/31 1.67%／2019/12/31 1.57%／2020/7/31 2.02%');
    expect(text).toContain('中国のオンライン決済市場の提供主体別シェア（2018年）：第三者決済機関 81.70%／銀行及び銀行系金融機関 16.70%／その他 1.60%');
    expect(text).not.toMatch(/^0\.50%$/m);
  });

  it('keeps a slide longer than the option allows in parts, with the heading carried', async () => {
    const deck = corpus.documents.find((d) => d.id === DECK)!;
    const text = (await readFile(path.join(DEFAULT_CORPUS_DIR, deck.file), 'utf8'));
    const parts = splitIntoPassages(deck, text, false, { ...PASSAGE_DEFAULTS, slideWholeMaxChars: 560 }).filter((p) => p.location.slide === 4);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.heading === 'アリババの中期戦略では、企業のデジタル革新への支援を重要な戦略的な機会として捉える')).toBe(true);
    expect(parts.map((p) => p.location.part)).toEqual([1, 2]);
  });

  it('keeps the patent ranking rows whole, one per line', () => {
    const ranking = passagesOf(DECK).find((p) => p.text.includes('8 IBM アメリカ 169 96'))!;
    expect(ranking.text).toContain('順位 会社名 国・地域 2019年（件） 2018年（件）');
    expect(ranking.text).toContain('\n20 Accenture アイルランド 68 30\n');
  });
});

describe('the article with repeated copies', () => {
  it('quotes every sentence once', () => {
    const sentences = passagesOf(ARTICLE).flatMap((p) => splitSentences(p.text));
    const seen = new Map<string, number>();
    for (const s of sentences) seen.set(s, (seen.get(s) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect(sentences.filter((s) => s.includes('二重のメリットをもたらします')).length).toBe(1);
  });

  it('keeps the whole sentence, not the copy cut mid-sentence', () => {
    const text = passagesOf(ARTICLE).map((p) => p.text).join('');
    expect(text).toContain('最後に、戦略的なパートナーシップの構築です。Alibabaが国内外のスタートアップや企業と連携しているように');
    const ends = passagesOf(ARTICLE).map((p) => p.text.at(-1));
    // One paragraph of the saved page exists only cut short (…構築しよう); every other passage ends a sentence.
    expect(ends.filter((c) => !/[。？！」]/.test(c ?? '')).length).toBeLessThanOrEqual(1);
  });

  it('drops markup and the title line', () => {
    const text = passagesOf(ARTICLE).map((p) => p.text).join('');
    expect(text).not.toContain('**');
    expect(text).not.toContain('---END---');
    const [details, first] = passagesOf(ARTICLE);
    expect(details!.location.front).toBe(true);
    expect(first!.text.startsWith('あなたも感じているかもしれませんが')).toBe(true);
  });

  it('keeps most passages under the size limit, and slides only a little over it', () => {
    const lengths = corpus.passages.map((p) => p.text.length);
    expect(lengths.filter((n) => n > PASSAGE_DEFAULTS.maxChars).length).toBeLessThanOrEqual(corpus.passages.length / 10);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(PASSAGE_DEFAULTS.slideWholeMaxChars);
  });

  it('folds copies that differ by a word', () => {
    const paragraphs = splitArticleIntoParagraphs('前半です。このデータを学習にフィードバックし、精度を加速させることが可能になります。\n\n---END---\n\nこのデータを学習にフィードバックし、精度を加速することが可能になります。');
    expect(paragraphs.flatMap((p) => p.sentences)).toHaveLength(2);
  });

  it('finds copies among thousands of sentences: cut short, a word apart, or whole', () => {
    // Distinct sentences (eight words each, drawn by a generator seeded with the sentence's number), then copies far below.
    const words = ['決済', 'クラウド', '物流', '金融', '広告', '半導体', '人材', '規制', '特許', '投資', '店舗', '農村', '医療', '教育', '保険', '与信', '地図', '音楽', '動画', '旅行', '電池', '鉄道', '港湾', '造船', '繊維', '化学', '鉄鋼', '食品', '飲料', '家電'];
    const sentence = (i: number) => {
      let state = i + 1;
      const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % words.length;
      return `${Array.from({ length: 8 }, () => words[next()]!).join('と')}。`;
    };
    const originals = Array.from({ length: 2000 }, (_, i) => sentence(i));
    const copies = [
      `${sentence(7).slice(0, -1)}です。`, // a word apart
      sentence(1500).slice(0, 25), // cut short
      sentence(42), // whole
      sentence(1999).replace('と', 'や'),
    ];
    const alone = splitArticleIntoParagraphs(originals.join('')).flatMap((p) => p.sentences);
    expect(alone.length).toBeGreaterThan(1900);
    const kept = splitArticleIntoParagraphs(`${originals.join('')}\n\n---END---\n\n${copies.join('')}`).flatMap((p) => p.sentences);
    expect(kept).toEqual(alone);
    expect(kept).toContain(sentence(7));
    expect(kept).toContain(sentence(1999));
  });

  it('puts the whole sentence in the place of a copy cut short before it, however far back', () => {
    const filler = Array.from({ length: 1500 }, (_, i) => `段落${i}の本文はここまでです。`).join('');
    const whole = 'アリババは今後3年間でクラウドとAIのインフラに3800億元を投資すると発表しました。';
    const paragraphs = splitArticleIntoParagraphs(`${whole.slice(0, 20)}\n\n${filler}\n\n${whole}`);
    const kept = paragraphs.flatMap((p) => p.sentences);
    expect(kept[0]).toBe(whole);
    expect(kept.filter((s) => s.includes('3800億元'))).toHaveLength(1);
  });
});

describe('PDF line repair', () => {
  it('joins broken words but not table rows or bullets', () => {
    expect(joinBrokenLines(['クラウドPOSサービスで大型店', '舗並みの管理機能'])).toEqual(['クラウドPOSサービスで大型店舗並みの管理機能']);
    expect(joinBrokenLines(['1 アリババ（アント） 中国 1005 155', '2 中国平安 中国 464 48'])).toHaveLength(2);
    expect(joinBrokenLines(['受注数の下限が100件、納期が7日間に短縮', ' 販売コスト、価格が削減され'])).toHaveLength(2);
  });

  it('pairs a pie chart\'s values with their labels', () => {
    expect(rebuildCharts(['81.70%', '', '16.70%', '', '第三者 銀行', '']).filter(Boolean)).toEqual(['第三者 81.70%／銀行 16.70%']);
    expect(rebuildCharts(['10%', '90%', 'A社 B社', '市場シェア（2020年）']).filter(Boolean)).toEqual(['市場シェア（2020年）：A社 10%／B社 90%']);
  });
});

describe('a corpus folder with odd files', () => {
  it('reads a file without metadata, skips a binary file and reports bad front matter', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shiori-corpus-'));
    await writeFile(path.join(dir, 'memo.md'), '# 社内メモ\n\nアントの延滞率について話し合った。次回は特許を扱う。\n');
    await writeFile(path.join(dir, 'notes.txt'), 'ただのメモです。\n\n二段落目です。\n');
    await writeFile(path.join(dir, 'broken.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x00]));
    await writeFile(path.join(dir, 'bad-front.md'), '---\ntitle: [unclosed\n---\n本文です。\n');
    const loaded = await loadCorpus(dir);
    expect(loaded.documents.map((d) => [d.id, d.title])).toEqual([
      ['bad-front', 'bad-front'],
      ['memo', '社内メモ'],
      ['notes', 'notes'],
    ]);
    expect(loaded.problems.map((p) => p.file).sort()).toEqual(['bad-front.md', 'broken.txt']);
  });
});
