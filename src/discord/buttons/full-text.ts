/** 全文 under an answer: the whole passage, shown only to the person who pressed it. */
import type { ButtonHandler } from '../command.ts';
import { unknownPassageText } from '../command-names.ts';
import { BUTTON_PREFIX, parsePassageButton } from '../format/custom-ids.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { passageButtonView } from '../passages.ts';
import { reply, replyMistake } from '../respond.ts';

export const fullText = {
  prefix: BUTTON_PREFIX.fullText,
  async execute(interaction, args, context) {
    const target = parsePassageButton(args);
    const view = passageButtonView(context.engine, target);
    if (!view) return replyMistake(interaction, unknownPassageText(context, target?.language ?? languageOfLocale(interaction.locale)));
    await reply(interaction, view, { ephemeral: true });
  },
} satisfies ButtonHandler;
