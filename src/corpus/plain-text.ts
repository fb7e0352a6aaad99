/**
 * The structure plain text has without markup, as manuals, man pages and text editions of books
 * are written: headings (numbered, 第2章, 【…】, or a short line at the margin above indented text)
 * and the text under them; definition and option lists, a term on one line and its explanation
 * indented below it (man pages' `-f, --follow`), kept together; lines the formatter wrapped
 * joined again (without a space inside Japanese), lines the author ended kept.
 */
import type { TextBlock } from './blocks.ts';
import { joinWrapped } from './lines.ts';

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A numbered or marked heading: 第2章 …, 付録A …, 1.2.3. …, 【…】, ■ …. */
const MARKED_HEADING = /^(?:第[0-9０-９一二三四五六七八九十百]+[章節部編]|付録\s*[A-ZＡ-Ｚ0-9]|\d+(?:\.\d+)*\.?(?=\s)|【[^】]+】$|[■◆●□]\s*\S)/;
const SENTENCE_END = /[。．.!?！？:：、,，]$/;
/** Headings are short. */
const HEADING_MAX_WIDTH = 60;
/** A line within this many columns of the text's usual width was wrapped by the formatter. */
const WRAP_SLACK_COLUMNS = 8;

interface Line {
  text: string;
  indent: number;
  width: number;
}

const displayWidth = (text: string) => [...text].reduce((n, char) => n + (WIDE.test(char) ? 2 : 1), 0);

function toLine(raw: string): Line {
  const expanded = raw.replace(/\t/g, '        ').replace(/\s+$/, '');
  const text = expanded.trimStart();
  const indent = displayWidth(expanded.slice(0, expanded.length - text.length).replace(/\u3000/g, '  '));
  return { text, indent, width: indent + displayWidth(text) };
}

/** The width most full lines reach: lines this wide were wrapped, not ended. */
function wrapWidth(lines: readonly Line[]): number {
  const widths = lines.filter((line) => line.width >= 20).map((line) => line.width).sort((a, b) => a - b);
  return widths.length < 5 ? Number.POSITIVE_INFINITY : widths[Math.floor(widths.length * 0.9)]!;
}

/** Lines drawn or typed as they are: a text table's rules and rows, a shell prompt. They are never joined. */
const PREFORMATTED = /^(?:[|+][-=+|]|\||\$ |# )|[|+]$/;

/** Lines of one paragraph as text: wrapped lines joined, the others kept apart. */
function joinParagraph(lines: readonly Line[], wrap: number): string {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const preformatted = PREFORMATTED.test(line.text);
    if (open && !preformatted && out.length > 0) out[out.length - 1] = joinWrapped(out.at(-1)!, line.text);
    else out.push(line.text);
    open = !preformatted && line.width >= wrap - WRAP_SLACK_COLUMNS;
  }
  return out.join('\n');
}

/** Paragraphs: runs of non-blank lines. */
function paragraphsOf(lines: readonly Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A heading's level: 1.2.3 → 3, 第2章 → 1, anything else 1. */
function headingLevel(text: string): number {
  const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
  return numbered ? numbered[1]!.split('.').length : 1;
}

/** Blocks of a plain-text document with their sections. */
export function plainTextBlocks(body: string): TextBlock[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map(toLine);
  const wrap = wrapWidth(lines);
  const indents = new Map<number, number>();
  for (const line of lines) if (line.text) indents.set(line.indent, (indents.get(line.indent) ?? 0) + 1);
  // The indent most text is at: a text set in from the margin has its headings at the margin.
  const bodyIndent = [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;

  const isHeading = (line: Line, next: Line | undefined) => {
    if (line.width > HEADING_MAX_WIDTH || SENTENCE_END.test(line.text) || line.indent > bodyIndent) return false;
    if (MARKED_HEADING.test(line.text) && (line.indent < bodyIndent || bodyIndent === 0)) return next === undefined || next.indent >= line.indent;
    return bodyIndent > 0 && line.indent === 0 && next !== undefined && next.indent > 0;
  };

  const blocks: TextBlock[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  const section = () => headings.map((heading) => heading.text);
  const paragraphs = paragraphsOf(lines);
  let listBlock: TextBlock | undefined;
  let listIndent = -1;
  const firstLineAfter = (p: number) => paragraphs[p + 1]?.[0];
  for (let p = 0; p < paragraphs.length; p++) {
    let paragraph = paragraphs[p]!;
    // A heading: the paragraph's first line; what follows it on the next lines is a paragraph of its own.
    while (paragraph.length > 0 && isHeading(paragraph[0]!, paragraph[1] ?? firstLineAfter(p))) {
      const text = paragraph[0]!.text;
      const level = MARKED_HEADING.test(text) ? headingLevel(text) : 1;
      while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, text });
      listBlock = undefined;
      paragraph = paragraph.slice(1);
    }
    if (paragraph.length === 0) continue;

    const first = paragraph[0]!;
    const explained = paragraph.length > 1 && paragraph.slice(1).every((line) => line.indent > first.indent);
    const next = paragraphs[p + 1];
    const termAlone = paragraph.length === 1 && first.width - first.indent <= 50 && next !== undefined && next[0]!.indent > first.indent && !SENTENCE_END.test(first.text);
    if (!explained && !termAlone) {
      const text = joinParagraph(paragraph, wrap);
      const lines = text.split('\n');
      // Lines the author ended (a text table, a contents list, commands) are cut between lines, never inside one.
      blocks.push(lines.length >= 3 ? { kind: 'entries', entries: lines, section: section() } : { kind: 'prose', entries: [text], section: section() });
      continue;
    }
    // A term and its explanation, with every later paragraph set in deeper than the term.
    // A first line that runs to the margin is a list item with a hanging indent, wrapped: its lines are one text.
    const hanging = explained && first.width >= wrap - WRAP_SLACK_COLUMNS;
    const parts = hanging ? [joinParagraph(paragraph, wrap)] : [first.text, ...(explained ? [joinParagraph(paragraph.slice(1), wrap)] : [])];
    while (paragraphs[p + 1] && paragraphs[p + 1]![0]!.indent > first.indent && !isHeading(paragraphs[p + 1]![0]!, paragraphs[p + 1]![1])) {
      parts.push(joinParagraph(paragraphs[p + 1]!, wrap));
      p++;
    }
    const entry = parts.join('\n');
    const previous = blocks.at(-1);
    // Consecutive terms of one list (at one indent, under one heading) make one block, cut between terms when long.
    if (previous?.kind === 'entries' && previous === listBlock && listIndent === first.indent) previous.entries.push(entry);
    else {
      listBlock = { kind: 'entries', entries: [entry], section: section() };
      listIndent = first.indent;
      blocks.push(listBlock);
    }
  }
  return blocks;
}
