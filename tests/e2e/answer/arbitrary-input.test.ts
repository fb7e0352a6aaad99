/**
 * Any string a person can send (arbitrary UTF-16: lone surrogates, controls, bidi, noncharacters,
 * mixed with Japanese) through every entry point of the engine: nothing throws, every question gets
 * an answer or a refusal, and what comes back is well-formed text.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import { openEngine } from '../discord/harness.ts';

let engine: Shiori;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ engine, close } = await openEngine());
}, 60_000);
afterAll(() => close?.());

/** Any UTF-16 code unit, and often something the corpus holds, so the search goes deep too. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('アント', '延滞率', 'テンセント', '\ud800', '\udc00', '\u202e', '\u0000', '？', ' ', '\n', '2020年', 'AI'),
);
export const anyText = fc.string({ unit, maxLength: 120 });

/** Well-formed UTF-16: no lone surrogate. */
const wellFormed = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('arbitrary UTF-16 into the engine', () => {
  it('ask and search answer or refuse, with well-formed text, for any input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const outcome of [engine.ask(text), engine.search(text)]) {
          if (outcome.ok) {
            expect(wellFormed(outcome.answer.question)).toBe(true);
            for (const hit of outcome.answer.hits) expect(wellFormed(hit.quote)).toBe(true);
          } else {
            expect(outcome.message.length).toBeGreaterThan(0);
            expect(wellFormed(outcome.question)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('figure names, their suggestions, places in a document and a follow-up’s subject take any input', () => {
    const doc = engine.documents()[0]!.id;
    fc.assert(
      fc.property(anyText, (text) => {
        expect(['found', 'ambiguous', 'unknown']).toContain(engine.resolveFigure(text).kind);
        expect(Array.isArray(engine.figureChoices(text, 25))).toBe(true);
        engine.locate(doc, text);
        expect(Array.isArray(engine.subjectWords(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
