/**
 * /quiz [document] [chapter] [count] [seconds]: a group quiz in a channel (a solo quiz in a DM).
 * Shiori announces it here, then posts one question at a time in the channel (quiz-runner.ts).
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { freshSeed } from '../../study/random.ts';
import { QUIZ_SECONDS_DEFAULT, QUIZ_SECONDS_MAX, QUIZ_SECONDS_MIN } from '../../study/scoring.ts';
import { QUIZ_COUNT_DEFAULT, QUIZ_COUNT_MAX, QUIZ_COUNT_MIN } from '../../study/select.ts';
import type { Command } from '../command.ts';
import { commandNames } from '../command-names.ts';
import { integerOption, slashCommand, stringOption } from '../command-data.ts';
import { documentChoices } from '../format/choices.ts';
import { formatQuizIntro } from '../format/quiz.ts';
import { echoInput, escapeMarkdown } from '../format/text.ts';
import { resolveDocument } from '../passages.ts';
import { displayNameOf } from '../people.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';
import { chapterChoices, chaptersOfDocument, resolveChapter } from '../study-lookups.ts';
import { discordText, studyCommandText, studyDiscordText } from '../text.ts';

const { document: documentOption, chapter: chapterOption, count: countOption, seconds: secondsOption } = studyCommandText.quiz.options;

export const quiz = {
  data: slashCommand(studyCommandText.quiz, [
    stringOption(documentOption, { autocomplete: true }),
    stringOption(chapterOption, { autocomplete: true }),
    integerOption(countOption, { min: QUIZ_COUNT_MIN, max: QUIZ_COUNT_MAX }),
    integerOption(secondsOption, { min: QUIZ_SECONDS_MIN, max: QUIZ_SECONDS_MAX }),
    // Quiz questions are channel messages: only where Shiori itself is in the server (or a DM with it).
  ], { reach: 'server' }),

  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    // Discord's client keeps these in range, but any client can send anything.
    const count = interaction.options.getInteger(countOption.name.en) ?? QUIZ_COUNT_DEFAULT;
    if (count < QUIZ_COUNT_MIN || count > QUIZ_COUNT_MAX) {
      return replyMistake(interaction, fill(t(studyDiscordText.countOutOfRange, language), { min: QUIZ_COUNT_MIN, max: QUIZ_COUNT_MAX, value: count }));
    }
    const seconds = interaction.options.getInteger(secondsOption.name.en) ?? QUIZ_SECONDS_DEFAULT;
    if (seconds < QUIZ_SECONDS_MIN || seconds > QUIZ_SECONDS_MAX) {
      return replyMistake(interaction, fill(t(studyDiscordText.secondsOutOfRange, language), { min: QUIZ_SECONDS_MIN, max: QUIZ_SECONDS_MAX, value: seconds }));
    }
    const typedDocument = interaction.options.getString(documentOption.name.en) ?? '';
    const typedChapter = interaction.options.getString(chapterOption.name.en) ?? '';
    const document = typedDocument.trim() ? resolveDocument(context.engine, typedDocument) : undefined;
    if (typedDocument.trim() && !document) return replyMistake(interaction, fill(t(discordText.unknownDocument, language), { ...commandNames(context, language), document: echoInput(typedDocument) }));
    let chapter: string | undefined;
    if (typedChapter.trim()) {
      if (!document) return replyMistake(interaction, t(studyDiscordText.chapterNeedsDocument, language));
      chapter = resolveChapter(context.engine, document, typedChapter);
      if (!chapter) {
        const chapters = chaptersOfDocument(context.engine, document.id);
        const text = chapters.length > 0 ? studyDiscordText.unknownChapter : studyDiscordText.noChapters;
        return replyMistake(interaction, fill(t(text, language), { title: escapeMarkdown(document.title), chapter: echoInput(typedChapter), chapters: chapters.map((name) => `「${escapeMarkdown(name)}」`).join('') }));
      }
    }

    const solo = !interaction.inGuild();
    const starterName = displayNameOf(interaction);
    const outcome = await context.study.quizzes.create({
      channelId: interaction.channelId,
      guildId: interaction.guildId ?? undefined,
      starterId: interaction.user.id,
      starterName,
      language,
      seconds,
      count,
      document: document?.id,
      chapter,
      seed: freshSeed(),
      solo,
    });
    if (outcome.kind === 'no-items') return replyMistake(interaction, t(studyDiscordText.noItems, language));
    if (outcome.kind === 'running') return replyMistake(interaction, fill(t(studyDiscordText.quizRunningHere, language), { link: outcome.link }));

    const scope = chapter ?? (document ? `『${document.title}』` : undefined);
    await reply(interaction, formatQuizIntro({ starter: starterName, count: outcome.items.length, seconds, scope, solo, language }));
    context.log.info('quiz started', { quiz: outcome.quiz.id, channel: interaction.channelId, questions: outcome.items.length, solo });
    if (!(await context.study.quizzes.begin(outcome.quiz.id))) await replyMistake(interaction, t(studyDiscordText.cannotPost, language));
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === documentOption.name.en) return respondChoices(interaction, documentChoices(context.engine.documents(), focused.value));
    const typedDocument = interaction.options.getString(documentOption.name.en) ?? '';
    const document = typedDocument.trim() ? resolveDocument(context.engine, typedDocument) : undefined;
    await respondChoices(interaction, chapterChoices(context.engine, document, focused.value));
  },
} satisfies Command;
