/**
 * /search query: → the passages that contain the words, each with a snippet and where it is,
 * shown only to the person, with 共有 to post the list in the channel.
 */
import { commandText } from '../text.ts';
import { askWithinAllowance } from '../answer-question.ts';
import type { Command } from '../command.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { nameCommand } from '../command-names.ts';
import { formatSearchResults } from '../format/search.ts';
import { SEARCH_RESULT_LIMIT } from '../limits.ts';
import { cleanQuestion } from '../question-text.ts';
import { reply, replyMistake } from '../respond.ts';

export const search = {
  data: slashCommand(commandText.search, [stringOption(commandText.search.options.query, { required: true })]),
  answersPrivately: () => true,
  async execute(interaction, context) {
    const query = cleanQuestion(interaction.options.getString(commandText.search.options.query.name.en, true));
    const outcome = askWithinAllowance(context, interaction.user.id, query, () => context.engine.search(query, { limit: SEARCH_RESULT_LIMIT }));
    if (!outcome.ok) return replyMistake(interaction, outcome.message);
    context.log.info('searched', { hits: outcome.answer.hits.length, language: outcome.answer.language });
    // Kept as a session so that 共有 can post the same list (a custom id cannot hold the query).
    const session = context.sessions.create(outcome.answer, 'search');
    const source = nameCommand(context, commandText.source.name.en, outcome.answer.language);
    await reply(interaction, formatSearchResults(outcome.answer, { source, shareSession: session.id }), { ephemeral: true });
  },
} satisfies Command;
