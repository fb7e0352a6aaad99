/**
 * General vocabulary from a kept dictionary: Sudachi's synonym dictionary (npm
 * `sudachi-synonyms-dictionary`, Apache-2.0, © Works Applications), 26,000 groups of spellings
 * that mean the same (フォルダ = ディレクトリ = directory, 持ち主 = 所有者, 消す = 削除 = delete).
 *
 * At index build only the groups that touch the corpus's vocabulary are compiled, keyed by this
 * project's own analyzer so that a key is exactly a term the index holds; the index stores them,
 * so no 14 MB JSON is read at question time. A question's word then also matches the other
 * spellings of its group, at a lower weight than the asker's own word. Spellings that are
 * ambiguous (in several groups, one character, an abbreviation of a company name, short kana
 * that are fragments of loanwords) are left out, so that MB does not expand to three companies.
 * The hand-written alias files stay for the names particular to the documents.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Analyzer } from './analyzer.ts';
import { stemKatakana } from './analyzer.ts';

interface SudachiItem {
  expandControl: number;
  ryakusyou: string;
  bunya: string[];
  midashi: string;
}
interface SudachiGroup {
  id: string;
  items: SudachiItem[];
}

const require = createRequire(import.meta.url);

/** The package's `exports` hide its JSON and its ESM entry is missing: read the file beside the CommonJS main. */
function dictionaryFile(): { file: string; version: string } {
  const dir = path.dirname(require.resolve('sudachi-synonyms-dictionary'));
  const version = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { file: path.join(dir, 'sudachi-synonyms-dictionary.json'), version };
}

/** What decides which groups are compiled; part of the index's version. */
export const SYNONYM_SETTINGS = {
  version: 1,
  dictionary: dictionaryFile().version,
  /** A spelling in more groups than this is left out, unless it is the primary sense of exactly one. */
  maxGroups: 2,
  /** Domains whose abbreviations name someone, not something (野村 for 野村證券, MB for three companies). */
  nameDomains: ['企業名', '旧企業名', '組織名', '大学名', '人名'],
} as const;

/** Marks a spelling Sudachi does not expand from (expandControl 1): matched through, at a lower weight. */
export const WEAK_PREFIX = '~';

const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30fa\u30fc]+$/;
const ASCII = /^[\x20-\x7e]+$/;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** A spelling of the dictionary with what decides whether it is too ambiguous to use. */
interface Spelling {
  cheap: string;
  midashi: string;
  weak: boolean;
  abbreviation: boolean;
  acronym: boolean;
  name: boolean;
  /** Groups its cheap key is in, over the whole dictionary. */
  groups: number;
  /** Of those, groups where it does not name someone. */
  plainGroups: number;
  /** Whether this group is the only one where it is a primary spelling. */
  soleSense: boolean;
}

/**
 * A fast stand-in for the analyzer's key (width, case, spaces, katakana stem), to find the groups
 * that may touch the corpus and to count ambiguity over the whole dictionary; the analyzer keys
 * only the groups found.
 */
function cheapKey(spelling: string): string {
  return stemKatakana(spelling.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/** The analyzer's one term for a spelling, or undefined when it does not read as one term. */
function exactKey(analyzer: Analyzer, spelling: string): string | undefined {
  if (ACCENTED.test(spelling)) return undefined;
  const terms = analyzer.analyze(spelling).filter((t) => t.kind !== 'concept');
  const whole = terms.filter((t) => t.start === 0 && t.end === spelling.length);
  return whole.at(-1)?.term;
}

/** Spelling flags as stored: a bit each. */
const FLAG = { weak: 1, abbreviation: 2, acronym: 4, name: 8, soleSense: 16 } as const;
/** A prepared spelling as stored: [cheap key, spelling, flags, groups, plain groups]. */
type StoredSpelling = [cheap: string, midashi: string, flags: number, groups: number, plainGroups: number];

/**
 * The dictionary read and its ambiguity counted over every group: what does not depend on the
 * corpus. Reading the 14 MB JSON and counting takes about a second; the prepared form is a
 * fraction of that to read, so an index build keeps it (see `toJSON`).
 */
export class SynonymDictionary {
  /** Cheap key → the groups (by index, ascending) with a spelling of that key; made at the first compile. */
  private byCheapKey?: Map<string, number[]>;

  private constructor(private readonly groups: readonly Spelling[][]) {}

  /** Read the package's dictionary and count how many groups each spelling is in. */
  static read(): SynonymDictionary {
    const groups = JSON.parse(readFileSync(dictionaryFile().file, 'utf8')) as SudachiGroup[];
    const nameDomains = new Set<string>(SYNONYM_SETTINGS.nameDomains);
    const stats = new Map<string, { all: Set<string>; primary: Set<string>; plain: Set<string> }>();
    const drafts: Array<{ id: string; items: Array<Omit<Spelling, 'groups' | 'plainGroups' | 'soleSense'>> }> = [];
    for (const group of groups) {
      const items: Array<Omit<Spelling, 'groups' | 'plainGroups' | 'soleSense'>> = [];
      for (const item of group.items) {
        if (item.expandControl === 2) continue; // Sudachi: kept as history, never used
        const cheap = cheapKey(item.midashi);
        if (!cheap) continue;
        const name = item.bunya.some((b) => nameDomains.has(b));
        const acronym = ASCII.test(item.midashi) && (item.ryakusyou === '略語・略称/アルファベット' || /^[A-Z0-9&.-]{2,5}$/.test(item.midashi));
        items.push({ cheap, weak: item.expandControl === 1, abbreviation: item.ryakusyou.startsWith('略語'), acronym, name, midashi: item.midashi });
        let s = stats.get(cheap);
        if (!s) stats.set(cheap, (s = { all: new Set(), primary: new Set(), plain: new Set() }));
        s.all.add(group.id);
        if (item.expandControl === 0) s.primary.add(group.id);
        if (!name) s.plain.add(group.id);
      }
      drafts.push({ id: group.id, items });
    }
    return new SynonymDictionary(
      drafts.map((group) =>
        group.items.map((item) => {
          const s = stats.get(item.cheap)!;
          return { ...item, groups: s.all.size, plainGroups: s.plain.size, soleSense: s.primary.size === 1 && s.primary.has(group.id) };
        }),
      ),
    );
  }

  /** The prepared form, for `fromJSON`. */
  toJSON(): StoredSpelling[][] {
    return this.groups.map((items) =>
      items.map((item): StoredSpelling => {
        const flags = (item.weak ? FLAG.weak : 0) | (item.abbreviation ? FLAG.abbreviation : 0) | (item.acronym ? FLAG.acronym : 0) | (item.name ? FLAG.name : 0) | (item.soleSense ? FLAG.soleSense : 0);
        return [item.cheap, item.midashi, flags, item.groups, item.plainGroups];
      }),
    );
  }

  static fromJSON(stored: StoredSpelling[][]): SynonymDictionary {
    return new SynonymDictionary(
      stored.map((items) =>
        items.map(([cheap, midashi, flags, groups, plainGroups]) => ({
          cheap,
          midashi,
          weak: (flags & FLAG.weak) !== 0,
          abbreviation: (flags & FLAG.abbreviation) !== 0,
          acronym: (flags & FLAG.acronym) !== 0,
          name: (flags & FLAG.name) !== 0,
          soleSense: (flags & FLAG.soleSense) !== 0,
          groups,
          plainGroups,
        })),
      ),
    );
  }

  /**
   * The groups that touch `vocabulary` (the terms and normalized surface forms of the corpus), as
   * lists of analyzer keys, weak ones prefixed with `~`. A group is kept when one of its usable
   * keys is a term of the corpus and it has at least two distinct keys. `keys` remembers the
   * analyzer's key of each spelling across builds (null: not one term), so that a build analyses
   * only spellings it has not met before.
   */
  compile(analyzer: Analyzer, vocabulary: ReadonlySet<string>, keys: Map<string, string | null> = new Map()): string[][] {
    const keyOf = (midashi: string): string | undefined => {
      let key = keys.get(midashi);
      if (key === undefined) keys.set(midashi, (key = exactKey(analyzer, midashi) ?? null));
      return key ?? undefined;
    };
    // The groups with a spelling whose cheap key is in the vocabulary, in the dictionary's order:
    // looked up by key, rather than testing every spelling of the 26,000 groups at every build.
    if (!this.byCheapKey) {
      this.byCheapKey = new Map();
      this.groups.forEach((items, index) => {
        for (const item of items) {
          const list = this.byCheapKey!.get(item.cheap);
          if (!list) this.byCheapKey!.set(item.cheap, [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
      });
    }
    const touched = new Set<number>();
    for (const term of vocabulary) for (const index of this.byCheapKey.get(term) ?? []) touched.add(index);
    const compiled: string[][] = [];
    for (const index of [...touched].sort((a, b) => a - b)) {
      const items = this.groups[index]!;
      const byKey = new Map<string, boolean>();
      let touches = false;
      for (const item of items) {
        const key = keyOf(item.midashi);
        if (key === undefined || ambiguous(item, key)) continue;
        if (vocabulary.has(key)) touches = true;
        // Weak only if every spelling with that key is weak.
        byKey.set(key, (byKey.get(key) ?? true) && item.weak);
      }
      if (!touches || byKey.size < 2) continue;
      compiled.push([...byKey].map(([key, weak]) => (weak ? WEAK_PREFIX + key : key)));
    }
    return compiled;
  }
}

/** Whether a spelling is left out: one character, a number, a short kana fragment, an abbreviation of a name, a spelling of many senses. */
function ambiguous(item: Spelling, key: string): boolean {
  if ([...key].length === 1 || /^[0-9.]+$/.test(key)) return true;
  // Two kana: a fragment of a loanword kuromoji does not know (テン of テンセント) or a short abbreviation.
  if (KANA_ONLY.test(key) && [...key].length <= 2 && (item.abbreviation || item.weak || item.groups > 1)) return true;
  if (item.abbreviation && item.name) return true;
  if (item.acronym) return item.name || item.plainGroups > 1;
  return item.groups > SYNONYM_SETTINGS.maxGroups && !item.soleSense;
}

/** The groups of the dictionary that touch `vocabulary` (see SynonymDictionary.compile), reading the dictionary afresh. */
export function compileSynonyms(analyzer: Analyzer, vocabulary: ReadonlySet<string>): string[][] {
  return SynonymDictionary.read().compile(analyzer, vocabulary);
}

/** Another spelling of a term, and whether the link is weak (Sudachi's expandControl 1 on either side). */
export interface Synonym {
  term: string;
  weak: boolean;
}

/** The compiled groups, looked up by term. */
export class SynonymTable {
  private readonly byTerm = new Map<string, Array<{ group: number; weak: boolean }>>();
  private readonly keys: Array<Array<{ term: string; weak: boolean }>>;

  constructor(readonly groups: readonly string[][]) {
    this.keys = groups.map((group) => group.map((key) => (key.startsWith(WEAK_PREFIX) ? { term: key.slice(1), weak: true } : { term: key, weak: false })));
    this.keys.forEach((group, index) => {
      for (const { term, weak } of group) {
        const list = this.byTerm.get(term) ?? [];
        list.push({ group: index, weak });
        this.byTerm.set(term, list);
      }
    });
  }

  /** The other spellings of every group `term` belongs to. */
  synonyms(term: string): Synonym[] {
    const out = new Map<string, boolean>();
    for (const { group, weak } of this.byTerm.get(term) ?? []) {
      for (const other of this.keys[group]!) {
        if (other.term === term) continue;
        const linkWeak = weak || other.weak;
        out.set(other.term, (out.get(other.term) ?? true) && linkWeak);
      }
    }
    return [...out].map(([t, weak]) => ({ term: t, weak }));
  }
}
