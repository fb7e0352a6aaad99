/**
 * Aliases: spellings and translations of one concept (アリババ / Alibaba / 阿里巴巴), read from
 * `corpus/aliases.yaml`. Where any spelling occurs, the analyzer adds the concept's term, so a
 * question in one spelling reaches passages written in another.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ALIAS_FILE_PATTERN } from '../core/paths.ts';
import { normalize } from './normalize.ts';

/** Marks a concept term; never produced by tokenising text, since symbols are dropped. */
export const CONCEPT_PREFIX = '§';

const aliasFileSchema = z.object({
  groups: z.array(z.array(z.union([z.string(), z.number()]).transform(String)).min(1)).min(1),
});

export interface AliasGroup {
  /** The concept's term, `§` + the group's first spelling normalized. */
  concept: string;
  /** The group's spellings, normalized. */
  spellings: string[];
}

export interface AliasMatch {
  concept: string;
  /** Range in the normalized text. */
  start: number;
  end: number;
}

const KATAKANA = /[\u30a0-\u30ff]/;
/** Katakana letters and ー, not the ・ that separates words (AI・クラウド). */
const KATAKANA_LETTER = /[\u30a1-\u30fa\u30fc]/;
const ASCII_WORD = /^[a-z0-9][a-z0-9 .+'-]*$/;
const ALNUM = /[a-z0-9]/;
/** Endings an English spelling may take: invest → invests, invested, investing; Ant → Ant's. */
const ENGLISH_ENDINGS = ["'s", 'ing', 'es', 'ed', 's', ''];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The spelling that ends here, if any. */
  spelling?: string;
}

/**
 * Spellings are found with a trie: at each position, the longest spelling whose boundaries hold
 * wins, as a regular expression of longest-first alternatives would choose, but in time that
 * does not grow with the number of spellings.
 */
export class AliasTable {
  readonly groups: AliasGroup[];
  private readonly root: TrieNode = { next: new Map() };
  private readonly conceptBySpelling = new Map<string, string>();
  /** Shorter spellings inside each spelling (延滞率 in 残高延滞率), found along with it. */
  private readonly nested = new Map<string, Array<{ concept: string; offset: number; length: number }>>();

  /**
   * `groups` as read from alias files; `normalized: true` when they are already in search form
   * (the groups an index was built with), which saves normalizing every spelling at each start.
   */
  constructor(groups: readonly (readonly string[])[], { normalized = false }: { normalized?: boolean } = {}) {
    this.groups = groups.map((spellings) => {
      const spelled = normalized ? spellings : spellings.map((s) => normalize(s).trim());
      const inSearchForm = [...new Set(spelled.filter(Boolean))];
      return { concept: CONCEPT_PREFIX + (inSearchForm[0] ?? ''), spellings: inSearchForm };
    });
    for (const group of this.groups) {
      for (const spelling of group.spellings) {
        if (this.conceptBySpelling.has(spelling)) continue;
        this.conceptBySpelling.set(spelling, group.concept);
        // "credit tech" also matches credit-tech and credittech.
        const forms = ASCII_WORD.test(spelling) && spelling.includes(' ') ? [spelling, spelling.replace(/ /g, '-'), spelling.replace(/ /g, '')] : [spelling];
        for (const form of forms) this.insert(form, spelling);
      }
    }
    for (const outer of this.conceptBySpelling.keys()) {
      if (ASCII_WORD.test(outer)) continue;
      const inner: Array<{ concept: string; offset: number; length: number }> = [];
      for (let offset = 0; offset < outer.length; offset++) {
        for (const [end, spelling] of this.candidatesAt(outer, offset)) {
          if (end - offset >= outer.length || ASCII_WORD.test(spelling)) continue;
          // The katakana boundary rule holds inside a spelling too (アント is not in ジャイアント).
          if (offset > 0 && KATAKANA.test(spelling[0]!) && KATAKANA_LETTER.test(outer[offset - 1]!)) continue;
          inner.push({ concept: this.conceptBySpelling.get(spelling)!, offset, length: end - offset });
        }
      }
      if (inner.length > 0) this.nested.set(outer, inner);
    }
  }

  private insert(form: string, spelling: string): void {
    let node = this.root;
    for (const ch of form) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.spelling ??= spelling;
  }

  /** Spellings that start at `start`, longest first, as [end, spelling]. */
  private candidatesAt(text: string, start: number): Array<[number, string]> {
    const found: Array<[number, string]> = [];
    let node: TrieNode | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.spelling !== undefined) found.push([i + 1, node.spelling]);
    }
    return found.reverse();
  }

  /** Where a spelling found at [start, end) really ends, or undefined when its boundaries do not hold. */
  private matchEnd(text: string, start: number, end: number, spelling: string): number | undefined {
    const before = text[start - 1] ?? '';
    if (ASCII_WORD.test(spelling)) {
      if (ALNUM.test(before)) return undefined;
      for (const ending of ENGLISH_ENDINGS) {
        if (ending && !text.startsWith(ending, end)) continue;
        if (!ALNUM.test(text[end + ending.length] ?? '')) return end + ending.length;
      }
      return undefined;
    }
    if (KATAKANA.test(spelling[0] ?? '') && KATAKANA_LETTER.test(before)) return undefined;
    if ([...spelling].length <= 3 && KATAKANA.test(spelling.at(-1) ?? '') && KATAKANA_LETTER.test(text[end] ?? '')) return undefined;
    return end;
  }

  /** Find every spelling in normalized text, with the concept it stands for. */
  find(normalizedText: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    for (let i = 0; i < normalizedText.length; ) {
      // Most characters start no spelling: nothing is made for them.
      if (!this.root.next.has(normalizedText[i]!)) {
        i++;
        continue;
      }
      let matchedEnd: number | undefined;
      for (const [end, spelling] of this.candidatesAt(normalizedText, i)) {
        matchedEnd = this.matchEnd(normalizedText, i, end, spelling);
        if (matchedEnd === undefined) continue;
        const concept = this.conceptBySpelling.get(spelling)!;
        matches.push({ concept, start: i, end: matchedEnd });
        for (const inner of this.nested.get(spelling) ?? []) {
          if (inner.concept !== concept) matches.push({ concept: inner.concept, start: i + inner.offset, end: i + inner.offset + inner.length });
        }
        break;
      }
      i = matchedEnd ?? i + 1;
    }
    return matches;
  }

  /** The spellings of a concept, for explaining or highlighting. */
  spellingsOf(concept: string): string[] {
    return this.groups.find((g) => g.concept === concept)?.spellings ?? [];
  }
}

/** Parse the alias file's text; throws a zod error naming the bad entry. */
export function parseAliases(yamlText: string): AliasTable {
  const data = aliasFileSchema.parse(parse(yamlText) ?? { groups: [] });
  return new AliasTable(data.groups);
}


/** Read every alias file of a corpus folder; no file means no aliases. Throws naming a bad file. */
export async function loadAliases(corpusDir: string): Promise<AliasTable> {
  const names = (await readdir(corpusDir)).filter((n) => ALIAS_FILE_PATTERN.test(n)).sort();
  const groups: string[][] = [];
  for (const name of names) {
    const text = await readFile(path.join(corpusDir, name), 'utf8');
    try {
      groups.push(...aliasFileSchema.parse(parse(text) ?? { groups: [] }).groups);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message}`, { cause: error });
    }
  }
  return new AliasTable(groups);
}
