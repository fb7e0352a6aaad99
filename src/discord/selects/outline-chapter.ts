/** The chapter menu under /outline: show the chosen chapter in the same message. */
import { languageOfLocale } from '../../core/i18n.ts';
import { outlineOf } from '../../study/outline.ts';
import type { SelectHandler } from '../command.ts';
import { nameCommand, unknownPassageText } from '../command-names.ts';
import { parseOutlineChapter, SELECT_PREFIX } from '../format/custom-ids.ts';
import { formatOutlineSection } from '../format/outline.ts';
import { replyMistake, update } from '../respond.ts';
import { commandText } from '../text.ts';

export const outlineChapter = {
  prefix: SELECT_PREFIX.outlineChapter,
  async execute(interaction, args, context) {
    const target = parseOutlineChapter(args);
    const language = target?.language ?? languageOfLocale(interaction.locale);
    const document = target && context.engine.document(target.documentId);
    const sections = document ? outlineOf(context.engine.passages(document.id), language) : [];
    const index = Number(interaction.values[0]);
    if (!document || !Number.isInteger(index) || !sections[index]) return replyMistake(interaction, unknownPassageText(context, language));
    await update(interaction, formatOutlineSection(document, sections, index, language, nameCommand(context, commandText.source.name.en, language)));
  },
} satisfies SelectHandler;
