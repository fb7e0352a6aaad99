import type { Shiori } from '../../../src/answer/engine.ts';
import type { Answer } from '../../../src/answer/types.ts';

/** The answer to a question the engine must accept (a refusal fails the test, naming the problem). */
export function answerOf(shiori: Shiori, question: string): Answer {
  const outcome = shiori.ask(question);
  if (!outcome.ok) throw new Error(`not answered: ${outcome.problem}`);
  return outcome.answer;
}
