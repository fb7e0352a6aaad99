/**
 * Aliases: spellings and translations of one concept (アリババ / Alibaba / 阿里巴巴), read from
 * `corpus/aliases.yaml`. Where any spelling occurs, the analyser adds the concept's term, so a
 * question in one spelling reaches passages written in another.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize } from './normalize.ts';

/** Marks a concept term; never produced by tokenising text, since symbols are dropped. */
export const CONCEPT_PREFIX = '§';

const aliasFileSchema = z.object({
  groups: z.array(z.array(z.union([z.string(), z.number()]).transform(String)).min(1)).min(1),
});

export interface AliasGroup {
  /** The concept's term, `§` + the group's first spelling normalised. */
  concept: string;
  /** The group's spellings, normalised. */
  spellings: string[];
}

export interface AliasMatch {
  concept: string;
  /** Range in the normalised text. */
  start: number;
  end: number;
}

const KATAKANA = /[\u30a0-\u30ff]/;
const ASCII_WORD = /^[a-z0-9][a-z0-9 .+'\-]*$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A spelling as a regular-expression alternative with the boundaries it needs. */
function spellingPattern(spelling: string): string {
  const body = escapeRegExp(spelling).replace(/ /g, '[ \\-]?');
  if (ASCII_WORD.test(spelling)) {
    // Whole English words, with common inflections.
    return `(?<![a-z0-9])${body}(?:s|es|ed|ing|'s)?(?![a-z0-9])`;
  }
  let pattern = body;
  if (KATAKANA.test(spelling[0] ?? '')) pattern = `(?<![\\u30a0-\\u30ff])${pattern}`;
  if ([...spelling].length <= 3 && KATAKANA.test(spelling.at(-1) ?? '')) pattern = `${pattern}(?![\\u30a1-\\u30fa\\u30fc])`;
  return pattern;
}

export class AliasTable {
  readonly groups: AliasGroup[];
  private readonly pattern: RegExp | undefined;
  private readonly conceptBySpelling = new Map<string, string>();
  private readonly spellingsByPattern: string[] = [];
  /** Shorter spellings inside each spelling (延滞率 in 残高延滞率), found along with it. */
  private readonly nested = new Map<string, Array<{ concept: string; offset: number; length: number }>>();

  constructor(groups: string[][]) {
    this.groups = groups.map((spellings) => {
      const normalised = [...new Set(spellings.map((s) => normalize(s).trim()).filter(Boolean))];
      return { concept: CONCEPT_PREFIX + (normalised[0] ?? ''), spellings: normalised };
    });
    for (const group of this.groups) {
      for (const spelling of group.spellings) {
        if (!this.conceptBySpelling.has(spelling)) this.conceptBySpelling.set(spelling, group.concept);
      }
    }
    // Longest spellings first, so アント・グループ wins over アント at the same place.
    const spellings = [...this.conceptBySpelling.keys()].sort((a, b) => b.length - a.length);
    this.spellingsByPattern = spellings;
    for (const outer of spellings) {
      const inner: Array<{ concept: string; offset: number; length: number }> = [];
      for (const candidate of spellings) {
        if (candidate.length >= outer.length || ASCII_WORD.test(candidate)) continue;
        for (let offset = outer.indexOf(candidate); offset >= 0; offset = outer.indexOf(candidate, offset + 1)) {
          // The katakana boundary rule holds inside a spelling too (アント is not in ジャイアント).
          if (offset > 0 && KATAKANA.test(candidate[0]!) && KATAKANA.test(outer[offset - 1]!)) continue;
          inner.push({ concept: this.conceptBySpelling.get(candidate)!, offset, length: candidate.length });
        }
      }
      if (inner.length > 0) this.nested.set(outer, inner);
    }
    this.pattern = spellings.length
      ? new RegExp(spellings.map((s) => `(${spellingPattern(s)})`).join('|'), 'gu')
      : undefined;
  }

  /** Find every spelling in normalised text, with the concept it stands for. */
  find(normalisedText: string): AliasMatch[] {
    if (!this.pattern) return [];
    const matches: AliasMatch[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(normalisedText); m; m = this.pattern.exec(normalisedText)) {
      const groupIndex = m.slice(1).findIndex((g) => g !== undefined);
      const spelling = this.spellingsByPattern[groupIndex];
      const concept = spelling === undefined ? undefined : this.conceptBySpelling.get(spelling);
      if (concept) matches.push({ concept, start: m.index, end: m.index + m[0].length });
      for (const inner of this.nested.get(spelling ?? '') ?? []) {
        if (inner.concept !== concept) matches.push({ concept: inner.concept, start: m.index + inner.offset, end: m.index + inner.offset + inner.length });
      }
      if (m[0].length === 0) this.pattern.lastIndex++;
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

/** Alias files in a corpus folder: `aliases.yaml` and any `aliases-*.yaml` (an English glossary, say). */
export const ALIAS_FILE_PATTERN = /^aliases(?:-[\w-]+)?\.ya?ml$/;

/** Read every alias file of a corpus folder; no file means no aliases. Throws naming a bad file. */
export async function loadAliases(corpusDir: string): Promise<AliasTable> {
  const names = (await readdir(corpusDir)).filter((n) => ALIAS_FILE_PATTERN.test(n)).sort();
  const groups: string[][] = [];
  for (const name of names) {
    const text = await readFile(path.join(corpusDir, name), 'utf8');
    try {
      groups.push(...aliasFileSchema.parse(parse(text) ?? { groups: [] }).groups);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message}`);
    }
  }
  return new AliasTable(groups);
}
