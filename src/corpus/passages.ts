/**
 * Documents → passages: pieces a person can quote and cite, most under 500 characters, each
 * knowing where it is (chapter and slide, or paragraph).
 */
import { formatPartialDate } from '../core/citation.ts';
import type { DocumentMeta, Passage, PassageLocation } from '../core/types.ts';
import { splitArticleIntoParagraphs } from './article.ts';
import { blocksToPassages } from './blocks.ts';
import { plainTextBlocks } from './plain-text.ts';
import { splitDeckIntoSlides, type Slide } from './deck.ts';

/** How big passages are. Part of the index's version: other sizes make other passages. */
export interface PassageOptions {
  /** Passages longer than this are split (at line or sentence boundaries). */
  maxChars: number;
  /**
   * A slide up to this long stays one passage: a slide's lines answer one another (the C2M slide's
   * two sides), and only a few slides are over the usual limit.
   */
  slideWholeMaxChars: number;
  /** The size parts of a split slide aim for: a slide stays whole when it can. */
  slidePartTargetChars: number;
  /** The size parts of a long paragraph aim for: a few sentences, so that each part is about one thing. */
  paragraphPartTargetChars: number;
  /**
   * Short blocks of one section (a PDF's, an HTML page's or a plain text's paragraphs, lists,
   * tables) are read together up to this size, so that a sentence announcing a list stays with it.
   */
  blockGroupTargetChars: number;
  /** Files larger than this are skipped with a warning that names the limit. */
  maxFileBytes: number;
}

export const PASSAGE_DEFAULTS: PassageOptions = {
  maxChars: 500,
  slideWholeMaxChars: 4000,
  slidePartTargetChars: 380,
  paragraphPartTargetChars: 260,
  blockGroupTargetChars: 300,
  maxFileBytes: 50 * 1024 * 1024,
};

/**
 * Split a document's text (front matter already removed) into passages: a deck's slides, a plain
 * text's structure (headings, term lists), or an article's paragraphs with repeated copies folded.
 * `titleInBody`: the body repeats the title from the metadata as its first line, which is then not
 * a passage of its own.
 */
export function splitIntoPassages(document: DocumentMeta, body: string, titleInBody = false, options: PassageOptions = PASSAGE_DEFAULTS): Passage[] {
  if (document.kind === 'slides') return slidePassages(document, body, options);
  // Plain text that is not a saved article (whose copies need folding) is read for its structure: headings, term lists.
  if (document.format === 'text' && document.kind !== 'article') return blocksToPassages(document, plainTextBlocks(body), options);
  return paragraphPassages(document, body, titleInBody, options);
}

function slidePassages(document: DocumentMeta, body: string, options: PassageOptions): Passage[] {
  return slidesToPassages(document, splitDeckIntoSlides(body), options);
}

/**
 * One passage per slide, or a few for a long slide (its lead carried into every part).
 * `placeOf` adds what else locates a slide: a PDF's page label.
 */
export function slidesToPassages<S extends Slide>(
  document: DocumentMeta,
  slides: readonly S[],
  options: PassageOptions,
  placeOf: (slide: S) => Partial<PassageLocation> = () => ({}),
): Passage[] {
  const passages: Passage[] = [];
  for (const slide of slides) {
    const parts = splitSlide(slide, options);
    parts.forEach((lines, k) => {
      const location: PassageLocation = { chapter: slide.chapter, slide: slide.number, ...placeOf(slide) };
      if (parts.length > 1) Object.assign(location, { part: k + 1, parts: parts.length });
      passages.push({
        id: `${document.id}#s${slide.number}${parts.length > 1 ? `.${k + 1}` : ''}`,
        doc: document.id,
        order: passages.length,
        location,
        heading: slide.lead,
        text: lines.join('\n'),
      });
    });
  }
  return passages;
}

/** A table's header: the line above three or more rows that start with a number and have as many fields. */
function tableHeaderIndex(lines: string[], row: number): number | undefined {
  const fields = (line: string) => line.split(' ').length;
  for (let h = row - 1; h >= 0; h--) {
    const line = lines[h]!;
    if (/^\d+ /.test(line) && fields(line) === fields(lines[row]!)) continue;
    const rowsBelow = lines.slice(h + 1).filter((l) => /^\d+ /.test(l) && fields(l) === fields(line)).length;
    return !/^\d+ /.test(line) && rowsBelow >= 3 && fields(line) === fields(lines[row]!) ? h : undefined;
  }
  return undefined;
}

/** A slide's lines in parts under the size limit; table parts repeat the table's header. */
function splitSlide(slide: Slide, options: PassageOptions): string[][] {
  const all = [...(slide.lead ? [slide.lead] : []), ...slide.body];
  if (all.join('\n').length <= options.slideWholeMaxChars) return [all];
  const total = all.join('\n').length;
  const target = Math.max(options.slidePartTargetChars, Math.ceil(total / Math.ceil(total / options.slidePartTargetChars)));
  const parts: string[][] = [];
  let current: string[] = [];
  let size = 0;
  all.forEach((line, index) => {
    if (current.length > 0 && size + line.length > target) {
      parts.push(current);
      current = [];
      size = 0;
      const header = /^\d+ /.test(line) ? tableHeaderIndex(all, index) : undefined;
      if (header !== undefined) {
        current.push(all[header]!);
        size += all[header]!.length;
      }
    }
    current.push(line);
    size += line.length + 1;
  });
  if (current.length > 0) parts.push(current);
  return parts;
}

function paragraphPassages(document: DocumentMeta, body: string, titleInBody: boolean, options: PassageOptions): Passage[] {
  const passages: Passage[] = [];
  splitArticleIntoParagraphs(body, titleInBody ? document.title : undefined).forEach((paragraph, p) => {
    const parts = groupSentences(paragraph.sentences, options);
    parts.forEach((sentences, k) => {
      const location: PassageLocation = { paragraph: p + 1 };
      if (paragraph.section) location.chapter = paragraph.section;
      if (parts.length > 1) Object.assign(location, { part: k + 1, parts: parts.length });
      passages.push({
        id: `${document.id}#p${p + 1}${parts.length > 1 ? `.${k + 1}` : ''}`,
        doc: document.id,
        order: passages.length,
        location,
        heading: paragraph.section,
        text: sentences.join(''),
      });
    });
  });
  return passages;
}

/** Sentences in groups of about equal size under the limit; a sentence is never cut. */
export function groupSentences(sentences: string[], options: Pick<PassageOptions, 'maxChars' | 'paragraphPartTargetChars'>): string[][] {
  const pieces = sentences.flatMap((s) => (s.length > options.maxChars ? splitLongSentence(s, options.paragraphPartTargetChars) : [s]));
  const total = pieces.reduce((n, s) => n + s.length, 0);
  if (total <= options.maxChars) return [pieces];
  const target = Math.ceil(total / Math.ceil(total / options.paragraphPartTargetChars));
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const sentence of pieces) {
    if (current.length > 0 && size + sentence.length > target * 1.15) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(sentence);
    size += sentence.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A sentence over the limit (rare: a run-on list) splits at its commas. */
function splitLongSentence(sentence: string, target: number): string[] {
  const clauses = sentence.split(/(?<=、)/);
  const out: string[] = [];
  let current = '';
  for (const clause of clauses) {
    if (current && current.length + clause.length > target) {
      out.push(current);
      current = '';
    }
    current += clause;
  }
  if (current) out.push(current);
  return out;
}


/** Id of the passage that holds a document's details. */
export const METADATA_PASSAGE_SUFFIX = '#about';

/** The label of each line of a document's details: the words people ask about it with, in Japanese and English. Part of the index version. */
export const DETAILS_LABELS = {
  author: '著者・作者・作成者（書いた人・author）',
  date: '日付（公開日・発表日・date・published）',
  source: '出典（掲載元・発表の場・source・publisher）',
} as const;

/**
 * A document's details as a passage of their own, so that 「この記事は誰が書いた？」 or "when was the
 * deck presented?" are answered with a quote: the title, then one line each for the author, the
 * date and the source, each labelled with the words people ask about it with. Cited as the
 * document's details, never as its text.
 */
export function metadataPassage(document: DocumentMeta): Passage {
  const lines = [`『${document.title}』`];
  if (document.author) lines.push(`${DETAILS_LABELS.author}：${document.author}`);
  if (document.date) lines.push(`${DETAILS_LABELS.date}：${formatPartialDate(document.date, 'ja')}（${document.date}）`);
  if (document.source) lines.push(`${DETAILS_LABELS.source}：${document.source}`);
  return { id: `${document.id}${METADATA_PASSAGE_SUFFIX}`, doc: document.id, order: 0, location: { front: true }, text: lines.join('\n') };
}
