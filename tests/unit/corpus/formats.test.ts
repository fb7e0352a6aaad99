import { mkdir, mkdtemp, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAlsoIn, formatLocation } from '../../../src/core/citation.ts';
import { blocksToPassages } from '../../../src/corpus/blocks.ts';
import { decodeText } from '../../../src/corpus/decode.ts';
import { readHtml } from '../../../src/corpus/html.ts';
import { documentIdFromFileName, DOCUMENT_ID_MAX_CHARS } from '../../../src/corpus/ids.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { PASSAGE_DEFAULTS } from '../../../src/corpus/passages.ts';
import { plainTextBlocks } from '../../../src/corpus/plain-text.ts';
import { sniff } from '../../../src/corpus/sniff.ts';

async function corpusOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shiori-formats-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>パッケージ管理 | テックブログ</title>
<meta name="author" content="佐藤 花子"><meta property="article:published_time" content="2024-05-01T09:00:00+09:00">
<script>window.track = "広告のスクリプト";</script><style>body { color: red }</style></head>
<body>
<header class="site-header"><a href="/">ホーム</a></header>
<nav><ul><li>トップ</li><li>記事一覧</li></ul></nav>
<div id="cookie-banner">このサイトはクッキーを使います。</div>
<main>
<h1>第2章 Debian パッケージ管理</h1>
<p>Debian は
パッケージでソフトウェアを管理します。</p>
<h2>2.3 基本操作</h2>
<p>次のコマンドを使います：</p>
<dl><dt><code>apt update</code></dt><dd>パッケージの一覧を更新します。</dd>
<dt><code>apt install</code> パッケージ名</dt><dd>パッケージをインストールします。</dd></dl>
<table><caption>よく使うコマンド</caption><tr><th>コマンド</th><th>意味</th></tr>
<tr><td>apt search</td><td>パッケージを探す</td></tr><tr><td>apt remove</td><td>パッケージを削除する</td></tr></table>
<pre>$ sudo apt update
$ sudo apt upgrade</pre>
<aside class="ad">今だけ半額！</aside>
<ul><li>安定版<ul><li>bookworm</li></ul></li><li>試験版</li></ul>
</main>
<footer>© 2024 テックブログ</footer>
</body></html>`;

describe('HTML', () => {
  const html = readHtml(ARTICLE_PAGE);

  it('reads the title, author and date the page declares', () => {
    expect(html).toMatchObject({ title: 'パッケージ管理 | テックブログ', author: '佐藤 花子', date: '2024-05-01' });
  });

  it('keeps the main text only: no navigation, script, style, cookie banner, advert or footer', () => {
    const text = html.blocks.flatMap((block) => block.entries).join('\n');
    expect(text).not.toMatch(/ホーム|記事一覧|クッキー|半額|広告|color|©/);
  });

  it('places each block under its headings, keeps a term with its explanation, a table as rows, and code as written', () => {
    expect(html.blocks).toEqual([
      { kind: 'prose', entries: ['Debian はパッケージでソフトウェアを管理します。'], section: ['第2章 Debian パッケージ管理'] },
      { kind: 'prose', entries: ['次のコマンドを使います：'], section: ['第2章 Debian パッケージ管理', '2.3 基本操作'] },
      {
        kind: 'entries',
        entries: ['apt update\n  パッケージの一覧を更新します。', 'apt install パッケージ名\n  パッケージをインストールします。'],
        section: ['第2章 Debian パッケージ管理', '2.3 基本操作'],
      },
      {
        kind: 'entries',
        entries: ['apt search | パッケージを探す', 'apt remove | パッケージを削除する'],
        header: 'よく使うコマンド\nコマンド | 意味',
        section: ['第2章 Debian パッケージ管理', '2.3 基本操作'],
      },
      { kind: 'entries', entries: ['$ sudo apt update', '$ sudo apt upgrade'], section: ['第2章 Debian パッケージ管理', '2.3 基本操作'] },
      { kind: 'entries', entries: ['安定版\n  bookworm', '試験版'], section: ['第2章 Debian パッケージ管理', '2.3 基本操作'] },
    ]);
  });

  it('becomes passages cited by their section path', async () => {
    const corpus = await loadCorpus(await corpusOf({ 'debian-ch02.html': ARTICLE_PAGE }));
    expect(corpus.documents[0]).toMatchObject({ id: 'debian-ch02', title: 'パッケージ管理 | テックブログ', author: '佐藤 花子', date: '2024-05-01', format: 'html' });
    const [first, second] = corpus.passages.filter((p) => !p.location.front);
    expect(first).toMatchObject({ id: 'debian-ch02#p1', text: 'Debian はパッケージでソフトウェアを管理します。', heading: '第2章 Debian パッケージ管理' });
    expect(second!.text).toContain('次のコマンドを使います：\napt update\n  パッケージの一覧を更新します。\n');
    expect(formatLocation(second!.location, 'ja')).toBe('「第2章 Debian パッケージ管理 › 2.3 基本操作」');
    expect(formatLocation(second!.location, 'en')).toBe('“第2章 Debian パッケージ管理 › 2.3 基本操作”');
  });
});

describe('long blocks', () => {
  const document = { id: 'manual', title: 'マニュアル', author: '', date: '', kind: 'document' as const, file: 'manual.html' };

  it('cut a long table between rows, each piece a paragraph of its own that starts with the header row', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `-${String.fromCharCode(97 + (i % 26))}${i} | 項目${i}の説明をここに書きます`);
    const passages = blocksToPassages(document, [{ kind: 'entries', entries: rows, header: 'オプション | 説明', section: ['オプション'] }], PASSAGE_DEFAULTS);
    expect(passages.length).toBeGreaterThan(2);
    expect(passages.map((p) => p.location.paragraph)).toEqual(passages.map((_, i) => i + 1));
    expect(passages.every((p) => p.location.parts === undefined && p.text.startsWith('オプション | 説明\n'))).toBe(true);
    expect(passages.flatMap((p) => p.text.split('\n').slice(1))).toEqual(rows);
  });

  it('cut a long paragraph at sentences, as parts of one paragraph', () => {
    const sentence = '栞は資料の文をそのまま引用して答え、出典のページを示します。';
    const passages = blocksToPassages(document, [{ kind: 'prose', entries: [sentence.repeat(20)], section: [] }], PASSAGE_DEFAULTS);
    expect(passages.map((p) => [p.id, p.location.part, p.location.parts])).toEqual(passages.map((_, i) => [`manual#p1.${i + 1}`, i + 1, passages.length]));
    expect(passages.map((p) => p.text).join('')).toBe(sentence.repeat(20));
  });
});

describe('text encodings', () => {
  const TEXT = '第1章 概要\n\n栞は資料を引用して答えます。';
  // The same text in Shift_JIS and EUC-JP, as `iconv` writes them.
  const SHIFT_JIS = [145, 230, 49, 143, 205, 32, 138, 84, 151, 118, 10, 10, 158, 120, 130, 205, 142, 145, 151, 191, 130, 240, 136, 248, 151, 112, 130, 181, 130, 196, 147, 154, 130, 166, 130, 220, 130, 183, 129, 66];
  const EUC_JP = [194, 232, 49, 190, 207, 32, 179, 181, 205, 215, 10, 10, 219, 217, 164, 207, 187, 241, 206, 193, 164, 242, 176, 250, 205, 209, 164, 183, 164, 198, 197, 250, 164, 168, 164, 222, 164, 185, 161, 163];
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + TEXT.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < TEXT.length; i++) view.setUint16(2 + i * 2, TEXT.charCodeAt(i), littleEndian);
    return bytes;
  };

  it('are detected and decoded', () => {
    expect(decodeText(new Uint8Array(SHIFT_JIS))).toEqual({ text: TEXT, encoding: 'shift_jis' });
    expect(decodeText(new Uint8Array(EUC_JP))).toEqual({ text: TEXT, encoding: 'euc-jp' });
    expect(decodeText(utf16(true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
    // Latin-1 is none of them.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa9]))).toBeUndefined();
  });

  it('give the same passages as UTF-8, not mojibake', async () => {
    const corpus = await loadCorpus(
      await corpusOf({ 'sjis.txt': new Uint8Array(SHIFT_JIS), 'euc.txt': new Uint8Array(EUC_JP), 'utf16.txt': utf16(true), 'utf8.txt': TEXT }),
    );
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => d.title)).toEqual(['第1章 概要', '第1章 概要', '第1章 概要', '第1章 概要']);
    // Four copies of one text: indexed once, cited with all four.
    const text = corpus.passages.filter((p) => !p.location.front);
    expect(text).toHaveLength(1);
    expect(text[0]).toMatchObject({ doc: 'euc', text: '栞は資料を引用して答えます。', location: { paragraph: 1, section: ['第1章 概要'] } });
    expect(text[0]!.alsoIn!.map((copy) => copy.id)).toEqual(['sjis#p1', 'utf16#p1', 'utf8#p1']);
  });
});

describe('plain text structure', () => {
  const MAN_PAGE = [
    'TAIL(1)                        ユーザーコマンド                        TAIL(1)',
    '',
    '名前',
    '       tail - ファイルの最後の部分を出力する',
    '',
    '説明',
    '       各 FILE の最後の 10 行を標準出力に書き出します。複数の FILE が指定され',
    '       た場合、ファイル名がヘッダ情報として出力されます。',
    '',
    '       -c, --bytes=[+]NUM',
    '              最後の NUM バイトを出力する。',
    '',
    '       -f, --follow[={name|descriptor}]',
    '              ファイルが大きくなるのに合わせて追加されたデータを出力する。オプシ',
    '              ョンの引数が指定されなかった場合は descriptor になる',
    '',
    '       -q, --quiet, --silent',
    '              指定したファイル名を示すヘッダを出力しない',
  ].join('\n');

  it('keeps a heading with its text and each option with its explanation', () => {
    expect(plainTextBlocks(MAN_PAGE)).toEqual([
      { kind: 'prose', entries: ['TAIL(1)                        ユーザーコマンド                        TAIL(1)'], section: [] },
      { kind: 'prose', entries: ['tail - ファイルの最後の部分を出力する'], section: ['名前'] },
      { kind: 'prose', entries: ['各 FILE の最後の 10 行を標準出力に書き出します。複数の FILE が指定された場合、ファイル名がヘッダ情報として出力されます。'], section: ['説明'] },
      {
        kind: 'entries',
        entries: [
          '-c, --bytes=[+]NUM\n最後の NUM バイトを出力する。',
          '-f, --follow[={name|descriptor}]\nファイルが大きくなるのに合わせて追加されたデータを出力する。オプションの引数が指定されなかった場合は descriptor になる',
          '-q, --quiet, --silent\n指定したファイル名を示すヘッダを出力しない',
        ],
        section: ['説明'],
      },
    ]);
  });

  it('reads numbered headings as a path', () => {
    const text = ['1.2. ファイルシステム', '', '    ファイルの説明です。', '', '1.2.8. 名前付きパイプ', '', '    パイプのように働くファイルです。'].join('\n');
    expect(plainTextBlocks(text).map((block) => [block.section, block.entries])).toEqual([
      [['1.2. ファイルシステム'], ['ファイルの説明です。']],
      [['1.2. ファイルシステム', '1.2.8. 名前付きパイプ'], ['パイプのように働くファイルです。']],
    ]);
  });
});

describe('document ids', () => {
  it('are readable, stable and safe: spaces and separators become -, Japanese stays, NFD and full width fold', () => {
    expect(documentIdFromFileName('決算 説明資料 (2024).pdf')).toBe('決算-説明資料-2024');
    expect(documentIdFromFileName('Q&A: 使い方#2.md')).toBe('q-a-使い方-2');
    expect(documentIdFromFileName('ﾃﾞｰﾀ.txt')).toBe(documentIdFromFileName('データ.txt'));
    expect(documentIdFromFileName('データ.txt'.normalize('NFD'))).toBe('データ');
    expect(documentIdFromFileName('..txt')).toBeUndefined();
    expect(documentIdFromFileName('###.txt')).toBeUndefined();
    const long = documentIdFromFileName(`${'とても長い名前'.repeat(20)}.pdf`)!;
    expect(long.length).toBeLessThanOrEqual(DOCUMENT_ID_MAX_CHARS);
    expect(long).toMatch(/^とても長い名前.*-[0-9a-f]{8}$/);
    expect(long).not.toBe(documentIdFromFileName(`${'とても長い名前'.repeat(20)}2.pdf`));
  });
});

describe('file types', () => {
  it('come from the content, not the name', () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(sniff(ascii('%PDF-1.7\n'), 'a.txt')).toEqual({ type: 'pdf' });
    expect(sniff(ascii('\n  <!DOCTYPE html><p>x'), 'a.pdf')).toEqual({ type: 'html' });
    expect(sniff(ascii('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toEqual({ type: 'html' });
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'photo.txt')).toEqual({ type: 'binary', kind: 'png' });
    expect(sniff(ascii('PK\x03\x04....'), 'report.txt')).toMatchObject({ type: 'binary', kind: expect.stringContaining('docx') });
    expect(sniff(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ type: 'binary', kind: 'NUL bytes' });
    expect(sniff(new Uint8Array([]))).toEqual({ type: 'empty' });
    expect(sniff(ascii('普通の文章'))).toEqual({ type: 'text' });
    // A README that opens with an HTML fragment is still Markdown; a whole HTML page saved as .txt is HTML.
    expect(sniff(ascii('<p align="center"><img src="logo.png"></p>\n\n# 栞'), 'README.md')).toEqual({ type: 'text' });
    expect(sniff(ascii('<!DOCTYPE html><html><body><p>保存したページ</p>'), 'page.txt')).toEqual({ type: 'html' });
  });
});

describe('bad documents', () => {
  it('are each skipped with one warning naming the file and why; the others load', async () => {
    const dir = await corpusOf({
      'good.md': '# 良い文書\n\n栞は資料を引用して答えます。',
      'empty.txt': '',
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'zeros.txt': new Uint8Array(64),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa9, 0x20, 0xe0]),
      'big.txt': '大きな文書です。'.repeat(200),
      '会議 メモ (1).txt': '会議の議事録です。',
      'good.txt': 'good.md と同じ ID になる文書です。',
      '###.txt': '名前のない文書です。',
      '.#draft.md': 'エディターの一時ファイルです。',
    });
    await mkdir(path.join(dir, 'nested.txt'));
    const outside = path.join(await mkdtemp(path.join(os.tmpdir(), 'shiori-outside-')), 'secret.txt');
    await writeFile(outside, '外にある秘密の文書です。');
    await symlink(outside, path.join(dir, 'link.txt'));
    const corpus = await loadCorpus(dir, { ...PASSAGE_DEFAULTS, maxFileBytes: 1024 });

    expect(corpus.documents.map((d) => `${d.id} ← ${d.file}`)).toEqual(['good ← good.md', '会議-メモ-1 ← 会議 メモ (1).txt']);
    const problems = Object.fromEntries(corpus.problems.map((p) => [p.file, p.code]));
    expect(problems).toEqual({
      '###.txt': 'badId',
      'big.txt': 'tooLarge',
      'empty.txt': 'empty',
      'good.txt': 'idClash',
      'latin1.txt': 'undecodable',
      'link.txt': 'outsideCorpus',
      'nested.txt': 'unreadable',
      'photo.txt': 'binary',
      'zeros.txt': 'binary',
    });
    expect(corpus.problems).toHaveLength(9);
    const big = corpus.problems.find((p) => p.file === 'big.txt')!;
    expect(big.message.ja).toBe('4.7 KB あり、上限の 1 KB を超えています。読み飛ばします（上限は設定で変えられます）。');
    expect(big.message.en).toBe('is 4.7 KB, over the 1 KB limit; skipped (the limit is a setting).');
    expect(corpus.problems.find((p) => p.file === 'photo.txt')!.message.en).toBe('is not text (png); Shiori reads PDF, HTML, text and Markdown. Skipped.');
    expect(corpus.problems.find((p) => p.file === 'good.txt')!.message.ja).toBe('資料 ID「good」が good.md と同じです。どちらかの名前を変えてください。読み飛ばします。');
  });
});

describe('a very large file', () => {
  it('is skipped before it is read, with the size limit in the warning', async () => {
    const dir = await corpusOf({ 'small.txt': '小さな文書です。' });
    // Sparse: 200 MB on paper, nothing on disk.
    await truncate(path.join(dir, 'huge.pdf'), 200 * 1024 * 1024).catch(async () => {
      await writeFile(path.join(dir, 'huge.pdf'), '');
      await truncate(path.join(dir, 'huge.pdf'), 200 * 1024 * 1024);
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['small']);
    expect(corpus.problems).toEqual([
      {
        file: 'huge.pdf',
        code: 'tooLarge',
        message: {
          ja: '200 MB あり、上限の 50 MB を超えています。読み飛ばします（上限は設定で変えられます）。',
          en: 'is 200 MB, over the 50 MB limit; skipped (the limit is a setting).',
        },
      },
    ]);
  });
});

describe('citations', () => {
  it('keep the slide and paragraph forms, and cite pages and section paths', () => {
    expect(formatLocation({ chapter: '事業モデル', slide: 20, part: 1, parts: 2 }, 'ja')).toBe('「事業モデル」 スライド 20 (1/2)');
    expect(formatLocation({ paragraph: 7 }, 'en')).toBe('paragraph 7');
    expect(formatLocation({ paragraph: 3, page: '12' }, 'ja')).toBe('12ページ');
    expect(formatLocation({ paragraph: 3, page: '12', pageEnd: '13' }, 'ja')).toBe('12〜13ページ');
    expect(formatLocation({ paragraph: 3, page: '12', pageEnd: '13' }, 'en')).toBe('pp. 12–13');
    expect(formatLocation({ slide: 4, page: 'iv' }, 'en')).toBe('p. iv');
    expect(formatLocation({ paragraph: 9, section: ['第2章', '2.3 基本操作'], part: 2, parts: 3 }, 'ja')).toBe('「第2章 › 2.3 基本操作」 (2/3)');
  });

  it('name the other documents holding the same text, a few at most', () => {
    expect(formatAlsoIn(['gunzip(1)', 'zcat(1)'], 'ja')).toBe('同じ文が『gunzip(1)』、『zcat(1)』にもあります');
    expect(formatAlsoIn(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'en')).toBe('The same text is also in “a”, “b”, “c”, “d”, “e” and 2 more');
    expect(formatAlsoIn([], 'ja')).toBe('');
  });
});
