/**
 * The words around a number. Slide text is chart labels and boxes broken into short lines
 * (`クレジット・テック` on one line, `39.4%` on the next), article text is long sentences, so the
 * label is looked for on the number's line first and on the line above when the line has none.
 */

interface Span {
  start: number;
  end: number;
  kind: string;
}

const LABEL_SEPARATORS = /[。、，,：:；;！？!?「」『』()（）【】［］[\]]/;
const SENTENCE_END = /[。！？!?]/;
const MAX_LABEL_LENGTH = 40;
const MAX_CONTEXT_LENGTH = 160;
/** A line this short without a sentence end is a fragment of a label broken by the PDF extraction. */
const MAX_FRAGMENT_LENGTH = 20;

/** The words the number at `start` belongs to, or `''` when there are none near it. */
export function labelBefore(text: string, start: number, mentions: readonly Span[]): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const onLine = lastSegment(withoutNumbers(text, lineStart, start, mentions));
  let label = onLine.segment;
  const previous = previousLine(text, lineStart);
  if (previous !== undefined && isLabelFragment(text.slice(previous.start, previous.end))) {
    const above = lastSegment(withoutNumbers(text, previous.start, previous.end, mentions)).segment;
    const aboveRunsOn = !LABEL_SEPARATORS.test(text.slice(previous.start, previous.end).trim().slice(-1));
    if (label === '') label = above;
    else if (onLine.wholeLine && aboveRunsOn) label = above + label;
  }
  return label.length > MAX_LABEL_LENGTH ? label.slice(-MAX_LABEL_LENGTH) : label;
}

/** A short line with no number and no sentence end: a chart label, or a label broken by the PDF extraction. */
function isLabelFragment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= MAX_FRAGMENT_LENGTH && !/\d/.test(trimmed) && !SENTENCE_END.test(trimmed) && !/^(出所|注)/.test(trimmed);
}

/** The sentence around `[start, end)` within its line, or the line and the one above when the line is only numbers. */
export function contextAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndIndex = text.indexOf('\n', end);
  const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
  let from = lineStart;
  for (let index = start - 1; index >= lineStart; index -= 1) {
    if (SENTENCE_END.test(text[index]!)) {
      from = index + 1;
      break;
    }
  }
  let to = lineEnd;
  for (let index = end; index < lineEnd; index += 1) {
    if (SENTENCE_END.test(text[index]!)) {
      to = index + 1;
      break;
    }
  }
  let context = text.slice(from, to).trim();
  if (!/[^\d\s.,%％/~〜～-]/.test(context)) {
    const previous = previousLine(text, lineStart);
    const above = previous === undefined ? '' : text.slice(previous.start, previous.end).trim();
    if (isLabelFragment(above)) context = `${above} ${context}`;
  }
  if (context.length <= MAX_CONTEXT_LENGTH) return context;
  const offset = Math.max(0, start - from - MAX_CONTEXT_LENGTH / 2);
  return `…${context.slice(offset, offset + MAX_CONTEXT_LENGTH)}…`;
}

/** The text of `[from, to)` with the numbers in it blanked out (dates stay: they are part of a label). */
function withoutNumbers(text: string, from: number, to: number, mentions: readonly Span[]): string {
  let result = '';
  let cursor = from;
  for (const mention of mentions) {
    if (mention.kind === 'date' || mention.end <= from || mention.start >= to) continue;
    result += text.slice(cursor, Math.max(cursor, mention.start)) + ' ';
    cursor = Math.max(cursor, mention.end);
  }
  return result + text.slice(cursor, to);
}

/** The last piece of `prefix` between separators that has words in it. */
function lastSegment(prefix: string): { segment: string; wholeLine: boolean } {
  const pieces = prefix.split(LABEL_SEPARATORS);
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const segment = (pieces[index] ?? '').replace(/^[\s•・~〜～]+|[\s~〜～]+$/g, '').replace(/\s+/g, ' ');
    if (segment !== '') return { segment, wholeLine: pieces.length === 1 };
  }
  return { segment: '', wholeLine: pieces.length === 1 };
}

/** The nearest line above `lineStart` with something on it. */
function previousLine(text: string, lineStart: number): { start: number; end: number } | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() !== '') return { start, end };
    end = start - 1;
  }
  return undefined;
}
