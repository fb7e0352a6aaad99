/** /search results → one embed listing each matching passage: where it is and a snippet with the words in bold. */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../answer/types.ts';
import { discordText, fill, formatShortCitation, t } from '../../messages.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FIELD_NAME_MAX, EMBED_TITLE_MAX, SNIPPET_MAX } from '../limits.ts';
import { EMPTY_FIELD } from './fit.ts';
import { formatPlain, formatQuote, singleLine } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

export function formatSearchResults(result: Answer): MessageView {
  const { language } = result;
  const query = singleLine(result.question);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: formatPlain(fill(t(discordText.searchTitle, language), { query }), EMBED_TITLE_MAX),
    description: formatPlain(
      result.hits.length > 0
        ? fill(t(discordText.searchSummary, language), { count: result.hits.length })
        : fill(t(discordText.searchNoResults, language), { query }),
      EMBED_DESCRIPTION_MAX,
    ),
  };
  if (result.hits.length > 0) {
    embed.fields = result.hits.map((hit, index) => ({
      name: formatPlain(`${index + 1}. ${formatShortCitation(hit.document, hit.passage, language)}`, EMBED_FIELD_NAME_MAX),
      value: formatQuote(hit.quote, hit.marks, SNIPPET_MAX) || EMPTY_FIELD,
    }));
  }
  return { embeds: [embed] };
}
