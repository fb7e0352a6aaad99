/**
 * Blocks → passages, for documents whose structure was read from their markup or layout (PDF,
 * HTML, structured plain text): paragraphs, lists, tables and code, each under its headings, and
 * on its pages. A passage holds one block, or several short ones of the same section; a long
 * block is cut at sentences (prose) or between entries (a list item with its sub-items, a term
 * with its explanation, a table row), never inside one, and a table's header row starts each part.
 */
import type { DocumentMeta, Passage, PassageLocation } from '../core/types.ts';
import { groupSentences, type PassageOptions } from './passages.ts';

export interface TextBlock {
  /**
   * Prose is one paragraph in `entries[0]`, cut at sentences when long; the entries of a list,
   * definition list, table or code block are cut between entries only.
   */
  kind: 'prose' | 'entries';
  /** A paragraph, or the entries: lines, or a term and its explanation on the lines below it. */
  entries: string[];
  /** A table's header row, repeated at the top of each part of a long table. */
  header?: string;
  /** Headings above the block, outermost first. */
  section: string[];
  /** Pages (labels) the block starts and ends on, for a PDF. */
  page?: string;
  pageEnd?: string;
  /** Where in a prose block's text a later page begins, so that each part of a long block is placed on its own pages. */
  pageStarts?: Array<{ offset: number; page: string }>;
}

interface Piece {
  text: string;
  page?: string;
  pageEnd?: string;
}

const blockText = (block: TextBlock) => [...(block.header ? [block.header] : []), ...block.entries].join('\n');
const sameSection = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((heading, i) => heading === b[i]);

/** The page of a prose block at a character offset. */
function pageAt(block: TextBlock, offset: number): string | undefined {
  let page = block.page;
  for (const start of block.pageStarts ?? []) if (start.offset <= offset) page = start.page;
  return page;
}

/** The pieces of one block, each under `maxChars` when it can be, with their pages. */
function blockPieces(block: TextBlock, options: PassageOptions): Piece[] {
  const text = blockText(block);
  if (text.length <= options.maxChars) return [{ text, page: block.page, pageEnd: block.pageEnd }];
  if (block.kind === 'prose') {
    let offset = 0;
    return groupSentences([...splitPhrases(text)], options).map((sentences) => {
      const piece = sentences.join('');
      const start = offset;
      offset += piece.length;
      return { text: piece.trim(), page: pageAt(block, start), pageEnd: pageAt(block, Math.max(start, offset - 1)) };
    });
  }
  return entryPieces(block, options).map((piece) => ({ text: piece, page: block.page, pageEnd: block.pageEnd }));
}

function entryPieces(block: TextBlock, options: PassageOptions): string[] {
  const text = blockText(block);
  const target = Math.ceil(text.length / Math.ceil(text.length / options.paragraphPartTargetChars));
  const pieces: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const entry of block.entries.flatMap((e) => (e.length > options.maxChars ? splitLongEntry(e, options) : [e]))) {
    if (current.length > 0 && size + entry.length > target * 1.15) {
      pieces.push(current);
      current = [];
      size = 0;
    }
    if (current.length === 0 && block.header) {
      current.push(block.header);
      size += block.header.length;
    }
    current.push(entry);
    size += entry.length + 1;
  }
  if (current.length > 0) pieces.push(current);
  return pieces.map((lines) => lines.join('\n'));
}

/** Sentences of a paragraph (Japanese and English), with what follows them, so that joined they give the paragraph back. */
function* splitPhrases(text: string): Generator<string> {
  const pattern = /(?:[^。！？.!?\n]|[.!?](?!\s|$))*(?:[。！？]+[」』）)]*|[.!?]+(?:[ \t]+|$)|\n|$)/g;
  for (let m = pattern.exec(text); m && m[0] !== ''; m = pattern.exec(text)) yield m[0];
}

/** An entry over the limit (a long explanation) is cut at its lines, then at sentences. */
function splitLongEntry(entry: string, options: PassageOptions): string[] {
  const lines = entry.split('\n');
  if (lines.length > 1) {
    const out: string[] = [];
    let current = '';
    for (const line of lines) {
      if (current && current.length + line.length + 1 > options.paragraphPartTargetChars) {
        out.push(current);
        current = '';
      }
      current = current ? `${current}\n${line}` : line;
    }
    if (current) out.push(current);
    return out;
  }
  return groupSentences([...splitPhrases(entry)], options).map((sentences) => sentences.join(''));
}

/**
 * Passages of a document from its blocks. Short blocks of one section are read together (up to
 * `blockGroupTargetChars`), so a sentence that announces a list stays with the list; a block never
 * joins a passage of another section.
 */
export function blocksToPassages(document: DocumentMeta, blocks: readonly TextBlock[], options: PassageOptions): Passage[] {
  const groups: TextBlock[][] = [];
  let size = 0;
  for (const block of blocks) {
    const length = blockText(block).length;
    if (length === 0) continue;
    const current = groups.at(-1);
    if (current && sameSection(current[0]!.section, block.section) && size + length <= options.blockGroupTargetChars) {
      current.push(block);
      size += length + 1;
    } else {
      groups.push([block]);
      size = length;
    }
  }

  const passages: Passage[] = [];
  let paragraph = 0;
  for (const group of groups) {
    const first = group[0]!;
    const last = group.at(-1)!;
    const pieces: Piece[] =
      group.length === 1 ? blockPieces(first, options) : [{ text: group.map(blockText).join('\n'), page: first.page, pageEnd: last.pageEnd ?? last.page }];
    // The parts of a long paragraph are read together (each is searched with the others as its
    // context); the pieces of a long list or table stand alone, as separate paragraphs: a manual's
    // list of two hundred options is not one thing.
    const standAlone = first.kind === 'entries' && pieces.length > 1;
    if (!standAlone) paragraph++;
    pieces.forEach(({ text, page, pageEnd }, k) => {
      if (standAlone) paragraph++;
      const parted = !standAlone && pieces.length > 1;
      const location: PassageLocation = { paragraph };
      if (page !== undefined) {
        location.page = page;
        if (pageEnd !== undefined && pageEnd !== page) location.pageEnd = pageEnd;
      }
      if (first.section.length > 0) location.section = [...first.section];
      if (parted) Object.assign(location, { part: k + 1, parts: pieces.length });
      passages.push({
        id: `${document.id}#p${paragraph}${parted ? `.${k + 1}` : ''}`,
        doc: document.id,
        order: passages.length,
        location,
        ...(first.section.length > 0 ? { heading: first.section.at(-1)! } : {}),
        text,
      });
    });
  }
  return passages;
}
