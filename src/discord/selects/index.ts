/**
 * The select menu families, dispatched by custom-id prefix as buttons are. To add one: a file
 * beside this one exporting `{ prefix, execute } satisfies SelectHandler`, its ids in
 * format/custom-ids.ts, and one line here.
 */
import type { SelectHandler } from '../command.ts';
import { answerCandidate } from './answer-candidate.ts';
import { outlineChapter } from './outline-chapter.ts';

export const selects: readonly SelectHandler[] = [answerCandidate, outlineChapter];
