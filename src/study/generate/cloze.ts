/**
 * Cloze items: a key sentence of a passage with one key term blanked: a name, a number with its
 * unit, or a compound noun. Key sentences are a slide's lead message and, elsewhere, sentences
 * that hold names or numbers. Wrong choices are terms of the same kind from elsewhere in the
 * corpus (a company for a company, a percentage for a percentage, of similar length), never one
 * the passage itself contains.
 */
import { sentenceRanges, SOURCE_OR_NOTE_LINE, TABLE_ROW } from '../../core/text.ts';
import { fill } from '../../core/i18n.ts';
import type { Passage } from '../../core/types.ts';
import { CHOICE_COUNT, checkDraft, normalizeChoice, type DraftItem } from '../items.ts';
import { stableHash } from '../random.ts';
import type { FoundTerm, TermFinder } from '../terms.ts';
import { studyText } from '../text.ts';

/** Items from one passage, at most (from different sentences). */
export const CLOZE_PER_PASSAGE = 2;
export const SENTENCE_MIN_CHARS = 20;
export const SENTENCE_MAX_CHARS = 150;
/** A term in more than this share of all passages is what everything is about (AI, Alibaba): blanking it teaches nothing. */
export const COMMON_TERM_SHARE = 0.25;
/** The same answer in at most this many items. */
export const ITEMS_PER_ANSWER_MAX = 2;
const KIND_ORDER: Record<FoundTerm['kind'], number> = { name: 0, number: 1, term: 2 };
const HIRAGANA = /[\u3041-\u3096]/;

interface PoolEntry {
  text: string;
  /** Passages it occurs in. */
  passages: Set<string>;
  value?: number;
}

/** Every term of the corpus by kind, the wrong choices' pool. */
export class TermPool {
  readonly #groups = new Map<string, Map<string, PoolEntry>>();

  add(term: FoundTerm, passageId: string): void {
    const group = this.#groups.get(term.group) ?? new Map<string, PoolEntry>();
    this.#groups.set(term.group, group);
    const key = normalizeChoice(term.text);
    const entry = group.get(key) ?? { text: term.text, passages: new Set<string>(), value: term.value };
    entry.passages.add(passageId);
    group.set(key, entry);
  }

  passagesWith(term: FoundTerm): number {
    return this.#groups.get(term.group)?.get(normalizeChoice(term.text))?.passages.size ?? 0;
  }

  /** Wrong choices for `answer` in a passage, best first: same kind, not in the passage, not the same thing under another name. */
  distractors(answer: FoundTerm, passageText: string, finder: TermFinder, count: number): string[] {
    const group = this.#groups.get(answer.group);
    if (!group) return [];
    const answerKey = normalizeChoice(answer.text);
    const passage = normalizeChoice(passageText);
    const answerConcepts = finder.conceptsOf(answer.text);
    const length = [...answer.text].length;
    const candidates = [...group.entries()]
      .filter(([key]) => key !== answerKey && !key.includes(answerKey) && !answerKey.includes(key) && !passage.includes(key))
      .map(([key, entry]) => ({
        entry,
        distance:
          answer.value !== undefined && entry.value !== undefined && answer.value > 0 && entry.value > 0
            ? Math.abs(Math.log10(entry.value / answer.value))
            : Math.abs([...entry.text].length - length),
        tie: stableHash(`${answerKey}|${key}`),
      }))
      .sort((a, b) => a.distance - b.distance || b.entry.passages.size - a.entry.passages.size || a.tie.localeCompare(b.tie));
    const out: string[] = [];
    const taken = new Set<string>();
    for (const { entry } of candidates) {
      const concepts = finder.conceptsOf(entry.text);
      if ([...concepts].some((concept) => answerConcepts.has(concept))) continue;
      // Two wrong choices that are one thing under two names (Alibaba, アリババ) would give themselves away.
      if ([...concepts].some((concept) => taken.has(concept))) continue;
      concepts.forEach((concept) => taken.add(concept));
      out.push(entry.text);
      if (out.length === count) break;
    }
    return out;
  }
}

/** The sentences of a passage worth blanking, best first: the slide's lead, then sentences with names or numbers. */
export function keySentences(passage: Passage): string[] {
  const lines = passage.text.split('\n');
  const candidates = lines.flatMap((line) => (passage.location.slide !== undefined ? [line.trim()] : sentenceRanges(line).map((range) => range.text)));
  const usable = (sentence: string) =>
    [...sentence].length >= SENTENCE_MIN_CHARS &&
    [...sentence].length <= SENTENCE_MAX_CHARS &&
    HIRAGANA.test(sentence) &&
    !SOURCE_OR_NOTE_LINE.test(sentence) &&
    !TABLE_ROW.test(sentence);
  // A split slide's later parts share its lead but do not contain it: only the part that holds it may quote it.
  const lead = passage.heading?.trim();
  const ordered = lead && usable(lead) && passage.text.includes(lead) ? [lead, ...candidates.filter((sentence) => sentence !== lead)] : candidates;
  return [...new Set(ordered.filter(usable))];
}

/** The sentence with every occurrence of `term` replaced by the blank. */
function blankOut(sentence: string, term: string): string {
  return sentence.split(term).join(studyText.clozeBlank.ja);
}

function clozeDraft(passage: Passage, sentence: string, term: FoundTerm, pool: TermPool, finder: TermFinder): DraftItem | undefined {
  const distractors = pool.distractors(term, passage.text, finder, CHOICE_COUNT - 1);
  if (distractors.length < CHOICE_COUNT - 1) return undefined;
  return {
    kind: 'cloze',
    form: `cloze-${term.kind}`,
    question: fill(studyText.cloze.ja, { sentence: blankOut(sentence, term.text) }),
    answer: term.text,
    distractors,
    source: { doc: passage.doc, passage: passage.id, location: passage.location, quote: sentence },
    passageText: passage.text,
    alsoRight: [],
    distractorsOutsidePassage: true,
    conceptsOf: (text) => finder.conceptsOf(text),
  };
}

/** Cloze drafts for every passage; each already passes the item checks. */
export function clozeDrafts(passages: readonly Passage[], finder: TermFinder): DraftItem[] {
  const pool = new TermPool();
  const sentencesOf = new Map<Passage, Array<{ sentence: string; terms: FoundTerm[] }>>();
  for (const passage of passages) {
    const sentences = keySentences(passage).map((sentence) => ({ sentence, terms: finder.terms(sentence) }));
    sentencesOf.set(passage, sentences);
    for (const { terms } of sentences) for (const term of terms) pool.add(term, passage.id);
  }
  const out: DraftItem[] = [];
  const answerUses = new Map<string, number>();
  const common = Math.max(3, passages.length * COMMON_TERM_SHARE);
  for (const passage of passages) {
    const made: DraftItem[] = [];
    const usedAnswers = new Set<string>();
    for (const { sentence, terms } of sentencesOf.get(passage) ?? []) {
      if (made.length === CLOZE_PER_PASSAGE) break;
      // Names first, then numbers, then compounds; terms found in more passages are the key ones.
      const ranked = [...terms].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || pool.passagesWith(b) - pool.passagesWith(a) || b.text.length - a.text.length || a.start - b.start);
      for (const term of ranked) {
        const key = normalizeChoice(term.text);
        if (usedAnswers.has(key) || (answerUses.get(key) ?? 0) >= ITEMS_PER_ANSWER_MAX || pool.passagesWith(term) > common) continue;
        const draft = clozeDraft(passage, sentence, term, pool, finder);
        if (!draft || checkDraft(draft).length > 0) continue;
        made.push(draft);
        usedAnswers.add(key);
        answerUses.set(key, (answerUses.get(key) ?? 0) + 1);
        break;
      }
    }
    out.push(...made);
  }
  return out;
}
