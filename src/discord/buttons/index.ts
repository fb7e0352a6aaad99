/**
 * The button families, dispatched by custom-id prefix. To add one: a file beside this one
 * exporting `{ prefix, execute } satisfies ButtonHandler`, its ids in format/custom-ids.ts, and one line here.
 */
import type { ButtonHandler } from '../command.ts';
import { answerPage } from './answer-page.ts';
import { feedback } from './feedback.ts';
import { fullText } from './full-text.ts';
import { sourceStep } from './source-step.ts';

export const buttons: readonly ButtonHandler[] = [answerPage, feedback, fullText, sourceStep];
