/**
 * The slash commands, in the order Discord lists them. Dispatch (dispatch.ts) and registration
 * (cli/deploy-commands.ts) both read this list, so what is registered is what is handled.
 * To add a command: add a file beside this one exporting `{ data, execute } satisfies Command`,
 * and one line here.
 */
import type { Command } from '../command.ts';
import { ask } from './ask.ts';
import { docs } from './docs.ts';
import { figures } from './figures.ts';
import { help } from './help.ts';
import { metric } from './metric.ts';
import { outline } from './outline.ts';
import { quiz } from './quiz.ts';
import { report } from './report.ts';
import { review } from './review.ts';
import { search } from './search.ts';
import { source } from './source.ts';
import { stats } from './stats.ts';

export const commands: readonly Command[] = [ask, search, source, metric, figures, quiz, review, stats, outline, report, docs, help];
