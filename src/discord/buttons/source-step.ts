/** ◀ ▶ under /source: replace the passage with the previous or next one in the document (共有 stays on a private one). */
import { MessageFlags } from 'discord.js';
import type { ButtonHandler } from '../command.ts';
import { unknownPassageText } from '../command-names.ts';
import { BUTTON_PREFIX, parsePassageButton } from '../format/custom-ids.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { passageButtonView } from '../passages.ts';
import { replyMistake, update } from '../respond.ts';

export const sourceStep = {
  prefix: BUTTON_PREFIX.sourceStep,
  async execute(interaction, args, context) {
    const target = parsePassageButton(args);
    const view = passageButtonView(context.engine, target, { neighbours: true, share: interaction.message.flags.has(MessageFlags.Ephemeral) });
    if (!view) return replyMistake(interaction, unknownPassageText(context, target?.language ?? languageOfLocale(interaction.locale)));
    await update(interaction, view);
  },
} satisfies ButtonHandler;
