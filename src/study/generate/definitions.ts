/**
 * Definition items: a term the documents define (「X」とは…, XはYの略, …と定義されている, and an
 * acronym with its expansion in brackets, PoC（概念実証）) against other definitions of the corpus.
 */
import { fill } from '../../core/i18n.ts';
import { sentenceRanges } from '../../core/text.ts';
import type { Passage } from '../../core/types.ts';
import { CHOICE_COUNT, normalizeChoice, type DraftItem } from '../items.ts';
import { stableHash } from '../random.ts';
import { studyText } from '../text.ts';

export interface Definition {
  term: string;
  meaning: string;
  form: 'definition' | 'abbreviation';
  sentence: string;
  passage: Passage;
}

const TERM = '[^\\s「」『』、。（）()]{1,20}';
/** 「殺熟」とは、…のこと / 「AT」とは、AlibabaとTencentの頭文字 */
const TO_WA = new RegExp(`「(${TERM})」とは[、,]?\\s*(.{4,120}?)(?:のこと(?:である|です)?|を指す|である|です)?[。．]?$`);
/** OMOは「Online Merges with Offline」の略称 / 「TC」は、「テンセント」の略 */
const SHORT_FOR = new RegExp(`「?(${TERM})」?は[、,]?\\s*「([^」]{2,60})」の略`);
/** 残高延滞率は、…と定義されている */
const DEFINED_AS = new RegExp(`(${TERM})は[、,]\\s*(.{8,160}?)と定義されている`);
/** PoC（概念実証）, BaaS（Blockchain as a Service） */
const ACRONYM_GLOSS = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9+]{1,9})[（(]([^（）()]{2,40})[）)]/g;
/** 大規模言語モデル（LLM）, アリババ・ビジネス・オペレーティング・システム（ABOS）, 「零售通」（LST） */
const GLOSS_ACRONYM = /(?:「([^」]{2,20})」|(?<![ \t＆&\u4e00-\u9fff\u30a1-\u30fa\u30fc・])([\u4e00-\u9fff\u30a1-\u30fa\u30fc][\u4e00-\u9fff\u30a1-\u30fa\u30fc・]{2,30}))[（(]([A-Z][A-Za-z0-9]{1,9})[）)]/g;
/** An expansion is words, not another acronym (ビジネスOS（ABOS） says nothing about OS). */
const ACRONYM_ONLY = /^[A-Z0-9+]+$/;

/** Notes start with 注：, 注1：; the definition follows. */
const NOTE_PREFIX = /^注\d*[：:；;]\s*/;

export function findDefinitions(passages: readonly Passage[]): Definition[] {
  const found: Definition[] = [];
  for (const passage of passages) {
    for (const line of passage.text.split('\n')) {
      for (const { text } of sentenceRanges(line)) {
        const sentence = text.replace(NOTE_PREFIX, '');
        const toWa = TO_WA.exec(sentence);
        if (toWa) found.push({ term: toWa[1]!, meaning: toWa[2]!.trim(), form: 'definition', sentence: text, passage });
        const shortFor = SHORT_FOR.exec(sentence);
        if (shortFor) found.push({ term: shortFor[1]!, meaning: shortFor[2]!, form: 'abbreviation', sentence: text, passage });
        const definedAs = DEFINED_AS.exec(sentence);
        if (definedAs) found.push({ term: definedAs[1]!, meaning: definedAs[2]!.trim(), form: 'definition', sentence: text, passage });
        for (const match of sentence.matchAll(ACRONYM_GLOSS)) {
          if (!ACRONYM_ONLY.test(match[2]!)) found.push({ term: match[1]!, meaning: match[2]!, form: 'abbreviation', sentence: text, passage });
        }
        for (const match of sentence.matchAll(GLOSS_ACRONYM)) {
          // The lookbehind keeps a gloss whole: after a space it would be the tail of a longer name (経営支援＆B2B プラットフォーム（LST）).
          const gloss = match[1] ?? match[2]!;
          found.push({ term: match[3]!, meaning: gloss, form: 'abbreviation', sentence: text, passage });
        }
      }
    }
  }
  // One definition per term: the first in reading order.
  const seen = new Set<string>();
  return found.filter((definition) => {
    const key = normalizeChoice(definition.term);
    if (seen.has(key) || /^\d+$/.test(definition.term) || /\d/.test(definition.meaning.slice(0, 1))) return false;
    seen.add(key);
    return true;
  });
}

const LATIN = /^[\x20-\x7e]+$/;

export function definitionDrafts(passages: readonly Passage[]): DraftItem[] {
  const definitions = findDefinitions(passages);
  const out: DraftItem[] = [];
  for (const definition of definitions) {
    const passageText = normalizeChoice(definition.passage.text);
    const answerKey = normalizeChoice(definition.meaning);
    const latin = LATIN.test(definition.meaning);
    const others = definitions
      .filter((other) => other !== definition)
      .map((other) => ({ meaning: other.meaning, key: normalizeChoice(other.meaning) }))
      .filter(({ key }) => key !== answerKey && !passageText.includes(key) && !key.includes(answerKey) && !answerKey.includes(key))
      // The same script first (an English expansion against English ones), then similar length.
      .sort(
        (a, b) =>
          Number(LATIN.test(a.meaning) !== latin) - Number(LATIN.test(b.meaning) !== latin) ||
          Math.abs(a.meaning.length - definition.meaning.length) - Math.abs(b.meaning.length - definition.meaning.length) ||
          stableHash(a.key).localeCompare(stableHash(b.key)),
      );
    const distractors = [...new Map(others.map((other) => [other.key, other.meaning])).values()].slice(0, CHOICE_COUNT - 1);
    if (distractors.length < CHOICE_COUNT - 1) continue;
    const template = definition.form === 'abbreviation' ? studyText.definitionAbbreviation : studyText.definitionMeaning;
    out.push({
      kind: 'definition',
      form: definition.form,
      question: fill(template.ja, { term: definition.term }),
      answer: definition.meaning,
      distractors,
      source: { doc: definition.passage.doc, passage: definition.passage.id, location: definition.passage.location, quote: definition.sentence },
      passageText: definition.passage.text,
      alsoRight: [],
      // No alias check: a term and what it stands for are often one alias group (TC, テンセント).
      distractorsOutsidePassage: true,
    });
  }
  return out;
}
