/**
 * Reading a question once (src/search/question.ts), on the made-up corpus with the stub tokenizer:
 * the kind, the search terms, the documents it points at, and the slots with their weights.
 *
 * Weights are the inverse document frequency over the three made-up passages,
 * ln(1 + (3 - df + 0.5) / (df + 0.5)): 2.079 for a term no passage has, 0.981 for one passage;
 * halved for a slot that only adds precision, and × 0.3 for a word that only says what kind of
 * answer is wanted.
 */
import { describe, expect, it } from 'vitest';
import { checkQuestion, questionSlots, readQuestion, type Slot } from '../../../src/search/question.ts';
import { questionContext } from './made-up.ts';

const context = questionContext();

/** A slot as a row: its terms, weight (3 decimals), and whether it is optional or unknown. */
const row = (slot: Slot) => [[...slot.terms].join('|'), Number(slot.weight.toFixed(3)), slot.optional ? 'optional' : '', slot.unknown ? 'unknown' : ''];

describe('readQuestion', () => {
  it('reads a Japanese question for a reason: its words, the alias concept, and a question word that weighs little', () => {
    const question = readQuestion('テンセントが組織再編した理由は？', context);
    expect(question).toMatchObject({ text: 'テンセントが組織再編した理由は？', normalized: 'テンセントが組織再編した理由は?', language: 'ja', kind: 'reason' });
    expect(question.terms.map((t) => [t.term, t.start, t.end])).toEqual([
      ['テンセント', 0, 5],
      ['§テンセント', 0, 5],
      ['組織', 6, 8],
      ['組織再編', 6, 10],
      ['再編', 8, 10],
      ['理由', 12, 14],
    ]);
    expect(question.slots.map(row)).toEqual([
      ['§テンセント', 0.981, '', ''],
      ['テンセント', 0.49, 'optional', ''], // inside the alias spelling: the concept is what was asked
      ['組織', 0.981, '', ''],
      ['組織再編', 0.49, 'optional', ''], // a compound of the words beside it
      ['再編', 0.981, '', ''],
      ['理由', 0.624, '', ''], // 2.079 × 0.3: it asks for a reason, it is not what the reason is about
    ]);
    expect([...question.documents]).toEqual([]);
  });

  it('marks a specific word no passage holds as unknown, and lets vague English words weigh nothing', () => {
    expect(readQuestion('ファーウェイの組織再編は？', context).slots.map(row)).toEqual([
      ['ファーウェイ', 2.079, '', 'unknown'],
      ['組織', 0.981, '', ''],
      ['組織再編', 0.49, 'optional', ''],
      ['再編', 0.981, '', ''],
    ]);
    const english = readQuestion('Why did Tencent reorganise recently?', context);
    expect(english).toMatchObject({ language: 'en', kind: 'reason' });
    expect(english.slots.map(row)).toEqual([
      ['§テンセント', 0.981, '', ''], // Tencent is the alias of テンセント, which the article uses
      ['tencent', 1.04, 'optional', ''],
      ['reorganise', 0, '', ''],
      ['recently', 0, '', ''],
    ]);
  });

  it('points at a document named in the question, and does not search for its name', () => {
    const question = readQuestion('What does NRI say about the delinquency rate?', context);
    expect(question.kind).toBe('percentage');
    expect([...question.documents]).toEqual(['deck']);
    expect(question.terms.map((t) => t.term)).toEqual(['delinquency', '§延滞率', 'rate']);
    expect(question.slots.map(row)).toEqual([
      ['§延滞率', 0.981, '', ''],
      ['delinquency', 1.04, 'optional', ''],
      ['rate', 0.312, 'optional', ''],
    ]);
  });

  it('points at the documents of a kind (記事 → the article) without searching for the word', () => {
    const question = readQuestion('記事だとテンセントの狙いは？', context);
    expect([...question.documents]).toEqual(['blog']);
    expect(question.terms.map((t) => t.term)).toEqual(['テンセント', '§テンセント', '狙い']);
    expect(question.slots.map(row)).toEqual([
      ['§テンセント', 0.981, '', ''],
      ['テンセント', 0.49, 'optional', ''],
      ['狙い', 0.294, '', ''], // 0.981 × 0.3: 狙い asks for a reason
    ]);
  });
});

describe('questionSlots', () => {
  it('weighs a word by the kind of answer asked for: 理由 asks in a question for a reason, names something otherwise', () => {
    const text = 'テンセントが組織再編した理由は？';
    const terms = context.analyzer.analyze(text);
    const reason = questionSlots(terms, context, 'reason', text).find((slot) => slot.terms.has('理由'))!;
    const any = questionSlots(terms, context, 'any', text).find((slot) => slot.terms.has('理由'))!;
    expect(row(reason)).toEqual(['理由', 0.624, '', '']);
    expect(row(any)).toEqual(['理由', 2.079, '', 'unknown']);
  });
});

describe('checkQuestion', () => {
  it.each([
    ['cleaned of invisible characters and outer spaces', '  アントの\u200b延滞率は？\n', { ok: true, text: 'アントの延滞率は？' }],
    ['blank', ' \u200b ', { ok: false, problem: 'blank', text: '', length: 0 }],
    ['only symbols', '？？！！', { ok: false, problem: 'no_content', text: '？？！！', length: 4 }],
    ['over 500 characters, echoed up to the limit', 'あ'.repeat(501), { ok: false, problem: 'too_long', text: 'あ'.repeat(500), length: 501 }],
    ['so long that it is refused before it is cleaned', `\u200b${'い'.repeat(4000)}`, { ok: false, problem: 'too_long', text: 'い'.repeat(499), length: 4001 }],
  ])('%s', (_label, raw, expected) => {
    expect(checkQuestion(raw)).toEqual(expected);
  });
});
