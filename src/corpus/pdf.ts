/**
 * A PDF's text layer with pdfjs-dist (the legacy build, which runs on Node 20): its metadata,
 * page labels, outline, and each page's lines with their position and type size. Everything
 * pdfjs needs (character maps for Japanese fonts, the standard fonts) is read from the package's
 * own folder: nothing is fetched. What the lines mean (headers, paragraphs, slides) is decided in
 * pdf-layout.ts, which is pure.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdfjs reads `${url}${file}` from the file system in Node: a plain path, ending in a separator. */
const packageFolder = (name: string) => path.join(PDFJS_DIR, name) + path.sep;

/**
 * pdfjs itself, imported when the first PDF is read: it takes about 0.4 s to load, which a
 * question answered from a built index never needs.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const PDFJS_OPTIONS = {
  // Without the character maps, text in CJK fonts that use a predefined CMap comes out empty, silently.
  cMapUrl: packageFolder('cmaps'),
  cMapPacked: true,
  standardFontDataUrl: packageFolder('standard_fonts'),
  wasmUrl: packageFolder('wasm'),
  useSystemFonts: false,
  isEvalSupported: false,
  disableFontFace: true,
};

/** A line of text on a page: items on one baseline, left to right. Coordinates are PDF points, y up. */
export interface PdfLine {
  text: string;
  x: number;
  /** Where the line ends on the right. */
  right: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  /** Type size in points. */
  size: number;
}

export interface PdfPage {
  /** 1-based number in the file. */
  number: number;
  /** The page's label (what is printed on it) when the PDF has labels, else its number. */
  label: string;
  width: number;
  height: number;
  lines: PdfLine[];
  /** The page could not be read (a damaged page in an otherwise readable file). */
  failed?: boolean;
}

/** A bookmark: its headings from the outermost, and where it points. */
export interface PdfOutlineEntry {
  path: string[];
  /** 1-based page number. */
  page: number;
  /** Top of the target on the page, from the bottom, when the bookmark says. */
  top?: number;
}

export interface PdfContent {
  title?: string;
  author?: string;
  /** ISO date from the creation date. */
  date?: string;
  pages: PdfPage[];
  outline: PdfOutlineEntry[];
}

export type PdfReadResult = { ok: true; pdf: PdfContent } | { ok: false; problem: 'pdfEncrypted' | 'pdfInvalid'; detail: string };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;
/** A gap wider than this many ems between items of a line is a column gap (a table, a right-aligned page number). */
const COLUMN_GAP_EMS = 2.5;
/** A gap wider than this many ems between two non-CJK items is a space. */
const SPACE_GAP_EMS = 0.15;

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  vertical: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Items on one baseline (within half the type size) make a line; items are sorted left to right and joined. */
export function linesOfPage(content: TextContent): PdfLine[] {
  const items: Item[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const [a, b, , d, x, y] = item.transform as number[];
    const size = Math.hypot(a!, b!) || Math.abs(d!) || item.height;
    items.push({ str: item.str, x: x!, y: y!, width: item.width, size, vertical: item.dir === 'ttb' || content.styles[item.fontName]?.vertical === true });
  }
  const horizontal = items.filter((item) => !item.vertical).sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Array<{ y: number; size: number; items: Item[] }> = [];
  for (const item of horizontal) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - item.y) <= Math.max(2, 0.5 * Math.min(row.size, item.size || row.size))) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else rows.push({ y: item.y, size: item.size || 10, items: [item] });
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.items.sort((p, q) => p.x - q.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    let pendingSpace = false;
    let x = Number.NaN;
    for (const item of row.items) {
      if (item.str.trim() === '') {
        if (item.str.length > 0) pendingSpace = true;
        continue;
      }
      const piece = item.str.replace(/\s+/g, ' ');
      if (text) {
        const gap = item.x - end;
        const previous = text.at(-1)!;
        const next = piece[0]!;
        if (gap > COLUMN_GAP_EMS * row.size) text += '\t';
        else if (previous === ' ' || next === ' ' || (CJK.test(previous) && CJK.test(next))) {
          // Already spaced, or Japanese, which has no spaces between words.
        } else if (pendingSpace || gap > SPACE_GAP_EMS * row.size) text += ' ';
      } else x = item.x;
      text += piece;
      end = item.x + item.width;
      pendingSpace = false;
    }
    text = text.trim();
    if (text) lines.push({ text, x: round(x), right: round(end), y: round(row.y), size: round(row.size) });
  }
  return [...lines, ...verticalLines(items.filter((item) => item.vertical))];
}

/** Vertical writing: one line per column, columns right to left, each top to bottom. */
function verticalLines(items: Item[]): PdfLine[] {
  const columns: Array<{ x: number; size: number; items: Item[] }> = [];
  for (const item of [...items].sort((a, b) => b.x - a.x || b.y - a.y)) {
    const column = columns.find((c) => Math.abs(c.x - item.x) <= 0.5 * item.size);
    if (column) column.items.push(item);
    else columns.push({ x: item.x, size: item.size, items: [item] });
  }
  return columns
    .map((column) => {
      column.items.sort((a, b) => b.y - a.y);
      const text = column.items.map((item) => item.str).join('').trim();
      return { text, x: round(column.x), right: round(column.x + column.size), y: round(column.items[0]!.y), size: round(column.size) };
    })
    .filter((line) => line.text !== '');
}

/** A metadata string worth citing: not blank, not a template's placeholder (`[FAMILY Given]`), not a file name. */
function citable(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /, '').trim();
  if (!text || /^\[[^\]]*\]$/.test(text) || /^(?:untitled|無題)/i.test(text) || /\.(?:docx?|pptx?|xlsx?|pdf|txt|odt|key|pages)$/i.test(text)) return undefined;
  return text;
}

async function outlineOf(document: PDFDocumentProxy): Promise<PdfOutlineEntry[]> {
  const entries: PdfOutlineEntry[] = [];
  const walk = async (nodes: Awaited<ReturnType<PDFDocumentProxy['getOutline']>> | undefined, trail: string[]) => {
    for (const node of nodes ?? []) {
      const title = node.title.replace(/\s+/g, ' ').trim();
      const path = [...trail, title];
      try {
        const destination = typeof node.dest === 'string' ? await document.getDestination(node.dest) : node.dest;
        const target = destination?.[0];
        const pageIndex = typeof target === 'object' && target !== null ? await document.getPageIndex(target) : typeof target === 'number' ? target : undefined;
        if (pageIndex !== undefined && title) {
          const top = destination?.[1]?.name === 'XYZ' && typeof destination[3] === 'number' ? destination[3] : undefined;
          entries.push({ path, page: pageIndex + 1, ...(top !== undefined ? { top } : {}) });
        }
      } catch {
        // A bookmark whose target is broken places nothing.
      }
      await walk(node.items, path);
    }
  };
  try {
    await walk(await document.getOutline(), []);
  } catch {
    return [];
  }
  return entries;
}

function isoDate(pdfDate: unknown, { PDFDateString }: Pdfjs): string | undefined {
  if (typeof pdfDate !== 'string' || !pdfDate) return undefined;
  const date = PDFDateString.toDateObject(pdfDate);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

/** Read a PDF's text layer. An encrypted, truncated or damaged file is a problem, not an exception. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadResult> {
  const library = await loadPdfjs();
  let document: PDFDocumentProxy;
  try {
    // A copy: pdfjs takes the buffer it is given over (detaches it). WARNINGS would print to the
    // console for every odd font.
    document = await library.getDocument({ ...PDFJS_OPTIONS, verbosity: library.VerbosityLevel.ERRORS, data: new Uint8Array(bytes) }).promise;
  } catch (error) {
    const { name, message } = error as Error;
    // PasswordException is not exported by pdfjs 5: it is known by its name.
    if (name === 'PasswordException') return { ok: false, problem: 'pdfEncrypted', detail: message };
    return { ok: false, problem: 'pdfInvalid', detail: message };
  }
  try {
    const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const labels = await document.getPageLabels().catch(() => null);
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const label = labels?.[number - 1]?.trim() || String(number);
      try {
        const page = await document.getPage(number);
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        const lines = linesOfPage(await page.getTextContent());
        pages.push({ number, label, width: x1 - x0, height: y1 - y0, lines });
        page.cleanup();
      } catch {
        pages.push({ number, label, width: 0, height: 0, lines: [], failed: true });
      }
    }
    if (pages.length > 0 && pages.every((page) => page.failed)) return { ok: false, problem: 'pdfInvalid', detail: 'no page could be read' };
    return {
      ok: true,
      pdf: {
        title: citable(info['Title']),
        author: citable(info['Author']),
        date: isoDate(info['CreationDate'], library),
        pages,
        outline: await outlineOf(document),
      },
    };
  } finally {
    await document.destroy();
  }
}
