/**
 * The button families, dispatched by custom-id prefix. To add one: a file beside this one
 * exporting `{ prefix, execute } satisfies ButtonHandler`, its ids in format/custom-ids.ts, and one line here.
 */
import type { ButtonHandler } from '../command.ts';
import { feedback } from './feedback.ts';
import { fullText } from './full-text.ts';
import { outlineOpen } from './outline-open.ts';
import { quizAnswer } from './quiz-answer.ts';
import { quizKeep } from './quiz-keep.ts';
import { quizReveal } from './quiz-reveal.ts';
import { quizStop } from './quiz-stop.ts';
import { reviewAnswer } from './review-answer.ts';
import { reviewNext } from './review-next.ts';
import { share } from './share.ts';
import { sourceStep } from './source-step.ts';

export const buttons: readonly ButtonHandler[] = [feedback, share, fullText, sourceStep, quizAnswer, quizReveal, quizStop, quizKeep, reviewAnswer, reviewNext, outlineOpen];
