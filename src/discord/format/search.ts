/**
 * /search results → one embed listing each matching passage: where it is and a snippet with the
 * words in bold. Shown privately with 共有; shared, it says who shared it.
 */
import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import type { Answer, Hit } from '../../answer/types.ts';
import type { Language } from '../../core/types.ts';
import { discordText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FIELD_NAME_MAX, EMBED_FOOTER_MAX, EMBED_TITLE_MAX, QUERY_ECHO_MAX, SNIPPET_MAX } from '../limits.ts';
import { readerShortCitation } from './citation.ts';
import { shareSearchId } from './custom-ids.ts';
import { EMPTY_FIELD } from './fit.ts';
import { echoInput, formatPlain, formatQuote, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

/** `2. 『title』 slide 12`: the name of a field listing a hit. */
export function hitFieldName(hit: Hit, rank: number, language: Language): string {
  // The rank is ours, not the document's: left unescaped (lists do not render in field names).
  const prefix = `${rank}. `;
  return prefix + formatPlain(readerShortCitation(hit.document, hit.passage.location, language), EMBED_FIELD_NAME_MAX - prefix.length);
}

export interface SearchViewOptions {
  /** /source as the reader's client names it («/原文（/source）»). */
  source: string;
  /** The session the results are kept under: adds 共有 (the private view). */
  shareSession?: string;
  /** Who posted them in the channel with 共有 (a display name). */
  sharedBy?: string;
}

export function formatSearchResults(result: Answer, options: SearchViewOptions): MessageView {
  const { language } = result;
  // Only the query is the person's text: escape it, not the message around it (which names /source).
  const query = echoInput(result.question, QUERY_ECHO_MAX);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: truncateAtSentence(fill(t(discordText.searchTitle, language), { query }), EMBED_TITLE_MAX),
    description: truncateAtSentence(
      result.hits.length > 0
        ? fill(t(discordText.searchSummary, language), { count: result.hits.length, source: options.source })
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
  if (options.sharedBy) embed.footer = { text: truncateAtSentence(fill(t(discordText.cardSharedBy, language), { name: options.sharedBy }), EMBED_FOOTER_MAX) };
  if (!options.shareSession || result.hits.length === 0) return { embeds: [embed] };
  const share = { type: ComponentType.Button as const, style: ButtonStyle.Primary as const, label: t(discordText.buttonShare, language), custom_id: shareSearchId(options.shareSession) };
  return { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: [share] }] };
}
