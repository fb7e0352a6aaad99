/**
 * The slash commands, in the order Discord lists them, and the message-menu commands. Dispatch
 * (dispatch.ts) and registration (cli/deploy-commands.ts) both read these lists, so what is
 * registered is what is handled.
 * To add a command: add a file beside this one exporting `{ data, execute } satisfies Command`,
 * and one line here.
 */
import type { Command, MessageCommand } from '../command.ts';
import { ask } from './ask.ts';
import { askShiori } from './ask-shiori.ts';
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

/** Commands in a message's menu (Apps → 「Shiori に聞く」), registered beside the slash commands. */
export const messageCommands: readonly MessageCommand[] = [askShiori];
