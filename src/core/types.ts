/**
 * The types every layer shares: documents, passages, languages, spans. A leaf module: it imports
 * nothing of the project but the answer-kind table, so any layer may use it.
 */
export type { AnswerKind } from './answer-kinds.ts';

/** The language a person wrote in: what Shiori answers in. */
export type Language = 'ja' | 'en';

/** A character range `[start, end)` inside a string. */
export type Span = readonly [start: number, end: number];

/** The kinds of document Shiori knows how to split into passages. */
export type DocumentKind = 'slides' | 'article' | 'report' | 'document';

/** What a document's file holds, found from its content (not its extension). */
export type DocumentFormat = 'text' | 'markdown' | 'pdf' | 'html';

/** What a citation needs to say about a document. */
export interface DocumentMeta {
  /** Stable id, the file name without its extension: `nri-platformers-2021`. */
  id: string;
  title: string;
  /** Author or publisher. */
  author: string;
  /** ISO date, `2021-04-05`; empty when unknown. */
  date: string;
  kind: DocumentKind;
  /** Where the document came from (event, site), free text. */
  source?: string;
  /** Other names people use for the document or its author (NRI, 野村総研): a question naming one prefers this document. */
  names?: string[];
  /** File name inside `corpus/`. */
  file: string;
  /** What the file holds; absent in indexes built before PDF and HTML were read (text). */
  format?: DocumentFormat;
  /** Pages of a PDF. */
  pages?: number;
}

/** Where a passage sits in its document. */
export interface PassageLocation {
  /** Chapter heading of a slide, or the article's section heading. */
  chapter?: string;
  /** Slide number in the deck (1-based, the title slide is 1). */
  slide?: number;
  /** Paragraph number in an article (1-based, in reading order once repeats are folded). */
  paragraph?: number;
  /** The document's details (title, author, date, source), not a passage of its text. */
  front?: boolean;
  /**
   * The PDF page a passage is on, as the page prints it (its page label: `12`, `ix`), else its
   * number in the file. A citation gives the page rather than the slide or paragraph.
   */
  page?: string;
  /** The page a passage that runs over a page break ends on (absent when it ends where it starts). */
  pageEnd?: string;
  /** Headings the passage sits under, outermost first: an HTML chapter's h1 › h2 › h3, a PDF's outline. */
  section?: string[];
  /** When a long slide or paragraph is split: which part, and of how many. */
  part?: number;
  parts?: number;
}

/** A piece of a document small enough to quote and cite. */
export interface Passage {
  /** `${doc}#s12`, `${doc}#s12.2` (part 2 of slide 12), `${doc}#p7`. */
  id: string;
  /** Document id. */
  doc: string;
  /** Position in the document, 0-based, for neighbours. */
  order: number;
  location: PassageLocation;
  /** The slide's lead message or the passage's own heading, when it has one. */
  heading?: string;
  /** The passage, plain text, lines joined with `\n`. */
  text: string;
  /**
   * Other documents that hold this passage word for word (the same manual page installed as gzip,
   * gunzip and zcat): it is indexed once, under `doc`, and cited with every one of them.
   */
  alsoIn?: PassageCopy[];
}

/** A copy of a passage in another document: its own id and place there, for /source and citations. */
export interface PassageCopy {
  doc: string;
  id: string;
  order: number;
  location: PassageLocation;
}

/** Why a question was not searched. */
export type QuestionProblem = 'blank' | 'too_long' | 'no_content';
