/**
 * /outline document: [chapter]: the document as a study guide: chapters with their key messages,
 * a menu to jump to a chapter, and buttons that open a slide or paragraph as /source shows it.
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { outlineOf } from '../../study/outline.ts';
import type { Command } from '../command.ts';
import { commandNames, nameCommand } from '../command-names.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { documentChoices } from '../format/choices.ts';
import { formatOutlineOverview, formatOutlineSection } from '../format/outline.ts';
import { echoInput, escapeMarkdown } from '../format/text.ts';
import { resolveDocument } from '../passages.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';
import { chapterChoices, resolveChapter } from '../study-lookups.ts';
import { commandText, discordText, studyCommandText, studyDiscordText } from '../text.ts';

const { document: documentOption, chapter: chapterOption } = studyCommandText.outline.options;

export const outline = {
  data: slashCommand(studyCommandText.outline, [stringOption(documentOption, { required: true, autocomplete: true }), stringOption(chapterOption, { autocomplete: true })]),

  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const typedDocument = interaction.options.getString(documentOption.name.en, true);
    const document = resolveDocument(context.engine, typedDocument);
    if (!document) return replyMistake(interaction, fill(t(discordText.unknownDocument, language), { ...commandNames(context, language), document: echoInput(typedDocument) }));
    const sections = outlineOf(context.engine.passages(document.id), language);
    const typedChapter = interaction.options.getString(chapterOption.name.en) ?? '';
    if (!typedChapter.trim()) return reply(interaction, formatOutlineOverview(document, sections, language));
    const chapter = resolveChapter(context.engine, document, typedChapter);
    const index = chapter === undefined ? -1 : sections.findIndex((section) => section.chapter === chapter);
    if (index === -1) {
      const chapters = sections.flatMap((section) => (section.chapter ? [`「${escapeMarkdown(section.chapter)}」`] : []));
      const text = chapters.length > 0 ? studyDiscordText.unknownChapter : studyDiscordText.noChapters;
      return replyMistake(interaction, fill(t(text, language), { title: escapeMarkdown(document.title), chapter: echoInput(typedChapter), chapters: chapters.join('') }));
    }
    await reply(interaction, formatOutlineSection(document, sections, index, language, nameCommand(context, commandText.source.name.en, language)));
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === documentOption.name.en) return respondChoices(interaction, documentChoices(context.engine.documents(), focused.value));
    const document = resolveDocument(context.engine, interaction.options.getString(documentOption.name.en) ?? '');
    await respondChoices(interaction, document ? chapterChoices(context.engine, document, focused.value) : []);
  },
} satisfies Command;
