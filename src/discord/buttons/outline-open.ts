/** A place's button under /outline: that slide or paragraph as /source shows it (with ◀ ▶), only to the person who pressed. */
import { languageOfLocale } from '../../core/i18n.ts';
import type { ButtonHandler } from '../command.ts';
import { unknownPassageText } from '../command-names.ts';
import { BUTTON_PREFIX, parsePassageButton } from '../format/custom-ids.ts';
import { passageButtonView } from '../passages.ts';
import { reply, replyMistake } from '../respond.ts';

export const outlineOpen = {
  prefix: BUTTON_PREFIX.outlineOpen,
  async execute(interaction, args, context) {
    const target = parsePassageButton(args);
    const view = passageButtonView(context.engine, target, { neighbours: true, share: true });
    if (!view) return replyMistake(interaction, unknownPassageText(context, target?.language ?? languageOfLocale(interaction.locale)));
    await reply(interaction, view, { ephemeral: true });
  },
} satisfies ButtonHandler;
