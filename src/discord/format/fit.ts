/**
 * The last line of defence before a send: whatever a formatter produced, cut it to Discord's
 * limits (content, per-embed fields, the 6,000-character embed total, buttons, a card's 4,000
 * characters of text) so Discord never rejects it. Formatters already aim within the limits;
 * this only changes anything when they miss.
 */
import { ComponentType, type APIEmbed, type APIEmbedField } from 'discord.js';
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTONS_PER_ROW_MAX,
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  MESSAGE_CONTENT_MAX,
  SELECT_OPTION_DESCRIPTION_MAX,
  SELECT_OPTION_LABEL_MAX,
  SELECT_OPTIONS_MAX,
  V2_TEXT_MAX,
} from '../limits.ts';
import { truncateAtSentence } from './text.ts';
import type { ButtonRow, CardView, ComponentRow, MessageView, SelectRow } from './view.ts';

/** Discord rejects empty field names and values; a dash keeps the layout. */
export const EMPTY_FIELD = '—';

/** The characters Discord counts towards an embed's 6,000. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function fitField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncateAtSentence(field.name, EMBED_FIELD_NAME_MAX) || EMPTY_FIELD,
    value: truncateAtSentence(field.value, EMBED_FIELD_VALUE_MAX) || EMPTY_FIELD,
  };
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateAtSentence(embed.title, EMBED_TITLE_MAX);
  if (embed.description !== undefined) fitted.description = truncateAtSentence(embed.description, EMBED_DESCRIPTION_MAX);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncateAtSentence(embed.footer.text, EMBED_FOOTER_MAX) };
  if (embed.author) fitted.author = { ...embed.author, name: truncateAtSentence(embed.author.name, EMBED_AUTHOR_NAME_MAX) };
  if (embed.fields) fitted.fields = embed.fields.slice(0, EMBED_FIELDS_MAX).map(fitField);
  return fitted;
}

/** Keep the total under 6,000: drop trailing fields first (the least relevant), then shorten descriptions, then drop embeds. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  const result = embeds.map((embed) => ({ ...embed, fields: embed.fields ? [...embed.fields] : undefined }));
  const total = () => result.reduce((sum, embed) => sum + embedLength(embed), 0);
  for (let index = result.length - 1; index >= 0 && total() > EMBED_TOTAL_MAX; index--) {
    const fields = result[index]!.fields;
    while (fields && fields.length > 0 && total() > EMBED_TOTAL_MAX) fields.pop();
  }
  for (let index = result.length - 1; index >= 0 && total() > EMBED_TOTAL_MAX; index--) {
    const embed = result[index]!;
    if (!embed.description) continue;
    const excess = total() - EMBED_TOTAL_MAX;
    embed.description = truncateAtSentence(embed.description, Math.max(1, embed.description.length - excess));
  }
  // Titles and footers of many embeds can still add up: drop whole embeds from the end.
  while (result.length > 1 && total() > EMBED_TOTAL_MAX) result.pop();
  for (const embed of result) if (!embed.fields?.length) delete embed.fields;
  return result;
}

function fitSelectRow(row: SelectRow): SelectRow {
  return {
    ...row,
    components: row.components.slice(0, 1).map((menu) => ({
      ...menu,
      options: menu.options.slice(0, SELECT_OPTIONS_MAX).map((option) => ({
        ...option,
        label: truncateAtSentence(option.label, SELECT_OPTION_LABEL_MAX),
        ...(option.description !== undefined ? { description: truncateAtSentence(option.description, SELECT_OPTION_DESCRIPTION_MAX) } : {}),
      })),
    })),
  };
}

/** At most 5 rows of at most 5 buttons, labels within 80 characters; a select menu alone in its row, at most 25 options. */
function fitComponents(rows: ComponentRow[]): ComponentRow[] {
  return rows.slice(0, ACTION_ROWS_MAX).map((row) => {
    if (row.components.some((component) => component.type === ComponentType.StringSelect)) return fitSelectRow(row as SelectRow);
    const buttons = row as ButtonRow;
    return {
      ...buttons,
      components: buttons.components
        .slice(0, BUTTONS_PER_ROW_MAX)
        .map((button) => ('label' in button && button.label !== undefined ? { ...button, label: truncateAtSentence(button.label, BUTTON_LABEL_MAX) } : button)),
    };
  });
}

/** Every text display of a card, nested ones included, as objects that can be changed in place. */
function textDisplays(components: readonly unknown[]): { content: string }[] {
  const found: { content: string }[] = [];
  const walk = (component: { type?: number; content?: string; components?: unknown[] }) => {
    if (component.type === ComponentType.TextDisplay) found.push(component as { content: string });
    for (const child of component.components ?? []) walk(child as typeof component);
  };
  for (const component of components) walk(component as never);
  return found;
}

/** A card's text within Discord's 4,000 characters in all: the longest text displays are shortened first. */
function fitCard(view: CardView): CardView {
  const card = structuredClone(view.card);
  const texts = textDisplays(card);
  let total = texts.reduce((sum, display) => sum + display.content.length, 0);
  while (total > V2_TEXT_MAX) {
    const longest = texts.reduce((a, b) => (b.content.length > a.content.length ? b : a));
    const keep = Math.max(1, longest.content.length - (total - V2_TEXT_MAX));
    total -= longest.content.length;
    longest.content = truncateAtSentence(longest.content, keep);
    total += longest.content.length;
  }
  return { ...view, card };
}

export function fitView(view: MessageView): MessageView {
  if (view.card) return fitCard(view);
  const fitted: MessageView = { ...view };
  if (view.content !== undefined) fitted.content = truncateAtSentence(view.content, MESSAGE_CONTENT_MAX);
  if (view.embeds) fitted.embeds = fitTotal(view.embeds.slice(0, EMBEDS_PER_MESSAGE_MAX).map(fitEmbed));
  if (view.components) fitted.components = fitComponents(view.components);
  return fitted;
}
