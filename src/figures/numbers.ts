/**
 * Every number a passage states, with its unit, the words it belongs to and its sentence:
 * `3800億元`, `約520億ドル超`, `39.4%`, `122社`, `11の都市`, `2017/12/31`, `2020年11月13日`.
 * Used to check the catalogue against the documents and to look up numbers the catalogue lacks.
 */
import { contextAround, labelBefore } from './number-context.ts';

export type NumberKind = 'percent' | 'amount' | 'count' | 'duration' | 'date' | 'number';

export interface NumberMention {
  /** The number as written, in its own unit: 3800 for `3800億元`, 1.08 for `1.08%`; a date's year. */
  value: number;
  /** Canonical unit: `%`, `億元`, `億ドル`, `社`, `件`, `都市`, `日`, `ヵ月`...; empty for a bare number. */
  unit: string;
  kind: NumberKind;
  /** Exactly as written, qualifiers included: `約520億ドル超`, `99.99%以上`, `11の都市`. */
  text: string;
  /** `[start, end)` of `text` in the input. */
  start: number;
  end: number;
  /** ISO form (`2017-12-31`, `2020-11`, `2019`) when kind is `date`. */
  date?: string;
  /** The words the number belongs to: `クレジット・テック`, `中国のユニコーン企業が`. */
  label: string;
  /** The sentence or line around the number, for display. */
  context: string;
}

/** Full-width digits and signs folded one character for one, so offsets stay those of the input. */
function foldDigits(text: string): string {
  return text.replace(/[０-９．，％]/g, (char) => {
    if (char === '．') return '.';
    if (char === '，') return ',';
    if (char === '％') return '%';
    return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  });
}

const datePatterns: Array<{ pattern: RegExp; iso: (match: RegExpExecArray) => string }> = [
  { pattern: /(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/g, iso: (m) => `${m[1]}-${pad(m[2])}-${pad(m[3])}` },
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, iso: (m) => `${m[1]}-${pad(m[2])}-${pad(m[3])}` },
  { pattern: /(\d{4})年(\d{1,2})月/g, iso: (m) => `${m[1]}-${pad(m[2])}` },
  // A year, but not a duration (`20年間`) and not a bigger number (`12020年`).
  { pattern: /(?<!\d)((?:19|20)\d{2})年(?!間)/g, iso: (m) => `${m[1]}` },
];

function pad(digits: string | undefined): string {
  return (digits ?? '').padStart(2, '0');
}

// Longest first, so `日間` wins over `日` and `億ドル` over `億`.
const UNITS = ['ポイント', 'の都市', '都市', 'ドル', 'ヵ月', 'ヶ月', 'カ月', 'か月', '日間', '年間', '%', '元', '円', '社', '件', '個', '回', '人', '倍', '位', 'つ', '日', '分', '秒'];
const NUMBER_PATTERN = new RegExp(
  String.raw`(約|およそ|最短|最長|最大|最低)?` + // qualifier before
    String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?` + // the digits
    String.raw`(兆|億|万|千)?(${UNITS.map(escapeRegExp).join('|')})?` + // multiplier and unit
    String.raw`(以上|以下|未満|超|強|弱|前後|程度)?`, // qualifier after
  'g',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const unitAliases: Record<string, string> = { ヶ月: 'ヵ月', カ月: 'ヵ月', か月: 'ヵ月', 日間: '日', の都市: '都市' };

/** The unit a figure and a mention can be compared by: `％`→`%`, `日間`→`日`, `の都市`→`都市`. */
export function canonicalUnit(unit: string): string {
  const folded = foldDigits(unit);
  for (const [alias, canonical] of Object.entries(unitAliases)) {
    if (folded.endsWith(alias)) return folded.slice(0, -alias.length) + canonical;
  }
  return folded;
}

function kindOfUnit(unit: string): NumberKind {
  if (unit === '') return 'number';
  if (unit === '%' || unit === 'ポイント') return 'percent';
  if (/(元|ドル|円)$/.test(unit)) return 'amount';
  if (/(日|ヵ月|年間|分|秒)$/.test(unit)) return 'duration';
  if (/^(兆|億|万|千)$/.test(unit)) return 'amount';
  return 'count';
}

/** Every number in `text`, in reading order. */
export function extractNumbers(text: string): NumberMention[] {
  const folded = foldDigits(text);
  const found: Array<Omit<NumberMention, 'label' | 'context'>> = [];
  const taken: boolean[] = new Array<boolean>(folded.length).fill(false);

  for (const { pattern, iso } of datePatterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      found.push({ value: Number(match[1]), unit: '', kind: 'date', text: text.slice(start, end), start, end, date: iso(match) });
    }
  }

  for (const match of folded.matchAll(NUMBER_PATTERN)) {
    const digitsStart = match.index + (match[1]?.length ?? 0);
    const start = match.index;
    const end = start + match[0].length;
    if (taken.slice(start, end).some(Boolean)) continue;
    if (isPartOfName(folded, digitsStart, end) || isMarker(folded, start, digitsStart)) continue;
    const unit = canonicalUnit(`${match[4] ?? ''}${match[5] ?? ''}`);
    const value = Number(`${match[2]!.replace(/,/g, '')}${match[3] ?? ''}`);
    found.push({ value, unit, kind: kindOfUnit(unit), text: text.slice(start, end), start, end });
  }

  found.sort((a, b) => a.start - b.start);
  shareUnitsAcrossRanges(folded, found);
  return found.map((mention) => ({
    ...mention,
    label: labelBefore(text, mention.start, found),
    context: contextAround(text, mention.start, mention.end),
  }));
}

/** `D30+`, `5G`, `B2B2C`, `O2O`: digits touching Latin letters belong to a name, not a quantity. */
function isPartOfName(text: string, digitsStart: number, end: number): boolean {
  const before = text[digitsStart - 1] ?? '';
  const after = text[end] ?? '';
  return /[A-Za-z]/.test(before) || /[A-Za-z]/.test(after);
}

/** Note numbers (`注1：`) and list enumerators at the start of a line (`1. デジタル…`). */
function isMarker(text: string, start: number, digitsStart: number): boolean {
  if (text[start - 1] === '注' && /^\d+[：:]/.test(text.slice(start, start + 4))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '' || digitsStart !== start) return false;
  return /^\d+[.)]\s/.test(text.slice(start, start + 6));
}

/** In `4~6ヵ月` the unit is written once, after the second number: the first one has it too. */
function shareUnitsAcrossRanges(text: string, mentions: Array<Omit<NumberMention, 'label' | 'context'>>): void {
  for (let index = 0; index + 1 < mentions.length; index += 1) {
    const first = mentions[index]!;
    const second = mentions[index + 1]!;
    if (first.kind !== 'number' || second.kind === 'number' || second.kind === 'date') continue;
    if (/^[~〜～\-–]$/.test(text.slice(first.end, second.start))) {
      first.unit = second.unit;
      first.kind = second.kind;
    }
  }
}
