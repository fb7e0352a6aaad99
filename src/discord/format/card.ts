/**
 * answer → one answer card: a Components V2 message of about one phone screen. The answer itself
 * first (a figure's value, or the quote with the answer's words in bold), the quote, one small
 * citation line, the charts of the figures asked for, the other candidates in a menu, then 全文,
 * 👍 and 👎 (showing how many chose each) and, on a private card, 共有. A question nothing answers
 * clearly gets a short card: one line saying so, the nearest places, a hint; nothing to vote on.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent, type APIComponentInContainer, type APIContainerComponent, type APISelectMenuOption } from 'discord.js';
import type { Answer, Hit } from '../../answer/types.ts';
import { formatAlsoIn } from '../../core/citation.ts';
import { fill, joinList, t } from '../../core/i18n.ts';
import type { Language } from '../../core/types.ts';
import { CARD_LINES_MAX, CARD_QUOTE_LINES_MAX, MISS_PLACES_MAX, QUERY_ECHO_MAX, QUOTE_MAX, SELECT_OPTION_DESCRIPTION_MAX, SELECT_OPTION_LABEL_MAX, SELECT_PLACEHOLDER_MAX, SHORT_TITLE_MAX } from '../limits.ts';
import { discordText } from '../text.ts';
import { cardCitation, shortName } from './citation.ts';
import { candidateId, feedbackId, fullTextId, shareAnswerId } from './custom-ids.ts';
import { phoneLines } from './phone-lines.ts';
import { fitQuote } from './quote-fit.ts';
import { escapeMarkdown, formatPlain, formatQuote, singleLine, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type CardView, type MessageFile } from './view.ts';

/** How a card is shown, kept with its answer so that every later render (a candidate chosen, a vote) shows the same. */
export interface CardSettings {
  /** Whom the answer is for (a user id): shown as a mention that pings no one. */
  addressee?: string;
  /** Repeat the question, where the reader does not see it above the card (a slash command, the context menu, a shared card). */
  echo?: boolean;
  /** Words of the previous question a follow-up in a thread was read with. */
  readWith?: string[];
  /** Who posted a private answer in the channel with 共有 (a display name, never a mention). */
  sharedBy?: string;
  /**
   * Who asked, or shared, a public card (a user id; never shown): only they change which candidate
   * it shows; anyone else who picks one gets their own private copy.
   */
  owner?: string;
}

export interface AnswerCardInput {
  answer: Answer;
  sessionId: string;
  /** The hit shown as the quote: 0 is the best; the others are in 「ほかの候補」. */
  shown: number;
  settings: CardSettings;
  /** Charts of the figures the question asks for, drawn (shown in a gallery, attached as files). */
  charts: readonly MessageFile[];
  /** People whose latest vote on this card is 👍, and 👎. */
  tally: { up: number; down: number };
  /** Only the asker sees it: adds 共有. */
  private: boolean;
  /** For a card that found nothing clear: the search command as the reader's client names it, the ask command, and an example question. */
  hint: { search: string; ask: string; example?: string };
}

const text = (content: string) => ({ type: ComponentType.TextDisplay as const, content });
const subtext = (line: string) => `-# ${line}`;

function container(components: APIComponentInContainer[]): APIContainerComponent {
  return { type: ComponentType.Container, accent_color: EMBED_COLOUR, components };
}

/** Lines above the answer and below the citation: whom it is for; the question, how it was read, who shared it. */
function frame(settings: CardSettings, question: string, language: Language): { head: string[]; foot: string[] } {
  const head = settings.addressee ? [fill(t(discordText.cardAddressee, language), { user: `<@${settings.addressee}>` })] : [];
  const foot: string[] = [];
  if (settings.echo) foot.push(subtext(fill(t(discordText.cardQuestion, language), { question: formatPlain(singleLine(question), QUERY_ECHO_MAX) })));
  if (settings.readWith?.length) foot.push(subtext(fill(t(discordText.cardReadWith, language), { words: formatPlain(joinList(settings.readWith, language), QUERY_ECHO_MAX) })));
  if (settings.sharedBy) foot.push(subtext(fill(t(discordText.cardSharedBy, language), { name: formatPlain(settings.sharedBy, QUERY_ECHO_MAX) })));
  return { head, foot };
}

/** The candidates menu: every hit, numbered, the shown one chosen. */
function candidateOptions(answer: Answer, shown: number): APISelectMenuOption[] {
  return answer.hits.map((hit, index) => ({
    label: truncateAtSentence(`${index + 1}. ${cardCitation(hit.document, hit.passage.location, answer.language)}`, SELECT_OPTION_LABEL_MAX),
    value: String(index),
    description: truncateAtSentence(singleLine(hit.quote), SELECT_OPTION_DESCRIPTION_MAX),
    default: index === shown,
  }));
}

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label, style };
}

/** 👍 and 👎 with how many chose each; a chosen one is highlighted (green, red). */
function voteButtons(sessionId: string, shown: number, tally: AnswerCardInput['tally'], language: Language): APIButtonComponent[] {
  const label = (emoji: string, count: number) => (count > 0 ? `${emoji} ${count}` : emoji);
  return [
    button(feedbackId(sessionId, shown, 'up'), label(t(discordText.buttonHelpful, language), tally.up), tally.up > 0 ? ButtonStyle.Success : ButtonStyle.Secondary),
    button(feedbackId(sessionId, shown, 'down'), label(t(discordText.buttonNotHelpful, language), tally.down), tally.down > 0 ? ButtonStyle.Danger : ButtonStyle.Secondary),
  ];
}

function confidentCard(input: AnswerCardInput, hit: Hit, shown: number): CardView {
  const { answer, settings } = input;
  const { language } = answer;
  const { head, foot } = frame(settings, answer.question, language);
  // The figure's value answers the question asked; another candidate is only a quote.
  if (shown === 0 && answer.value) head.push(`**${escapeMarkdown(singleLine(answer.value))}**`);
  const alsoIn = formatAlsoIn((hit.alsoIn ?? []).map((document) => shortName(document.title, SHORT_TITLE_MAX)), language);
  const citation = [
    subtext(formatPlain(cardCitation(hit.document, hit.passage.location, language), QUERY_ECHO_MAX)),
    ...(alsoIn ? [subtext(formatPlain(alsoIn, QUERY_ECHO_MAX))] : []),
    ...foot,
  ].join('\n');
  const room = Math.min(CARD_QUOTE_LINES_MAX, CARD_LINES_MAX - phoneLines([...head, citation].join('\n')));
  const quote = fitQuote(hit.quote, hit.answerMarks, hit.marks, Math.max(1, room));
  const body = [...head, formatQuote(quote.text, quote.spans, QUOTE_MAX)].join('\n');
  const components: APIComponentInContainer[] = [text(body), text(citation)];
  if (input.charts.length > 0) {
    components.push({ type: ComponentType.MediaGallery, items: input.charts.map((chart) => ({ media: { url: `attachment://${chart.name}` }, ...(chart.description ? { description: chart.description } : {}) })) });
  }
  if (answer.hits.length > 1) {
    const placeholder = truncateAtSentence(fill(t(discordText.candidatesPlaceholder, language), { count: answer.hits.length - 1 }), SELECT_PLACEHOLDER_MAX);
    components.push({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.StringSelect, custom_id: candidateId(input.sessionId), placeholder, options: candidateOptions(answer, shown) }],
    });
  }
  const buttons = [button(fullTextId(language, hit.passage.id), t(discordText.buttonFullText, language), ButtonStyle.Secondary), ...voteButtons(input.sessionId, shown, input.tally, language)];
  if (input.private) buttons.push(button(shareAnswerId(input.sessionId, shown), t(discordText.buttonShare, language), ButtonStyle.Primary));
  components.push({ type: ComponentType.ActionRow, components: buttons });
  return { card: [container(components)], ...(input.charts.length > 0 ? { files: [...input.charts] } : {}) };
}

/** Nothing answers clearly: one line saying so (naming the words the documents lack), the nearest places, a hint. */
function missCard(input: AnswerCardInput): CardView {
  const { answer, settings, hint } = input;
  const { language } = answer;
  const { head, foot } = frame(settings, answer.question, language);
  const nearest = answer.hits.slice(0, MISS_PLACES_MAX);
  const unknown = answer.unsure?.code === 'unknown-words' ? answer.unsure.words : [];
  const reason =
    nearest.length === 0
      ? t(discordText.missNothing, language)
      : unknown.length > 0
        ? fill(t(discordText.missUnknownWords, language), { words: formatPlain(joinList(unknown, language), QUERY_ECHO_MAX) })
        : t(discordText.missUnclear, language);
  const places = nearest.map((hit) => `・${formatPlain(cardCitation(hit.document, hit.passage.location, language), QUERY_ECHO_MAX)}`);
  const tip = hint.example
    ? fill(t(discordText.missHintExample, language), { search: hint.search, example: formatPlain(singleLine(hint.example), QUERY_ECHO_MAX) })
    : fill(t(discordText.missHint, language), { search: hint.search, ask: hint.ask });
  const lines = [...head, reason, ...places, subtext(tip), ...foot];
  return { card: [container([text(lines.join('\n'))])] };
}

/** The card for an answer kept under `sessionId`, showing hit `shown` (clamped to the hits there are). */
export function formatAnswerCard(input: AnswerCardInput): CardView {
  const { answer } = input;
  if (!answer.confident || answer.hits.length === 0) return missCard(input);
  const shown = Math.min(Math.max(0, Math.trunc(input.shown)), answer.hits.length - 1);
  return confidentCard(input, answer.hits[shown]!, shown);
}

/** Lines of text a card takes on a phone (what CARD_LINES_MAX caps). */
export function cardLines(view: CardView): number {
  const texts: string[] = [];
  const walk = (component: { type: number; content?: string; components?: unknown[] }) => {
    if (component.type === ComponentType.TextDisplay && component.content) texts.push(component.content);
    for (const child of (component.components ?? []) as (typeof component)[]) walk(child);
  };
  for (const component of view.card) walk(component as never);
  return texts.reduce((sum, content) => sum + phoneLines(content), 0);
}
