/**
 * A document as a study guide: its chapters, and under each the slides' lead messages (or, for
 * a document without chapters, its paragraphs in groups of ten with their opening sentences).
 * Also what /quiz's `chapter` option offers.
 */
import { fill } from '../core/i18n.ts';
import { splitSentences } from '../core/text.ts';
import type { Language, Passage } from '../core/types.ts';
import { studyText } from './text.ts';

/** Paragraphs per section of a document without chapters. */
export const PARAGRAPHS_PER_SECTION = 10;

export interface OutlineEntry {
  /** The passage a button opens (a split slide's first part). */
  passageId: string;
  slide?: number;
  paragraph?: number;
  lead: string;
}

export interface OutlineSection {
  title: string;
  /** The chapter heading, when the document has chapters. */
  chapter?: string;
  entries: OutlineEntry[];
}

/** The chapters of a document, in reading order. */
export function chaptersOf(passages: readonly Passage[]): string[] {
  return [...new Set(passages.flatMap((passage) => (passage.location.chapter ? [passage.location.chapter] : [])))];
}

function leadOf(passage: Passage): string {
  const lead = passage.heading?.trim() || splitSentences(passage.text)[0] || passage.text;
  return lead.replace(/\s+/g, ' ').trim();
}

/** One entry per slide or paragraph (the first part of one that was split). */
function entries(passages: readonly Passage[]): OutlineEntry[] {
  const seen = new Set<string>();
  const out: OutlineEntry[] = [];
  for (const passage of passages) {
    const key = passage.location.slide !== undefined ? `s${passage.location.slide}` : `p${passage.location.paragraph ?? passage.order}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ passageId: passage.id, slide: passage.location.slide, paragraph: passage.location.paragraph, lead: leadOf(passage) });
  }
  return out;
}

export function outlineOf(passages: readonly Passage[], language: Language): OutlineSection[] {
  // The outline is of the document's text: its details (title, author, date) are not a section of it.
  passages = passages.filter((passage) => !passage.location.front);
  const chapters = chaptersOf(passages);
  if (chapters.length > 0) {
    const sections: OutlineSection[] = [];
    const before = passages.filter((passage) => !passage.location.chapter);
    // The title slide, before any chapter, leads the outline under the document's own name.
    if (before.length > 0 && before[0] === passages[0]) sections.push({ title: leadOf(before[0]!), entries: entries(before) });
    for (const chapter of chapters) sections.push({ title: chapter, chapter, entries: entries(passages.filter((passage) => passage.location.chapter === chapter)) });
    return sections;
  }
  const all = entries(passages);
  const sections: OutlineSection[] = [];
  for (let start = 0; start < all.length; start += PARAGRAPHS_PER_SECTION) {
    const group = all.slice(start, start + PARAGRAPHS_PER_SECTION);
    const from = group[0]!.paragraph ?? start + 1;
    const to = group.at(-1)!.paragraph ?? start + group.length;
    sections.push({ title: fill(studyText.paragraphRange[language], { from, to }), entries: group });
  }
  return sections;
}
