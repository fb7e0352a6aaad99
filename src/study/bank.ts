/**
 * The item bank: every item generated from the documents and the figure catalogue, each checked
 * (items that fail a check are dropped, never shown). Built once per engine and kept; the same
 * documents give the same bank, in the same order, with the same ids.
 */
import type { Shiori } from '../answer/engine.ts';
import type { DocumentMeta, Passage } from '../core/types.ts';
import type { Figure } from '../figures/schema.ts';
import { clozeDrafts, keySentences } from './generate/cloze.ts';
import { definitionDrafts } from './generate/definitions.ts';
import { figureDrafts } from './generate/figures.ts';
import { checkDraft, finishDraft, normalizeChoice, type DraftItem, type ItemProblem, type QuizItem } from './items.ts';
import { seededRandom, shuffled, stableHash } from './random.ts';
import { termFinderFor, type TermFinder } from './terms.ts';

/** What the generator reads: the engine's documents, passages and figures. */
export interface StudyCorpus {
  documents: readonly DocumentMeta[];
  passages: readonly Passage[];
  figures: readonly Figure[];
}

export interface ItemBank {
  items: readonly QuizItem[];
  /** Drafts dropped by the checks, by reason: what the generator tried and refused. */
  dropped: Partial<Record<ItemProblem, number>>;
}

export function corpusOf(engine: Pick<Shiori, 'documents' | 'passages' | 'figures'>): StudyCorpus {
  const documents = engine.documents();
  return { documents, passages: documents.flatMap((document) => engine.passages(document.id)), figures: engine.figures() };
}

function itemId(draft: DraftItem): string {
  return `${draft.kind}-${stableHash(`${draft.source.passage}|${draft.form}|${draft.question}|${normalizeChoice(draft.answer)}`)}`;
}

/** Choices in an order fixed by the item's id: the same item always shows the same order. */
function orderFor(id: string) {
  return (choices: string[]) => shuffled(choices, seededRandom(Number.parseInt(stableHash(`order|${id}`, 8), 16)));
}

/** Generate, check and number every item of a corpus. */
export function buildBank(corpus: StudyCorpus, finder: TermFinder): ItemBank {
  const drafts = [...figureDrafts(corpus.figures, corpus.passages), ...clozeDrafts(corpus.passages, finder), ...definitionDrafts(corpus.passages)];
  const dropped: ItemBank['dropped'] = {};
  const items = new Map<string, QuizItem>();
  for (const draft of drafts) {
    const problems = checkDraft(draft);
    if (problems.length > 0) {
      for (const problem of problems) dropped[problem] = (dropped[problem] ?? 0) + 1;
      continue;
    }
    const id = itemId(draft);
    if (!items.has(id)) items.set(id, finishDraft(draft, id, orderFor(id)));
  }
  return { items: [...items.values()], dropped };
}

/** Gives the event loop a turn, so that a bot goes on answering while its bank is built. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Find the terms of every passage's key sentences and their concepts, a passage per turn of the
 * event loop: the slow part of building a bank (kuromoji, the analyzer), which the finder keeps,
 * so that buildBank, which cannot be interrupted, then takes a fraction of the time. Built when the bot connects, the bank
 * must not hold up a question asked in its first seconds past Discord's 3 s.
 */
async function findTermsInTurns(corpus: StudyCorpus, finder: TermFinder): Promise<void> {
  for (const passage of corpus.passages) {
    // The terms and their concepts (what tells a wrong choice from the answer), both kept by the finder.
    for (const sentence of keySentences(passage)) for (const term of finder.terms(sentence)) finder.conceptsOf(term.text);
    await nextTurn();
  }
}

const banks = new WeakMap<object, Promise<ItemBank>>();

/** The bank for an open engine, built on first use and kept. */
export function itemBankFor(engine: Shiori): Promise<ItemBank> {
  let bank = banks.get(engine);
  if (!bank) {
    bank = termFinderFor(engine).then(async (finder) => {
      const corpus = corpusOf(engine);
      await findTermsInTurns(corpus, finder);
      return buildBank(corpus, finder);
    });
    bank.catch(() => banks.delete(engine));
    banks.set(engine, bank);
  }
  return bank;
}
