/**
 * A figure's card as a message, chart included: what /metric answers; and the chart alone, which
 * an answer card shows when its question asks for a figure (see `matchFigures` in figures/lookup.ts).
 * Rendering is the only slow part (tens of milliseconds); a failed chart leaves the numbers.
 */
import type { Language } from '../core/types.ts';
import { figureCard } from '../figures/card.ts';
import { renderFigureChart } from '../figures/chart/render.ts';
import type { Figure } from '../figures/schema.ts';
import { figureDiscordText } from './text.ts';
import { fill, t } from '../core/i18n.ts';
import type { BotContext } from './context.ts';
import { cardCitation } from './format/citation.ts';
import { chartFileName, formatFigure } from './format/figure.ts';
import type { MessageFile, MessageView } from './format/view.ts';

/** Charts drawn so far, by figure and language: a figure's chart never changes while the bot runs. */
const drawn = new Map<string, Buffer>();
const DRAWN_MAX = 64;

async function chartPng(figure: Figure, document: Parameters<typeof renderFigureChart>[1], language: Language): Promise<Buffer> {
  const key = `${figure.id}/${language}`;
  const cached = drawn.get(key);
  if (cached) return cached;
  const { png } = await renderFigureChart(figure, document, language);
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, png);
  return png;
}

/** A figure's chart as an attachment (drawn once per figure and language); undefined when drawing fails (logged). */
export async function chartFile(figure: Figure, context: Pick<BotContext, 'engine' | 'log'>, language: Language): Promise<MessageFile | undefined> {
  try {
    const png = await chartPng(figure, context.engine.document(figure.source.doc), language);
    return { name: chartFileName(figure.id), data: png, description: fill(t(figureDiscordText.chartAlt, language), { title: figure.title[language] }) };
  } catch (error) {
    context.log.error('chart rendering failed', { error, figure: figure.id });
    return undefined;
  }
}

export async function figureCardView(figure: Figure, context: Pick<BotContext, 'engine' | 'log'>, language: Language): Promise<MessageView> {
  const document = context.engine.document(figure.source.doc);
  const citation = document ? cardCitation(document, figure.source.location, language) : figure.source.doc;
  return formatFigure(figureCard(figure, document, language), language, citation, await chartFile(figure, context, language));
}
