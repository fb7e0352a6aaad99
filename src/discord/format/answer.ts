/**
 * answer → message. A confident answer quotes its best hit (matched words in bold) with the
 * citation and up to two more hits, with ◀ ▶ 全文 👍 👎 below. An answer that is not confident
 * says so and lists the nearest places instead of quoting one as if it answered.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, Hit } from '../../answer/types.ts';
import type { Language } from '../../core/types.ts';
import { discordText } from '../text.ts';
import { fill, t } from '../../core/i18n.ts';
import { formatAlsoIn, formatCitation, formatShortCitation } from '../../core/citation.ts';
import {
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_TITLE_MAX,
  HEADING_LINE_MAX,
  HITS_PER_PAGE,
  QUOTE_MAX,
  SNIPPET_MAX,
} from '../limits.ts';
import { answerPageId, feedbackId, fullTextId } from './custom-ids.ts';
import { EMPTY_FIELD } from './fit.ts';
import { formatPlain, formatQuote, singleLine, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type ButtonRow, type MessageView } from './view.ts';

export function pageCount(answer: Answer): number {
  return Math.max(1, Math.ceil(answer.hits.length / HITS_PER_PAGE));
}

/** The hits shown on a page (0-based; out-of-range pages are clamped). */
export function hitsOnPage(answer: Answer, page: number): { page: number; hits: Hit[] } {
  const clamped = Math.min(Math.max(0, Math.trunc(page)), pageCount(answer) - 1);
  return { page: clamped, hits: answer.hits.slice(clamped * HITS_PER_PAGE, (clamped + 1) * HITS_PER_PAGE) };
}

export function questionTitle(question: string, language: Language): string {
  const escaped = formatPlain(singleLine(question), EMBED_TITLE_MAX);
  return truncateAtSentence(fill(t(discordText.questionTitle, language), { question: escaped }), EMBED_TITLE_MAX);
}

/** `2. 『title』 slide 12`: the name of a field listing a hit. */
export function hitFieldName(hit: Hit, rank: number, language: Language): string {
  // The rank is ours, not the document's: left unescaped (lists do not render in field names).
  const prefix = `${rank}. `;
  return prefix + formatPlain(formatShortCitation(hit.document, hit.passage.location, language), EMBED_FIELD_NAME_MAX - prefix.length);
}

type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary;

function button(customId: string, label: string, style: ActionStyle, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label, style, disabled };
}

function row(...buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

function feedbackButtons(sessionId: string, page: number, language: Language): APIButtonComponent[] {
  return [
    button(feedbackId(sessionId, page, 'up'), t(discordText.buttonHelpful, language), ButtonStyle.Secondary),
    button(feedbackId(sessionId, page, 'down'), t(discordText.buttonNotHelpful, language), ButtonStyle.Secondary),
  ];
}

function confidentPage(answer: Answer, sessionId: string, page: number, hits: Hit[]): MessageView {
  const { language } = answer;
  const pages = pageCount(answer);
  const [main, ...more] = hits as [Hit, ...Hit[]];
  const fields: APIEmbedField[] = [
    {
      name: t(discordText.sourceField, language),
      value: formatPlain(
        [formatCitation(main.document, main.passage.location, language), formatAlsoIn((main.alsoIn ?? []).map((document) => document.title), language)].filter(Boolean).join('\n'),
        EMBED_FIELD_VALUE_MAX,
      ),
    },
    ...more.map((hit, index) => ({
      name: hitFieldName(hit, page * HITS_PER_PAGE + index + 2, language),
      value: formatQuote(hit.quote, hit.marks, SNIPPET_MAX) || EMPTY_FIELD,
    })),
  ];
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: questionTitle(answer.question, language),
    description: formatQuote(main.quote, main.marks, QUOTE_MAX),
    fields,
    footer: { text: fill(t(discordText.answerFooter, language), { page: page + 1, pages }) },
  };
  const controls = row(
    button(answerPageId(sessionId, Math.max(0, page - 1)), t(discordText.buttonPrevious, language), ButtonStyle.Secondary, page === 0),
    button(answerPageId(sessionId, page + 1), t(discordText.buttonNext, language), ButtonStyle.Secondary, page >= pages - 1),
    button(fullTextId(language, main.passage.id), t(discordText.buttonFullText, language), ButtonStyle.Primary),
    ...feedbackButtons(sessionId, page, language),
  );
  return { embeds: [embed], components: [controls] };
}

/** Nothing answers well: say so, and name the nearest places by heading rather than quote them. */
function unsureAnswer(answer: Answer, sessionId: string): MessageView {
  const { language } = answer;
  const nearest = answer.hits.slice(0, HITS_PER_PAGE);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: questionTitle(answer.question, language),
    description: t(nearest.length > 0 ? discordText.notConfident : discordText.noHits, language),
  };
  if (nearest.length > 0) {
    embed.fields = nearest.map((hit, index) => ({
      name: hitFieldName(hit, index + 1, language),
      value: formatPlain(singleLine(hit.passage.heading ?? hit.quote), HEADING_LINE_MAX) || EMPTY_FIELD,
    }));
  }
  return { embeds: [embed], components: [row(...feedbackButtons(sessionId, 0, language))] };
}

/** The message for page `page` of an answer kept under `sessionId`. */
export function formatAnswer(answer: Answer, sessionId: string, page = 0): MessageView {
  if (!answer.confident || answer.hits.length === 0) return unsureAnswer(answer, sessionId);
  const shown = hitsOnPage(answer, page);
  return confidentPage(answer, sessionId, shown.page, shown.hits);
}
