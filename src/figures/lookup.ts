/**
 * Finding figures by what people call them: an id (autocomplete sends ids), a title or alias in
 * Japanese or English, a few words, or a whole question («アントの延滞率の推移は？»).
 */
import { diceSimilarity, englishWords, foldName, isLatinName } from './names.ts';
import type { Figure } from './schema.ts';

export interface FigureMatch {
  figure: Figure;
  /** 0..1 for names (`rankFigures`), matched characters for questions (`matchFigures`). */
  score: number;
  /** The title or alias that matched best. */
  name: string;
}

export type FigureResolution =
  | { kind: 'found'; figure: Figure }
  | { kind: 'ambiguous'; candidates: Figure[] }
  | { kind: 'unknown'; suggestions: Figure[] };

/** A name this good (a containment or near-exact spelling) is taken as meant. */
const RESOLVE_THRESHOLD = 0.5;
/** Two names closer than this are a tie: ask rather than guess. */
const TIE_MARGIN = 0.05;
const SUGGESTION_COUNT = 5;
/** Below this a "closest figure" has only a letter pair in common with the name: not worth offering. */
const SUGGESTION_THRESHOLD = 0.15;

export function namesOf(figure: Figure): string[] {
  return [figure.title.ja, figure.title.en, ...figure.aliases];
}

/** How well `query` names one of the figure's names, 0..1. Alias words apart by spaces may come in any order. */
function nameScore(name: string, query: string): number {
  const foldedQuery = foldName(query);
  const foldedName = foldName(name);
  if (foldedQuery === '' || foldedName === '') return 0;
  if (foldedQuery === foldedName) return 1;
  const parts = name.split(/\s+/).map(foldName).filter(Boolean);
  const covered = (longer: string, shorter: string) => 0.5 + 0.4 * (shorter.length / longer.length);
  if (parts.every((part) => foldedQuery.includes(part))) return covered(foldedQuery, parts.join(''));
  if (foldedName.includes(foldedQuery) && foldedQuery.length >= 2) return covered(foldedName, foldedQuery);
  // Character pairs across English words find chance overlaps (`qwerty` ~ `partner`); compare word by word.
  if (isLatinName(name) && isLatinName(query)) return 0.8 * wordSimilarity(englishWords(name), englishWords(query));
  return 0.8 * diceSimilarity(name, query);
}

/** A word counts as shared when it is spelled nearly alike (`delinquincy` ~ `delinquency`). */
const SAME_WORD_SIMILARITY = 0.7;

function wordSimilarity(nameWords: readonly string[], queryWords: readonly string[]): number {
  const shared = queryWords.filter((word) => nameWords.some((nameWord) => diceSimilarity(word, nameWord) >= SAME_WORD_SIMILARITY)).length;
  return nameWords.length + queryWords.length === 0 ? 0 : (2 * shared) / (nameWords.length + queryWords.length);
}

function bestName(figure: Figure, query: string): FigureMatch {
  let best: FigureMatch = { figure, score: 0, name: figure.title.ja };
  for (const name of namesOf(figure)) {
    const score = nameScore(name, query);
    if (score > best.score) best = { figure, score, name };
  }
  return best;
}

/** Figures by how well `query` names them, best first; ties keep catalogue order. */
export function rankFigures(figures: readonly Figure[], query: string): FigureMatch[] {
  return figures
    .map((figure) => bestName(figure, query))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The figure an id or name means, the candidates when several fit as well, or the closest ones. */
export function resolveFigure(figures: readonly Figure[], query: string): FigureResolution {
  const byId = figures.find((figure) => figure.id === query.trim());
  if (byId) return { kind: 'found', figure: byId };
  const ranked = rankFigures(figures, query);
  const [best, second] = ranked;
  if (best && best.score >= RESOLVE_THRESHOLD) {
    if (!second || second.score < best.score - TIE_MARGIN) return { kind: 'found', figure: best.figure };
    return { kind: 'ambiguous', candidates: ranked.filter((match) => match.score >= best.score - TIE_MARGIN).map((match) => match.figure) };
  }
  const suggestions = ranked.filter((match) => match.score >= SUGGESTION_THRESHOLD).slice(0, SUGGESTION_COUNT);
  return { kind: 'unknown', suggestions: suggestions.map((match) => match.figure) };
}

/** Choices for an autocomplete box: the catalogue in order when nothing is typed yet. */
export function figureChoices(figures: readonly Figure[], typed: string, limit: number): FigureMatch[] {
  if (foldName(typed) === '') return figures.slice(0, limit).map((figure) => ({ figure, score: 0, name: figure.title.ja }));
  return rankFigures(figures, typed).slice(0, limit);
}

/** Latin names shorter than this (`fine`, `BaaS`) are too common as words to trigger a figure. */
const MIN_LATIN_NAME_LENGTH = 4;
const MAX_QUESTION_MATCHES = 3;

/** How many characters of `name` a question contains: all its space-separated words, or 0. */
function questionCoverage(name: string, foldedQuestion: string, askedStems: ReadonlySet<string>): number {
  const { latin, pieces, length } = askedName(name);
  if (latin) return length >= MIN_LATIN_NAME_LENGTH && pieces.every((stem) => askedStems.has(stem)) ? length : 0;
  return pieces.length > 0 && pieces.every((part) => foldedQuestion.includes(part)) ? length : 0;
}

/** A name as questions are matched against it: its stemmed words (a Latin name) or its folded parts, and their length. */
interface AskedName {
  latin: boolean;
  pieces: string[];
  length: number;
}
/** Prepared once per name, not on every question (the catalogue's names are few and fixed). */
const askedNames = new Map<string, AskedName>();
function askedName(name: string): AskedName {
  let asked = askedNames.get(name);
  if (!asked) {
    if (isLatinName(name)) {
      const words = englishWords(name);
      asked = { latin: true, pieces: words.map(stemLatin), length: words.join('').length };
    } else {
      const parts = name.split(/\s+/).map(foldName).filter(Boolean);
      asked = { latin: false, pieces: parts, length: parts.join('').length };
    }
    askedNames.set(name, asked);
  }
  return asked;
}

/** An English word without its commonest endings, so "invest" names "investment" and "rates" "rate". */
function stemLatin(word: string): string {
  return word.length > 5 ? word.replace(/(?:ments?|ing|ed|es|s)$/, '') : word.replace(/s$/, '');
}

/**
 * The figures a question asks about, for /ask to show their cards: those naming a title or alias
 * most specifically (the longest name wins; ties, like the two delinquency charts for «延滞率», all
 * come back). Empty when the question names no figure.
 */
export function matchFigures(figures: readonly Figure[], question: string): FigureMatch[] {
  const foldedQuestion = foldName(question);
  const askedStems = new Set(englishWords(question).map(stemLatin));
  const matches = figures
    .map((figure) => {
      let best: FigureMatch = { figure, score: 0, name: '' };
      for (const name of namesOf(figure)) {
        const score = questionCoverage(name, foldedQuestion, askedStems);
        if (score > best.score) best = { figure, score, name };
      }
      return best;
    })
    .filter((match) => match.score > 0);
  const top = Math.max(0, ...matches.map((match) => match.score));
  return matches.filter((match) => match.score === top).slice(0, MAX_QUESTION_MATCHES);
}

/** The one figure a question asks about most specifically, if any. */
export function matchFigure(figures: readonly Figure[], question: string): Figure | undefined {
  return matchFigures(figures, question)[0]?.figure;
}
