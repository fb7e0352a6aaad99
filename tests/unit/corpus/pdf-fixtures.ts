/**
 * Japanese PDFs made at test time with pdfkit and the Noto Sans JP font from npm: nothing binary
 * is committed. Each maker returns the file's bytes.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
export const JP_FONT = path.join(path.dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json')), '400Regular', 'NotoSansJP_400Regular.ttf');

export interface PdfMakeOptions {
  title?: string;
  author?: string;
  creationDate?: Date;
  userPassword?: string;
  /** Page size in points: A4 portrait by default; a deck is landscape. */
  size?: [number, number];
  /** Page labels as PDF number trees say them: the first page of a run, its style (`r` roman, `D` decimal) and first number. */
  pageLabels?: Array<{ from: number; style: 'r' | 'D'; start?: number }>;
}

type Draw = (doc: PDFKit.PDFDocument, page: number) => void;

/** A PDF with one page per `draw`; the Japanese font is registered as `jp`. */
export function makePdf(pages: readonly Draw[], options: PdfMakeOptions = {}): Promise<Uint8Array> {
  const info = Object.fromEntries(
    Object.entries({ Title: options.title, Author: options.author, CreationDate: options.creationDate }).filter(([, value]) => value !== undefined),
  );
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    autoFirstPage: false,
    margin: 56,
    info,
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'owner', pdfVersion: '1.7ext3' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.registerFont('jp', JP_FONT);
  pages.forEach((draw, i) => {
    doc.addPage();
    // pdfkit adds a page of its own for text written below the bottom margin: footers need none.
    doc.page.margins.bottom = 0;
    draw(doc, i + 1);
  });
  if (options.pageLabels) {
    const nums = options.pageLabels.flatMap(({ from, style, start }) => [from, { S: style, ...(start !== undefined ? { St: start } : {}) }]);
    // The catalogue's /PageLabels number tree: pdfkit has no API for it, its document root takes it as plain data.
    const labels = doc.ref({ Nums: nums });
    (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data['PageLabels'] = labels;
    // A reference is written, and the document can end, only once it is ended.
    (labels as unknown as { end(): void }).end();
  }
  doc.end();
  return done;
}

/** Lines of body text, each written where it is (no wrapping by pdfkit), as a PDF's lines are. */
export function writeLines(doc: PDFKit.PDFDocument, lines: readonly string[], top: number, size = 11, pitch = 17): number {
  doc.font('jp').fontSize(size);
  lines.forEach((line, k) => doc.text(line, 56, top + k * pitch, { lineBreak: false }));
  return top + lines.length * pitch;
}

/** A running footer and a page number, as a report has. */
export function writeFooter(doc: PDFKit.PDFDocument, page: number, pages: number): void {
  doc.font('jp').fontSize(9);
  doc.text('株式会社サンプル 社外秘', 56, doc.page.height - 48, { lineBreak: false });
  doc.text(`${page} / ${pages}`, 0, doc.page.height - 32, { width: doc.page.width, align: 'center', lineBreak: false });
}
