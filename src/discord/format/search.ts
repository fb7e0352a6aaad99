/** /search results → one embed listing each matching passage: where it is and a snippet with the words in bold. */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answer/types.ts';
import { discordText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX, QUERY_ECHO_MAX, SNIPPET_MAX } from '../limits.ts';
import { hitFieldName } from './answer.ts';
import { EMPTY_FIELD } from './fit.ts';
import { formatPlain, formatQuote, singleLine, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

export function formatSearchResults(result: Answer): MessageView {
  const { language } = result;
  // Only the query is the person's text: escape it, not the message around it (which has `/source`).
  const query = formatPlain(singleLine(result.question), QUERY_ECHO_MAX);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: truncateAtSentence(fill(t(discordText.searchTitle, language), { query }), EMBED_TITLE_MAX),
    description: truncateAtSentence(
      result.hits.length > 0
        ? fill(t(discordText.searchSummary, language), { count: result.hits.length })
        : fill(t(discordText.searchNoResults, language), { query }),
      EMBED_DESCRIPTION_MAX,
    ),
  };
  if (result.hits.length > 0) {
    embed.fields = result.hits.map((hit, index) => ({
      name: hitFieldName(hit, index + 1, language),
      value: formatQuote(hit.quote, hit.marks, SNIPPET_MAX) || EMPTY_FIELD,
    }));
  }
  return { embeds: [embed] };
}
