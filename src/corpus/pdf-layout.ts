/**
 * A PDF's lines → what a reader sees: running headers, footers and page numbers removed; lines
 * gathered into paragraphs, lists and tables by their position and type size; paragraphs joined
 * over page breaks; headings placed as the section of what follows them (from the PDF's outline
 * when it has one); or, for a slide deck, one slide per page. Pure functions over pdf.ts's lines.
 */
import type { TextBlock } from './blocks.ts';
import { repair, type Slide } from './deck.ts';
import { joinWrapped } from './lines.ts';
import type { PdfContent, PdfLine, PdfOutlineEntry, PdfPage } from './pdf.ts';

const SENTENCE_STOP = /[。．！？!?.]["”」』）)]*$/;
/** A line that starts a list item: a bullet, a number with a stop, a circled number. */
const ITEM_START = /^(?:[•・●○■□◆◇▶►※\-–*]\s*|\(?\d{1,3}[.)．）]\s|[①-⑳]|\(\w\)\s)/;
/** A page number alone (arabic or roman, `- 3 -`, `3 / 10`, `Page 3`, `3ページ`). */
const PAGE_NUMBER = /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|[ivxlcdm]{1,7}|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}|\d{1,4}\s*(?:ページ|頁))$/i;

/** A table of contents' line: a title, dot leaders, a page number. Contents point at the pages that answer; they answer nothing. */
const CONTENTS_LINE = /(?:\s?[.．・…‥]){4,}\s*(?:\d{1,4}|[ivxlcdm]{1,7})$/i;

/** Lines at the top and at the bottom of a page where running headers and footers are looked for. */
const RUNNING_LINE_BAND = 2;
/** A header or footer is on at least this share of the pages that have text (and on two pages at least). */
const RUNNING_LINE_MIN_SHARE = 0.5;
/** Baselines this close (points) count as the same place on two pages. */
const RUNNING_LINE_Y_TOLERANCE = 4;
/** A heading is set at least this much larger than the body text. */
const HEADING_SIZE_RATIO = 1.15;
/** Share of characters that mean a font without a character map (glyph ids read as text). */
export const GARBLED_MAX_SHARE = 0.05;

/** A line's text with its numbers left out, so `Debian リファレンス 22 / 244` is the same header on every page. */
const runningKey = (line: PdfLine) =>
  `${line.text.replace(/\b[ivxlcdm]{1,7}\b/gi, '').replace(/\d+/g, '').replace(/[/|#\-–—\s]+/g, ' ').trim() || '#'}@${Math.round(line.y / RUNNING_LINE_Y_TOLERANCE)}`;

/** Running headers and footers sit in the page's margins: this share of its height at the top or the bottom. */
const RUNNING_LINE_MARGIN_SHARE = 0.08;

/** The first and last lines of a page, when they sit in its top or bottom margin. */
function bandLines(page: PdfPage): PdfLine[] {
  const sorted = [...page.lines].sort((a, b) => b.y - a.y);
  const inMargin = (line: PdfLine) => page.height <= 0 || line.y >= page.height * (1 - RUNNING_LINE_MARGIN_SHARE) || line.y <= page.height * RUNNING_LINE_MARGIN_SHARE;
  return [...new Set([...sorted.slice(0, RUNNING_LINE_BAND), ...sorted.slice(-RUNNING_LINE_BAND)])].filter(inMargin);
}

/**
 * Pages without their running headers and footers: a line in the top or bottom margin that recurs,
 * its numbers aside, at the same height on half the pages or more; and a page number alone there.
 * The horizontal position is ignored (odd and even pages mirror it).
 */
export function withoutRunningLines(pages: readonly PdfPage[]): PdfPage[] {
  const withText = pages.filter((page) => page.lines.length > 0);
  const counts = new Map<string, number>();
  for (const page of withText) for (const key of new Set(bandLines(page).map(runningKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(RUNNING_LINE_MIN_SHARE * withText.length));
  const repeated = (line: PdfLine) => {
    const [text, bucket] = runningKey(line).split('@') as [string, string];
    return [-1, 0, 1].some((d) => (counts.get(`${text}@${Number(bucket) + d}`) ?? 0) >= threshold);
  };
  return pages.map((page) => {
    const band = new Set(bandLines(page));
    return { ...page, lines: page.lines.filter((line) => !(band.has(line) && (repeated(line) || PAGE_NUMBER.test(line.text)))) };
  });
}

/** Share of characters that no real text has: controls, private use, U+FFFD, CJK extension A (where glyph ids land). */
export function garbledShare(pages: readonly PdfPage[]): number {
  const text = pages.flatMap((page) => page.lines.map((line) => line.text)).join('').replace(/\s/g, '');
  if (!text) return 0;
  const bad = text.match(/[\u0000-\u001f\u007f\ue000-\uf8ff\ufffd\u3400-\u4dbf]/g)?.length ?? 0;
  return bad / text.length;
}

/** The size most of the text is set in (by characters). */
export function bodySize(pages: readonly PdfPage[]): number {
  const bySize = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) bySize.set(line.size, (bySize.get(line.size) ?? 0) + line.text.length);
  let best = 10;
  let most = -1;
  for (const [size, chars] of bySize) if (chars > most) [best, most] = [size, chars];
  return best;
}

/**
 * A slide deck: most pages are landscape, or pages hold few lines in large type. A report or a
 * book is portrait with many lines of body text.
 */
export function looksLikeSlides(pages: readonly PdfPage[]): boolean {
  const withText = pages.filter((page) => page.lines.length > 0);
  if (withText.length === 0) return false;
  const landscape = withText.filter((page) => page.width > page.height).length;
  if (landscape >= 0.6 * withText.length) return true;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return median(withText.map((page) => page.lines.length)) <= 12 && bodySize(withText) >= 16;
}

const tableRow = (text: string) => text.split('\t').map((cell) => cell.trim()).filter(Boolean).join(' | ');

interface Line extends PdfLine {
  page: PdfPage;
}

interface RawBlock {
  lines: Line[];
  heading: boolean;
}

/** The right edge of a page's text column: where wrapped lines of body text end. */
function columnRight(page: PdfPage, body: number): number {
  const rights = page.lines.filter((line) => Math.abs(line.size - body) <= 0.5).map((line) => line.right);
  return rights.length > 0 ? Math.max(...rights) : page.width;
}

/** Lines of a page in blocks: a new block at a change of type size or indent, a wider gap, or an indented first line after a short one. */
function pageBlocks(page: PdfPage, body: number): RawBlock[] {
  const lines: Line[] = page.lines.map((line) => ({ ...line, page }));
  const right = columnRight(page, body);
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  let pitch = 0;
  for (const line of lines) {
    const previous = current?.lines.at(-1);
    const heading = line.size >= body * HEADING_SIZE_RATIO && line.text.length <= 80;
    let fresh = !current || !previous;
    if (current && previous) {
      const gap = previous.y - line.y;
      const sizeChanged = Math.abs(line.size - previous.size) > 0.15 * previous.size;
      const indentChanged = Math.abs(line.x - current.lines[0]!.x) > 1.5 * line.size && !ITEM_START.test(current.lines[0]!.text);
      const wideGap = pitch > 0 ? gap > 1.3 * pitch : gap > 1.9 * line.size;
      const table = line.text.includes('\t') !== previous.text.includes('\t');
      const shortBefore = previous.right < right - 2.5 * previous.size;
      const newParagraph = shortBefore && line.x > current.lines[0]!.x + 0.5 * line.size && !line.text.includes('\t');
      fresh = gap < 0 || sizeChanged || wideGap || table || newParagraph || (indentChanged && !line.text.includes('\t')) || heading !== current.heading;
      if (!fresh && pitch === 0) pitch = gap;
    }
    if (fresh) {
      current = { lines: [line], heading };
      blocks.push(current);
      pitch = 0;
    } else current!.lines.push(line);
  }
  return blocks;
}

/** A block's text: wrapped lines joined, lines the author ended (short ones, list items, table rows) kept apart. */
function blockLines(block: RawBlock, right: number): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of block.lines) {
    const text = line.text.includes('\t') ? tableRow(line.text) : line.text;
    if (open && out.length > 0 && !ITEM_START.test(text)) out[out.length - 1] = joinWrapped(out.at(-1)!, text);
    else out.push(text);
    open = !line.text.includes('\t') && line.right >= right - 2.5 * line.size;
  }
  return out;
}

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The outline's entries with the headings as printed where they point (「1.4.7 デフォールトの…」
 * rather than the bookmark's 「デフォールトの…」), in reading order.
 */
function placedOutline(pdf: PdfContent, body: number): Array<PdfOutlineEntry & { names: string[] }> {
  const printed = new Map<string, string>();
  for (const entry of pdf.outline) {
    const title = entry.path.at(-1)!;
    const page = pdf.pages[entry.page - 1];
    const line = page?.lines.find(
      (l) =>
        l.size >= body * HEADING_SIZE_RATIO &&
        (entry.top === undefined || Math.abs(l.y + l.size - entry.top) <= 4 * l.size) &&
        squash(l.text).endsWith(squash(title)) &&
        squash(l.text).length <= squash(title).length + 12,
    );
    if (line) printed.set(entry.path.join('\u0000'), line.text);
  }
  return pdf.outline
    .map((entry) => ({
      ...entry,
      names: entry.path.map((title, i) => printed.get(entry.path.slice(0, i + 1).join('\u0000')) ?? title),
    }))
    .sort((a, b) => a.page - b.page || (b.top ?? Infinity) - (a.top ?? Infinity));
}

/** Paragraphs, lists and tables of a PDF that is not a slide deck, each with its section and pages. */
export function pdfBlocks(pdf: PdfContent): TextBlock[] {
  const pages = withoutRunningLines(pdf.pages).map((page) => ({ ...page, lines: page.lines.filter((line) => !CONTENTS_LINE.test(line.text)) }));
  const body = bodySize(pages);
  const outline = placedOutline({ ...pdf, pages }, body);
  const outlineTitles = new Set(outline.flatMap((entry) => entry.names.map(squash)));
  const sectionAt = (page: number, top: number): string[] | undefined => {
    let found: (typeof outline)[number] | undefined;
    for (const entry of outline) {
      if (entry.page < page || (entry.page === page && (entry.top ?? Infinity) >= top - 2)) found = entry;
      else break;
    }
    return found?.names;
  };

  const blocks: TextBlock[] = [];
  // Without an outline, headings found by their size make the section: a larger one closes the smaller ones.
  const headingStack: Array<{ size: number; text: string }> = [];
  let continuing: { block: TextBlock; lastLine: Line; right: number } | undefined;
  for (const page of pages) {
    const right = columnRight(page, body);
    pageBlocks(page, body).forEach((raw, index) => {
      const first = raw.lines[0]!;
      const lines = blockLines(raw, right);
      const text = lines.join('\n');
      if (raw.heading) {
        continuing = undefined;
        if (outline.length > 0 && outlineTitles.has(squash(text))) return;
        if (outline.length === 0) {
          while (headingStack.length > 0 && headingStack.at(-1)!.size <= first.size + 0.5) headingStack.pop();
          headingStack.push({ size: first.size, text: lines.join(' ') });
          return;
        }
      }
      const section = outline.length > 0 ? (sectionAt(page.number, first.y + first.size) ?? []) : headingStack.map((h) => h.text);
      const isTable = raw.lines.some((line) => line.text.includes('\t'));
      const isList = lines.length > 1 && lines.slice(1).every((line) => ITEM_START.test(line)) && ITEM_START.test(lines[0]!);
      // A paragraph that reaches the foot of a page without ending goes on at the top of the next.
      if (
        continuing &&
        !isTable &&
        continuing.block.kind === 'prose' &&
        continuing.lastLine.page.number === page.number - 1 &&
        Math.abs(continuing.lastLine.size - first.size) <= 0.5 &&
        index === 0
      ) {
        const previous = continuing.block;
        const joined = joinWrapped(previous.entries[0]!, text);
        previous.pageStarts = [...(previous.pageStarts ?? []), { offset: joined.length - text.length, page: page.label }];
        previous.entries[0] = joined;
        previous.pageEnd = page.label;
        const last = raw.lines.at(-1)!;
        continuing = last.right >= right - 2.5 * last.size && !SENTENCE_STOP.test(last.text) ? { block: previous, lastLine: last, right } : undefined;
        return;
      }
      const block: TextBlock =
        isTable || isList ? { kind: 'entries', entries: lines, section, page: page.label } : { kind: 'prose', entries: [text], section, page: page.label };
      blocks.push(block);
      const last = raw.lines.at(-1)!;
      continuing = block.kind === 'prose' && last.right >= right - 2.5 * last.size && !SENTENCE_STOP.test(last.text) ? { block, lastLine: last, right } : undefined;
    });
  }
  return blocks;
}

/** The first heading of a PDF: the largest line on the first page with text. */
export function firstHeading(pdf: PdfContent): string | undefined {
  const pages = withoutRunningLines(pdf.pages);
  const body = bodySize(pages);
  const page = pages.find((p) => p.lines.length > 0);
  if (!page) return undefined;
  const largest = Math.max(...page.lines.map((line) => line.size));
  if (largest < body * HEADING_SIZE_RATIO) return undefined;
  const text = page.lines.filter((line) => line.size === largest).map((line) => line.text).join(' ').trim();
  return text.length > 0 && text.length <= 120 ? text : undefined;
}

/** One slide per page: the largest line(s) at the top are its lead (title), the rest its body, repaired as the deck's text is. */
export function pdfSlides(pdf: PdfContent): Array<Slide & { page: string }> {
  const pages = withoutRunningLines(pdf.pages);
  const slides: Array<Slide & { page: string }> = [];
  for (const page of pages) {
    if (page.lines.length === 0) continue;
    const largest = Math.max(...page.lines.map((line) => line.size));
    const median = [...page.lines.map((line) => line.size)].sort((a, b) => a - b)[Math.floor(page.lines.length / 2)]!;
    let leadCount = 0;
    if (largest >= median * HEADING_SIZE_RATIO || page.lines.length === 1) {
      while (leadCount < page.lines.length && page.lines[leadCount]!.size >= largest - 0.5) leadCount++;
    }
    const lead = page.lines.slice(0, leadCount).map((line) => line.text).reduce((a, b) => joinWrapped(a, b), '').trim();
    const body = repair(page.lines.slice(leadCount).map((line) => line.text.replace(/\t/g, ' ')));
    slides.push({ number: page.number, lead: lead || undefined, body, page: page.label });
  }
  return slides;
}
