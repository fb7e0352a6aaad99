/** /help → what Shiori knows (each document, with its size) and the ways to ask. */
import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { DocumentMeta, Language } from '../../core/types.ts';
import { commandMention, localisedDescription } from '../command-data.ts';
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
  /** The registered commands, listed as the reader's client names them. */
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  /** The message-menu command as the reader's client names it («Shiori に聞く»). */
  menuName: string;
}

/** One line per command: «/質問（/ask） — 資料から答えの箇所を探して引用します». */
function commandLines(commands: HelpInput['commands'], language: Language): string {
  return commands.map((command) => `• ${commandMention(command, language)} — ${localisedDescription(command, language)}`).join('\n');
}

export function formatHelp({ documents, language, askChannelIds, commands, menuName }: HelpInput): MessageView {
  const names = { ...Object.fromEntries(commands.map((command) => [command.name, commandMention(command, language)])), menu: menuName };
  let description = `${fill(t(discordText.helpIntro, language), names)}\n\n${commandLines(commands, language)}\n\n${fill(t(discordText.helpButtons, language), names)}`;
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
