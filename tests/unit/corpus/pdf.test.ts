import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitation, formatLocation } from '../../../src/core/citation.ts';
import { loadCorpus, type Corpus } from '../../../src/corpus/load.ts';
import { makePdf, writeFooter, writeLines } from './pdf-fixtures.ts';

/** A paragraph as a PDF sets it: lines of equal length (cut wherever the width ends, mid-word), the last shorter. */
const wrap = (text: string, width = 40) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;

const PARAGRAPH_A =
  'このレポートは栞が資料を引用して答えるための試験用の文書です。テキストレイヤーから行を読み取り、途中で折り返された日本語の行をつなぎ直します。' +
  '読み取った段落は、見出しとページ番号を添えて引用されます。ヘッダーやフッター、ページ番号は本文から取り除かれます。' +
  '表は行ごとに、箇条書きは項目ごとに読まれます。';
const PARAGRAPH_B =
  '二つ目の段落はページの終わりで切れて次のページに続きます。引用するときには両方のページを示さなければなりません。この文はそのための確認に使われています。' +
  '改ページをまたぐ段落も一つの段落として読まれ、途中で切れた単語もつなぎ直されます。ページは印刷されたとおりの番号で示され、両方のページが出典に書かれます。';
const SALES = '売上高は前年比12%増の3800億円でした。';

/** Three A4 pages: a title page (label i), chapter 1 whose second paragraph runs onto the next page (labels 1, 2), chapter 2. */
function report(options: { title?: string; labels?: boolean } = {}) {
  const b = wrap(PARAGRAPH_B);
  return makePdf(
    [
      (doc, page) => {
        doc.font('jp').fontSize(18).text('栞テスト報告書', 56, 200, { lineBreak: false });
        writeLines(doc, ['二〇二四年度 社内資料'], 240);
        writeFooter(doc, page, 3);
      },
      (doc, page) => {
        doc.font('jp').fontSize(18).text('第1章 はじめに', 56, 60, { lineBreak: false });
        writeLines(doc, wrap(PARAGRAPH_A), 110);
        writeLines(doc, b.slice(0, 2), 730);
        writeFooter(doc, page, 3);
      },
      (doc, page) => {
        writeLines(doc, b.slice(2), 60);
        doc.font('jp').fontSize(18).text('第2章 結果', 56, 140, { lineBreak: false });
        writeLines(doc, [SALES], 190);
        writeFooter(doc, page, 3);
      },
    ],
    {
      ...(options.title ? { title: options.title } : {}),
      author: '山田 太郎',
      creationDate: new Date('2024-01-02T03:04:05Z'),
      ...(options.labels === false ? {} : { pageLabels: [{ from: 0, style: 'r' }, { from: 1, style: 'D', start: 1 }] }),
    },
  );
}

/** A landscape deck: a title in large type and a few bullets per page. */
function deck() {
  const slide = (title: string, bullets: string[]) => (doc: PDFKit.PDFDocument) => {
    doc.font('jp').fontSize(32).text(title, 60, 50, { lineBreak: false });
    writeLines(doc, bullets, 140, 20, 36);
  };
  return makePdf(
    [
      slide('栞の使い方', ['・資料をフォルダーに置くと索引が作られます', '・質問すると資料の文を引用して答えます']),
      slide('よくある質問', ['・PDFのページ番号で出典を示します', '・暗号化されたPDFは読めません']),
    ],
    { size: [960, 540], title: '栞の紹介' },
  );
}

let corpus: Corpus;
let dir: string;
/** A document's passages of text (its details passage aside). */
const passagesOf = (doc: string) => corpus.passages.filter((p) => p.doc === doc && !p.location.front);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shiori-pdf-'));
  const good = await report({ title: '栞テスト報告書' });
  await writeFile(path.join(dir, 'report.pdf'), good);
  await writeFile(path.join(dir, 'untitled.pdf'), await report({ labels: false }));
  await writeFile(path.join(dir, 'deck.pdf'), await deck());
  await writeFile(path.join(dir, 'secret.pdf'), await makePdf([(doc) => writeLines(doc, ['秘密の文書です。'], 60)], { userPassword: 'himitsu' }));
  await writeFile(path.join(dir, 'scan.pdf'), await makePdf([(doc) => void doc.rect(56, 56, 300, 200).fill('#3366cc')]));
  await writeFile(path.join(dir, 'cut.pdf'), good.slice(0, Math.floor(good.length / 2)));
  corpus = await loadCorpus(dir);
}, 60_000);

describe('a PDF report', () => {
  it('takes title, author and date from the PDF', () => {
    expect(corpus.documents.find((d) => d.id === 'report')).toMatchObject({
      title: '栞テスト報告書',
      author: '山田 太郎',
      date: '2024-01-02',
      kind: 'document',
      format: 'pdf',
      pages: 3,
    });
  });

  it('joins lines broken mid-word and drops the running footer and page numbers', () => {
    const texts = passagesOf('report').map((p) => p.text);
    expect(texts).toContain(PARAGRAPH_A);
    expect(texts.join('\n')).not.toMatch(/社外秘|\d \/ 3/);
  });

  it('cites the printed page label, under the heading the passage sits in', () => {
    const a = passagesOf('report').find((p) => p.text === PARAGRAPH_A)!;
    expect(a.location).toMatchObject({ page: '1', section: ['第1章 はじめに'] });
    expect(a.heading).toBe('第1章 はじめに');
    expect(formatLocation(a.location, 'ja')).toBe('「第1章 はじめに」 1ページ');
    expect(formatLocation(a.location, 'en')).toBe('“第1章 はじめに”, p. 1');
    const title = passagesOf('report')[0]!;
    expect(title).toMatchObject({ text: '二〇二四年度 社内資料', location: { page: 'i', section: ['栞テスト報告書'] } });
  });

  it('keeps a paragraph that runs over a page break whole, and says both pages', () => {
    const b = passagesOf('report').find((p) => p.text.startsWith('二つ目の段落'))!;
    expect(b.text).toBe(PARAGRAPH_B);
    expect(b.location).toMatchObject({ page: '1', pageEnd: '2' });
    expect(formatLocation(b.location, 'ja')).toBe('「第1章 はじめに」 1〜2ページ');
    expect(formatLocation(b.location, 'en')).toBe('“第1章 はじめに”, pp. 1–2');
  });

  it('reads the next chapter with its numbers as written', () => {
    const sales = passagesOf('report').find((p) => p.text.includes('売上高'))!;
    expect(sales.text).toBe(SALES);
    const report = corpus.documents.find((d) => d.id === 'report')!;
    expect(formatCitation(report, sales.location, 'ja')).toBe('『栞テスト報告書』、山田 太郎、2024年1月2日、「第2章 結果」 2ページ');
  });

  it('without page labels cites the page number in the file, and without a title takes the first heading', () => {
    const untitled = corpus.documents.find((d) => d.id === 'untitled')!;
    expect(untitled.title).toBe('栞テスト報告書');
    // The same text as the labelled report: indexed once, with this document's own place kept.
    const sales = corpus.passages.find((p) => p.text === SALES)!;
    expect(sales.doc).toBe('report');
    expect(sales.alsoIn).toEqual([{ doc: 'untitled', id: 'untitled#p4', order: 4, location: { paragraph: 4, page: '3', section: ['第2章 結果'] } }]);
    expect(passagesOf('untitled')).toEqual([]);
  });
});

describe('a PDF slide deck', () => {
  it('is found from its landscape pages and gives one passage per slide, cited by page', () => {
    expect(corpus.documents.find((d) => d.id === 'deck')).toMatchObject({ kind: 'slides', title: '栞の紹介', pages: 2 });
    const slides = passagesOf('deck');
    expect(slides.map((p) => p.id)).toEqual(['deck#s1', 'deck#s2']);
    expect(slides[0]).toMatchObject({
      heading: '栞の使い方',
      text: '栞の使い方\n・資料をフォルダーに置くと索引が作られます\n・質問すると資料の文を引用して答えます',
      location: { slide: 1, page: '1' },
    });
    expect(formatLocation(slides[1]!.location, 'ja')).toBe('2ページ');
  });
});

describe('PDFs that cannot be read', () => {
  const problemOf = (file: string) => corpus.problems.filter((p) => p.file === file);

  it('skips each with one warning naming why, and reads the others', () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(['deck', 'report', 'untitled']);
    expect(problemOf('secret.pdf')).toMatchObject([{ code: 'pdfEncrypted' }]);
    expect(problemOf('scan.pdf')).toMatchObject([{ code: 'pdfNoText' }]);
    expect(problemOf('cut.pdf')).toMatchObject([{ code: 'pdfInvalid' }]);
    expect(corpus.problems).toHaveLength(3);
  });

  it('tells someone with a scan to run OCR outside Shiori', () => {
    const [scan] = problemOf('scan.pdf');
    expect(scan!.message.ja).toContain('OCR');
    expect(scan!.message.en).toContain('run OCR on it outside Shiori');
    expect(problemOf('secret.pdf')[0]!.message.ja).toContain('パスワード');
  });
});
