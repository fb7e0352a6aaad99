/** /help → what Shiori knows (each document, with its size) and the ways to ask. */
import type { APIEmbed } from 'discord.js';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta } from '../../core/types.ts';
import { discordText } from '../text.ts';
import { documentKindLabels, formatDate } from '../../core/citation.ts';
import { fill, t } from '../../core/i18n.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX, EMBED_FIELDS_MAX } from '../limits.ts';
import { formatPlain, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

export interface HelpInput {
  documents: { meta: DocumentMeta; passages: number }[];
  language: Language;
  askChannelIds: readonly string[];
}

export function formatHelp({ documents, language, askChannelIds }: HelpInput): MessageView {
  let description = t(discordText.helpBody, language);
  if (askChannelIds.length > 0) {
    // <#id> renders as a channel link; channel mentions never notify anyone.
    const channels = askChannelIds.map((id) => `<#${id}>`).join(' ');
    description += `\n${fill(t(discordText.helpAskChannels, language), { channels })}`;
  }
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: t(discordText.helpTitle, language),
    description: truncateAtSentence(description, EMBED_DESCRIPTION_MAX),
    fields: documents.slice(0, EMBED_FIELDS_MAX).map(({ meta, passages }) => ({
      name: formatPlain(`『${meta.title}』`, EMBED_FIELD_NAME_MAX),
      value: formatPlain(
        fill(t(discordText.helpDocumentLine, language), {
          kind: t(documentKindLabels[meta.kind], language),
          author: meta.author,
          date: meta.date ? formatDate(meta.date, language) : '—',
          passages,
        }),
        EMBED_FIELD_VALUE_MAX,
      ),
    })),
  };
  embed.footer = { text: fill(t(discordText.helpDocumentsField, language), { count: documents.length }) };
  return { embeds: [embed] };
}
