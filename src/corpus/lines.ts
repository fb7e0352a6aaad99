/**
 * Repairs for text pulled out of a PDF: words broken across lines, charts flattened into loose
 * numbers. Pure functions over arrays of lines.
 */

const SENTENCE_END = /[。．！？!?」』）)]$/;
const CJK_START = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]/;
const CJK_END = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]$/;
/** Characters that cannot start a word: a line starting with one continues the line before. */
const CONTINUATION_START = /^[\u3041-\u3096ーッャュョァィゥェォっゃゅょ、。，．）」』]/;
/** Characters that cannot end a word. */
const CONTINUATION_END = /[ッャュョァィゥェォっゃゅょー（「『]$/;
/** Lines that begin something new: bullets, numbered items, source and note lines. */
const STARTS_ITEM = /^(?:\s|[•・●○■□◆◇▶►※]|\d+[.．、)]|\d+\s|[①-⑳]|出所|出典|注[0-9０-９]*[：:；;]|【)/;
const VALUE = /^\d+(?:\.\d+)?(?:%|社|件|個|億|万|元|ドル|円)?$/;
const ROW_END = /\d%?$/;
const LABELLED_VALUE = /^[^\s\d]+ \d+(?:\.\d+)?%$/;

/**
 * Join lines that the PDF broke in the middle of a word or sentence (「金融機」「関が担う」 →
 * 「金融機関が担う」), and a label broken from its value (「クレジット・テック」「39.4%」).
 * Only lines that follow each other without a blank line are joined.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of joinVerticalText(lines)) {
    const previous = out.at(-1);
    if (previous === undefined || previous.trim() === '' || line.trim() === '') {
      out.push(line);
      continue;
    }
    const separator = joinSeparator(previous, line);
    if (separator === undefined) out.push(line);
    else out[out.length - 1] = previous + separator + line.trimStart();
  }
  return out;
}

/** Vertical text comes out one character a line (ヘ/ル/ス/ケ/ア): three or more such lines are one word. */
function joinVerticalText(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && [...lines[j]!.trim()].length === 1 && !/\d/.test(lines[j]!)) j++;
    if (j - i >= 3) {
      out.push(lines.slice(i, j).map((l) => l.trim()).join(''));
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}

/** The script of a character, to tell a word broken across lines from two words on two lines. */
function script(ch: string | undefined): 'kanji' | 'hiragana' | 'katakana' | 'other' {
  if (!ch) return 'other';
  if (/[\u4e00-\u9fff\u3005]/.test(ch)) return 'kanji';
  if (/[\u3041-\u3096]/.test(ch)) return 'hiragana';
  if (/[\u30a1-\u30fa\u30fc]/.test(ch)) return 'katakana';
  return 'other';
}

/** Lines at least this long were wrapped by the slide's width rather than ended by the author. */
const WRAPPED_LINE_CHARS = 38;

/** How two adjacent lines join ('' or ' '), or undefined when the second begins something new. */
function joinSeparator(first: string, second: string): string | undefined {
  const a = first.trimEnd();
  const b = second;
  if (STARTS_ITEM.test(b) && !VALUE.test(b.trim())) return undefined;
  if (SENTENCE_END.test(a)) return undefined;
  const aText = a.trim();
  // A value under its label (pie charts): keep them on one line, with a space.
  if (VALUE.test(b.trim())) return ROW_END.test(aText) || VALUE.test(aText) ? undefined : ' ';
  if (/^\d/.test(b) && ROW_END.test(aText)) return undefined; // table rows
  // A pie chart's label broken before its value: 「デジタル決済と生活」「サービス 35.9%」.
  if (LABELLED_VALUE.test(b.trim()) && !/\d/.test(aText) && aText.length <= 15) return '';
  if (CONTINUATION_START.test(b) || CONTINUATION_END.test(aText)) return '';
  if (aText.length >= WRAPPED_LINE_CHARS) return CJK_END.test(aText) && CJK_START.test(b) ? '' : ' ';
  // A short box line broken inside a word: the same script on both sides (大型店/舗並み, 自動運/転).
  // A line cannot end on a particle: 「プラットフォームと」「コンテンツ事業部」.
  if (/[とのをにがはでや]$/.test(aText) && aText.length >= 4 && CJK_START.test(b)) return '';
  const last = script(aText.at(-1));
  if (aText.length >= 6 && last !== 'other' && last === script(b.trim()[0])) return '';
  return undefined;
}

const PERCENT_VALUE = /^-?\d+(?:\.\d+)?%$/;
const DATE_LABEL = /^\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?$/;
const SOURCE_OR_NOTE = /^(?:出所|出典|注)/;

/** A chart reconstructed from loose numbers, with one line of text per series. */
export interface ChartLines {
  /** Index of the first and last line consumed. */
  from: number;
  to: number;
  lines: string[];
}

function valueTokens(line: string): string[] | undefined {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => PERCENT_VALUE.test(t)) ? tokens : undefined;
}

/** Drop an axis's ticks from the end of a run of values: 0.00%, 0.50%, …, 3.00%. */
function withoutAxisTicks(values: string[]): string[] {
  const numbers = values.map((v) => Number.parseFloat(v));
  for (let start = 0; start + 3 <= numbers.length; start++) {
    if (numbers[start] !== 0) continue;
    const step = numbers[start + 1]! - numbers[start]!;
    if (step <= 0) continue;
    const tail = numbers.slice(start);
    if (tail.every((n, i) => Math.abs(n - i * step) < 1e-9)) return values.slice(0, start);
  }
  return values;
}

/**
 * Rebuild charts whose values were flattened into loose numbers: a run of percentages (with the
 * axis ticks), then the category labels (dates), the title and the legend. Values come series by
 * series, as in the deck's delinquency charts; a run with a line of labels of the same length is
 * a pie or bar chart. The result keeps every value exactly as written, each with its series,
 * label and the chart's title.
 */
export function rebuildCharts(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const chart = chartAt(lines, i);
    if (chart) {
      // A blank line after each rebuilt line keeps joinBrokenLines from running them together.
      for (const line of chart.lines) out.push(line, '');
      i = chart.to + 1;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

function chartAt(lines: string[], start: number): ChartLines | undefined {
  if (!valueTokens(lines[start]!)) return undefined;
  const values: string[] = [];
  let last = start;
  for (let i = start; i < lines.length; i = nextNonBlank(lines, i + 1)) {
    const tokens = valueTokens(lines[i] ?? '');
    if (!tokens) break;
    values.push(...tokens);
    last = i;
  }
  const data = withoutAxisTicks(values);
  if (data.length < 2) return undefined;
  const labelIndex = nextNonBlank(lines, last + 1);
  const labelTokens = (lines[labelIndex] ?? '').trim().split(/\s+/).filter(Boolean);

  // Series over dates: values come series by series.
  if (labelTokens.length >= 2 && labelTokens.every((t) => DATE_LABEL.test(t)) && data.length % labelTokens.length === 0) {
    const seriesCount = data.length / labelTokens.length;
    let title: string | undefined;
    let legend: string[] | undefined;
    let to = labelIndex;
    for (let i = nextNonBlank(lines, labelIndex + 1), seen = 0; i < lines.length && seen < 2; i = nextNonBlank(lines, i + 1), seen++) {
      const line = lines[i]!.trim();
      if (SOURCE_OR_NOTE.test(line)) break;
      const tokens = line.split(/\s+/);
      if (!legend && tokens.length === seriesCount && tokens.every((t) => t.length <= 12)) {
        legend = tokens;
        to = i;
      } else if (!title) {
        title = line;
        to = i;
      } else break;
    }
    const names = legend ?? Array.from({ length: seriesCount }, (_, k) => `系列${k + 1}`);
    const rows = names.map((name, s) => {
      const points = labelTokens.map((label, k) => `${label} ${data[s * labelTokens.length + k]}`);
      return `${title ? `${title} ` : ''}${name}：${points.join('／')}`;
    });
    return { from: start, to, lines: rows };
  }

  // Shares with their labels one per line: 「テンセント投資」「その他」.
  const labelLines = lines.slice(labelIndex, labelIndex + data.length).map((l) => l.trim());
  if (labelTokens.length !== data.length && labelLines.length === data.length && labelLines.every((l) => l !== '' && l.length <= 20 && !/\d/.test(l))) {
    const pairs = labelLines.map((label, k) => `${label} ${data[k]}`).join('／');
    return { from: start, to: labelIndex + data.length - 1, lines: [pairs] };
  }

  // Shares: one line of labels as long as the values, usually followed by the chart's title.
  if (labelTokens.length === data.length) {
    const titleIndex = nextNonBlank(lines, labelIndex + 1);
    const titleLine = (lines[titleIndex] ?? '').trim();
    const hasTitle = titleLine !== '' && !SOURCE_OR_NOTE.test(titleLine) && /[（(]|シェア|割合|構成|比率/.test(titleLine);
    const pairs = labelTokens.map((label, k) => `${label} ${data[k]}`).join('／');
    return {
      from: start,
      to: hasTitle ? titleIndex : labelIndex,
      lines: [hasTitle ? `${titleLine}：${pairs}` : pairs],
    };
  }
  return undefined;
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;

/** Join two lines of one paragraph: nothing between Japanese, a word broken by a hyphen rejoined, else a space. */
export function joinWrapped(first: string, second: string): string {
  const a = first.at(-1) ?? '';
  const b = second[0] ?? '';
  if (CJK_CHAR.test(a) && CJK_CHAR.test(b)) return first + second;
  if (a === '-' && /[a-z]/.test(first.at(-2) ?? '') && /[a-z]/.test(b)) return first.slice(0, -1) + second;
  return `${first} ${second}`;
}
