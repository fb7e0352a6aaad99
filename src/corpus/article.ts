/**
 * Paragraphs of an article (Markdown or plain text), with repeated copies folded: some saved
 * pages hold the text several times over, whole, cut mid-sentence, or run together into one line.
 * Every sentence is kept once, in the first place it appears, and a copy cut short never wins
 * over the whole sentence.
 */
import { endsWithStop, fold, splitSentences } from '../core/text.ts';

export interface ArticleParagraph {
  /** Markdown heading the paragraph sits under, if any. */
  section?: string;
  sentences: string[];
}

/** Separators between saved copies, and other lines that are not text. */
const SEPARATOR = /^(?:-{3,}\s*END\s*-{3,}|-{3,}|\*{3,}|_{3,})$/i;
const HEADING = /^#{1,6}\s+(.+?)\s*#*$/;

/** Plain text from a line of Markdown: emphasis, links, inline code and images unwrapped. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/^>\s?/, '')
    .trim();
}

/** The form two copies of a sentence share: no spaces, no markup. */
function sentenceKey(sentence: string): string {
  return fold(sentence).replace(/[\s*_`]/g, '');
}


const bigramCache = new Map<string, Set<string>>();

function bigramSet(text: string): Set<string> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const set = new Set<string>();
  if (bigramCache.size > 10_000) bigramCache.clear();
  bigramCache.set(text, set);
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

/** Two copies of one sentence that differ by a word or two (させる / する). */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > Math.max(4, 0.08 * Math.max(a.length, b.length))) return false;
  if (a.length < 20) return false;
  const x = bigramSet(a);
  const y = bigramSet(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.85;
}

interface Place {
  paragraph: number;
  index: number;
}

export function splitArticleIntoParagraphs(body: string, title?: string): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  const seen = new Map<string, Place>();
  const titleKey = title ? sentenceKey(title) : undefined;
  let section: string | undefined;

  const findCopy = (key: string): Place | undefined => {
    const exact = seen.get(key);
    if (exact) return exact;
    for (const [known, place] of seen) {
      // A copy cut short is a prefix of the whole sentence; a whole sentence may also arrive after its cut copy.
      if (known.startsWith(key) || nearlySame(known, key)) return place;
    }
    return undefined;
  };

  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const textLines: string[] = [];
    for (const line of lines) {
      const heading = HEADING.exec(line);
      if (heading) {
        section = stripMarkdown(heading[1]!);
        continue;
      }
      if (SEPARATOR.test(line)) continue;
      textLines.push(stripMarkdown(line));
    }
    if (textLines.length === 0) continue;
    let previous: Place | undefined;
    for (const sentence of splitSentences(textLines.join(''))) {
      const key = sentenceKey(sentence);
      if (!key || key === titleKey) continue;
      // The title run together with the first sentence of a copy.
      const withoutTitle = titleKey && key.startsWith(titleKey) ? key.slice(titleKey.length) : key;
      const copy = findCopy(withoutTitle);
      if (copy) {
        previous = copy;
        continue;
      }
      const sentenceAt = (place: Place) => paragraphs[place.paragraph]!.sentences[place.index]!;
      const truncatedEarlier = [...seen.entries()].find(([known, place]) => withoutTitle.startsWith(known) && !endsWithStop(sentenceAt(place)));
      if (truncatedEarlier) {
        // The earlier copy was cut mid-sentence: put the whole sentence in its place.
        const [known, place] = truncatedEarlier;
        paragraphs[place.paragraph]!.sentences[place.index] = withoutTitle === key ? sentence : sentence.slice(sentence.length - withoutTitle.length);
        seen.delete(known);
        seen.set(withoutTitle, place);
        previous = place;
        continue;
      }
      const text = withoutTitle === key ? sentence : stripTitle(sentence, title!);
      const target = previous && isLast(paragraphs, previous) ? previous.paragraph : undefined;
      if (target === undefined) {
        paragraphs.push({ section, sentences: [text] });
        previous = { paragraph: paragraphs.length - 1, index: 0 };
      } else {
        paragraphs[target]!.sentences.push(text);
        previous = { paragraph: target, index: paragraphs[target]!.sentences.length - 1 };
      }
      seen.set(withoutTitle, previous);
    }
  }
  return paragraphs.filter((p) => p.sentences.length > 0);
}

/** Whether a sentence ends its paragraph, so that what follows it in a copy may continue the paragraph. */
function isLast(paragraphs: ArticleParagraph[], place: Place): boolean {
  return place.index === paragraphs[place.paragraph]!.sentences.length - 1;
}

function stripTitle(sentence: string, title: string): string {
  return sentence.startsWith(title) ? sentence.slice(title.length).trim() : sentence;
}
