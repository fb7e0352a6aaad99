/**
 * Aliases: spellings and translations of one concept (アリババ / Alibaba / 阿里巴巴), read from
 * `corpus/aliases.yaml`. Where any spelling occurs, the analyser adds the concept's term, so a
 * question in one spelling reaches passages written in another.
 */
import { readFile } from 'node:fs/promises';
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

/** Read `aliases.yaml` from a corpus folder; no file means no aliases. */
export async function loadAliases(file: string): Promise<{ table: AliasTable; text: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { table: new AliasTable([]), text: '' };
    throw error;
  }
  return { table: parseAliases(text), text };
}
