/**
 * A passage's units: the lines of a slide or the sentences of prose, each the smallest piece a
 * quote is made of, with what kind of line it is and the units it must be read with (a table
 * row with its table's header and title). Computed once when the index is built and stored.
 */
import type { Passage } from '../core/types.ts';
import { SOURCE_LINE, TABLE_ROW, sentenceRanges } from '../core/text.ts';

export const UNIT_TABLE_ROW = 1;
export const UNIT_SOURCE_LINE = 2;

/** One unit as stored: its range in the passage text, flags, and the units it is read with. */
export interface StoredUnit {
  start: number;
  end: number;
  /** UNIT_TABLE_ROW | UNIT_SOURCE_LINE. */
  flags?: number;
  /** Indices of the units this one is read with (a table row: the table's header and title). */
  with?: number[];
}

/** A passage is read line by line when its lines are the author's (a slide), sentence by sentence otherwise. */
export function readsByLine(passage: Passage): boolean {
  return passage.location.slide !== undefined || passage.location.front === true;
}

function lineRanges(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const pattern = /[^\n]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return out;
}

export function passageUnits(passage: Passage): StoredUnit[] {
  const ranges = readsByLine(passage) ? lineRanges(passage.text) : sentenceRanges(passage.text);
  const units: StoredUnit[] = ranges.map(({ start, end, text }) => {
    const flags = (TABLE_ROW.test(text) ? UNIT_TABLE_ROW : 0) | (SOURCE_LINE.test(text) ? UNIT_SOURCE_LINE : 0);
    return flags ? { start, end, flags } : { start, end };
  });
  // A row of a table is read with the table's header and title: 「8 IBM アメリカ 169 96」 alone does
  // not say it is a patent ranking.
  const isRow = (i: number) => ((units[i]?.flags ?? 0) & UNIT_TABLE_ROW) !== 0;
  for (let i = 0; i < units.length; ) {
    if (!isRow(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && isRow(j)) j++;
    const around: number[] = [];
    if (i > 0) around.push(i - 1);
    if (j < units.length && !((units[j]!.flags ?? 0) & UNIT_SOURCE_LINE)) around.push(j);
    if (around.length > 0) for (let k = i; k < j; k++) units[k]!.with = around;
    i = j;
  }
  return units;
}
