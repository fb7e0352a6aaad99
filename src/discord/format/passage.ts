/**
 * A whole passage → message: for /source (privately, with ◀ ▶ to the neighbouring slides or
 * sections and 共有), for 全文 (the same without buttons, only to the person who pressed it), and
 * shared in the channel (saying who shared it). Part markers of split passages never show.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta, Passage } from '../../core/types.ts';
import { discordText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import { formatCitation, formatShortCitation } from '../../core/citation.ts';
import { EMBED_DESCRIPTION_MAX, EMBED_FOOTER_MAX, EMBED_TITLE_MAX } from '../limits.ts';
import { readerLocation } from './citation.ts';
import { sharePassageId, sourceStepDisabledId, sourceStepId } from './custom-ids.ts';
import { escapeMarkdown, formatPlain, renderWithin } from './text.ts';
import { EMBED_COLOUR, type MessageView } from './view.ts';

export interface PassageViewInput {
  passage: Passage;
  document: DocumentMeta;
  language: Language;
  /** 1-based position of the passage in its document, and how many passages it has. */
  position: number;
  count: number;
  /** Given for /source: adds ◀ ▶ buttons (disabled at either end). */
  neighbours?: { previous?: Passage; next?: Passage };
  /** Shown only to the person (/source): adds 共有. */
  share?: boolean;
  /** Who posted it in the channel with 共有 (a display name). */
  sharedBy?: string;
}

/** The heading in bold above the text, unless the text already starts with it. */
function passageMarkdown(passage: Passage, limit: number): string {
  const heading = passage.heading?.trim();
  const showHeading = heading && !passage.text.trimStart().startsWith(heading);
  const plain = showHeading ? `${heading}\n${passage.text}` : passage.text;
  return renderWithin(plain, limit, ({ text }) => {
    if (!showHeading || text.length <= heading.length) return escapeMarkdown(text);
    return `**${escapeMarkdown(heading)}**${escapeMarkdown(text.slice(heading.length))}`;
  });
}

function stepButton(language: Language, direction: 'previous' | 'next', target: Passage | undefined): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(direction === 'previous' ? discordText.buttonPrevious : discordText.buttonNext, language),
    custom_id: target ? sourceStepId(language, target.id) : sourceStepDisabledId(direction),
    disabled: !target,
  };
}

export function formatPassage(input: PassageViewInput): MessageView {
  const { passage, document, language } = input;
  const location = readerLocation(passage.location);
  const footer = fill(t(discordText.passageFooter, language), { citation: formatCitation(document, location, language), position: input.position, count: input.count });
  const shared = input.sharedBy ? `\n${fill(t(discordText.cardSharedBy, language), { name: input.sharedBy })}` : '';
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: formatPlain(formatShortCitation(document, location, language), EMBED_TITLE_MAX),
    description: passageMarkdown(passage, EMBED_DESCRIPTION_MAX),
    footer: { text: formatPlain(footer + shared, EMBED_FOOTER_MAX) },
  };
  const buttons: APIButtonComponent[] = [];
  if (input.neighbours) buttons.push(stepButton(language, 'previous', input.neighbours.previous), stepButton(language, 'next', input.neighbours.next));
  if (input.share) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: t(discordText.buttonShare, language), custom_id: sharePassageId(language, passage.id) });
  return buttons.length > 0 ? { embeds: [embed], components: [{ type: ComponentType.ActionRow, components: buttons }] } : { embeds: [embed] };
}
