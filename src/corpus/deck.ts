/**
 * Slides from the text of a slide deck's PDF, whose page breaks were lost. Each slide starts with
 * its lead message, directly followed by its chapter heading, a line the deck repeats on every
 * slide of the chapter; a chapter's title slide is that heading alone on a line that began with
 * the lost bullet glyph (a single space). Page footers (「1Copyright…」) also end a slide.
 */
import { joinBrokenLines, rebuildCharts } from './lines.ts';

export interface Slide {
  /** 1-based; the title slide is 1. */
  number: number;
  chapter?: string;
  /** The slide's lead message (its main statement), lines joined. */
  lead?: string;
  /** The slide's other lines, repaired (broken words joined, charts rebuilt). */
  body: string[];
}

const FOOTER = /^\d*\s*Copyright\s*[（(]C[)）]/i;
/** Section words that head a slide even when they appear once (はじめに, ご参考, まとめ, …). */
const STANDARD_SECTION = /^(?:はじめに|おわりに|まとめ|ご参考|参考資料|目次|付録|アジェンダ)(?:\s|$)/;

/** Lines that head a chapter: repeated on slides, and once on their own as a title slide. */
function findChapterHeadings(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  const bulleted = new Set<string>();
  for (const line of lines) {
    const text = line.trim();
    if (text.length < 10) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
    if (/^ \S/.test(line)) bulleted.add(text);
  }
  const headings = new Set<string>();
  for (const [text, count] of counts) {
    if (count >= 2 && bulleted.has(text) && !/[。]$/.test(text)) headings.add(text);
  }
  return headings;
}

interface Boundary {
  /** First line of the slide. */
  start: number;
  /** The heading line (absent for title slides of chapters and the deck's first page). */
  headingLine?: number;
  chapter?: string;
  /** A chapter's own title slide: the heading alone. */
  divider?: boolean;
}

/** The lead paragraph before a heading line: the non-blank lines just above it, from the last bulleted one. */
function leadStart(lines: string[], headingLine: number): number {
  let i = headingLine - 1;
  if (i >= 0 && lines[i]!.trim() === '') i--;
  let start = i + 1;
  while (i >= 0 && lines[i]!.trim() !== '' && !FOOTER.test(lines[i]!)) {
    start = i;
    if (/^ \S/.test(lines[i]!)) break;
    i--;
  }
  return start;
}

export function splitDeckIntoSlides(text: string): Slide[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const chapters = findChapterHeadings(lines);
  const boundaries: Boundary[] = [{ start: 0 }];
  let currentChapter: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (FOOTER.test(trimmed)) {
      boundaries.push({ start: i + 1 });
      continue;
    }
    if (chapters.has(trimmed) && /^ \S/.test(line)) {
      boundaries.push({ start: i, chapter: trimmed, divider: true });
      continue;
    }
    const isHeading = chapters.has(trimmed) || (STANDARD_SECTION.test(trimmed) && trimmed.length <= 40 && i > 0);
    if (!isHeading) continue;
    currentChapter = trimmed;
    const start = leadStart(lines, i);
    const previous = boundaries.at(-1)!;
    // A lead that starts where the previous boundary starts replaces a footer boundary.
    if (previous.start === start && previous.headingLine === undefined && !previous.divider) boundaries.pop();
    // The chapter's title slide may sit inside the lead block: keep it as its own slide.
    if (previous.divider && previous.start >= start) {
      previous.start = Math.min(previous.start, start);
      boundaries.push({ start: Math.max(start, previous.start + 1), headingLine: i, chapter: trimmed });
      continue;
    }
    boundaries.push({ start, headingLine: i, chapter: currentChapter });
  }

  const slides: Slide[] = [];
  for (let b = 0; b < boundaries.length; b++) {
    const boundary = boundaries[b]!;
    const end = boundaries[b + 1]?.start ?? lines.length;
    if (end <= boundary.start) continue;
    const slideLines = lines.slice(boundary.start, end).filter((l) => !FOOTER.test(l.trim()));
    const slide = toSlide(slideLines, boundary, slides.length + 1);
    if (slide.lead || slide.body.length > 0) slides.push(slide);
  }
  return slides;
}

function toSlide(slideLines: string[], boundary: Boundary, number: number): Slide {
  if (boundary.divider) {
    return { number, chapter: boundary.chapter, lead: boundary.chapter, body: repair(slideLines.slice(1)) };
  }
  let leadLines: string[] = [];
  let bodyLines = slideLines;
  if (boundary.headingLine !== undefined) {
    const headingOffset = slideLines.findIndex((l) => l.trim() === boundary.chapter);
    if (headingOffset >= 0) {
      leadLines = slideLines.slice(0, headingOffset).filter((l) => l.trim() !== '');
      bodyLines = slideLines.slice(headingOffset + 1);
    }
  } else {
    // The deck's first pages: the first paragraph stands as the lead.
    const firstBlank = slideLines.findIndex((l, k) => l.trim() === '' && slideLines.slice(0, k).some((x) => x.trim() !== ''));
    const cut = firstBlank < 0 ? slideLines.length : firstBlank;
    leadLines = slideLines.slice(0, cut).filter((l) => l.trim() !== '');
    bodyLines = slideLines.slice(cut);
  }
  const lead = joinBrokenLines(leadLines.map((l) => l.trim())).join(' ').trim();
  return { number, chapter: boundary.chapter, lead: lead || undefined, body: repair(bodyLines) };
}

/** Rebuild charts, join broken lines, trim, and drop blank lines. */
export function repair(lines: string[]): string[] {
  return joinBrokenLines(rebuildCharts(lines))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
