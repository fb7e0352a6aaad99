/**
 * The modal families, dispatched by custom-id prefix as buttons are. To add one: a file beside
 * this one exporting `{ prefix, execute } satisfies ModalHandler`, its ids in format/custom-ids.ts,
 * and one line here.
 */
import type { ModalHandler } from '../command.ts';
import { feedbackComment } from './feedback-comment.ts';

export const modals: readonly ModalHandler[] = [feedbackComment];
