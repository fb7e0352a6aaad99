/**
 * Figures → messages: the figure card of /metric (as-of dates, values as short lines, the chart as
 * an attached image, one small citation line), the list of /figures, autocomplete choices (value =
 * figure id) and what to say when a name is not one figure. Pure.
 */
import type { APIEmbed } from 'discord.js';
import type { Language } from '../../core/types.ts';
import type { DocumentMeta } from '../../core/types.ts';
import type { FigureCard } from '../../figures/card.ts';
import type { FigureMatch, FigureResolution } from '../../figures/lookup.ts';
import type { Figure } from '../../figures/schema.ts';
import { figureDiscordText } from '../text.ts';
import { figureKindLabels, figureText } from '../../figures/text.ts';
import { fill, joinList, t, withNote } from '../../core/i18n.ts';
import {
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
} from '../limits.ts';
import type { Choice } from './choices.ts';
import { echoInput, escapeMarkdown, formatPlain, singleLine, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type MessageFile, type MessageView } from './view.ts';

/** The chart's file name, which the embed points at with `attachment://`. */
export function chartFileName(figureId: string): string {
  return `${figureId}.png`;
}

/**
 * The figure card: the as-of dates and the values (the table, as short lines) in the description,
 * the chart below, and one small line with the kind and where the figure is (the short citation).
 * The PDF's extraction text, the curators' notes and the catalogue's ids are for `npm run metric
 * -- --json`, not for readers.
 */
export function formatFigure(card: FigureCard, language: Language, citation: string, chart?: MessageFile): MessageView {
  const values = card.lines.map(escapeMarkdown).join('\n');
  const description = [escapeMarkdown(card.asOf), values].join('\n\n');
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: formatPlain(card.title, EMBED_TITLE_MAX),
    description: truncateAtSentence(description, EMBED_DESCRIPTION_MAX),
    footer: { text: truncateAtSentence(fill(t(figureDiscordText.figureFooter, language), { kind: card.kind, citation }), EMBED_FOOTER_MAX) },
    ...(chart ? { image: { url: `attachment://${chart.name}` } } : {}),
  };
  const note = chart ? undefined : t(figureText.chartFailed, language);
  return { ...(note ? { content: note } : {}), embeds: [embed], ...(chart ? { files: [chart] } : {}) };
}

/** /figures: the document's figures, one line each with its id to give /metric (`metric`: as the reader's client names it). */
export function formatFigureList(document: DocumentMeta, figures: readonly Figure[], language: Language, metric: string): MessageView {
  if (figures.length === 0) return { content: fill(t(figureText.noFigures, language), { title: escapeMarkdown(document.title) }) };
  const lines = figures.map(
    (figure) =>
      `• ${escapeMarkdown(fill(t(figureDiscordText.figureLine, language), { title: figure.title[language], kind: t(figureKindLabels[figure.kind], language) }))} \`${figure.id}\``,
  );
  return {
    embeds: [
      {
        color: EMBED_COLOUR,
        title: formatPlain(fill(t(figureText.figuresTitle, language), { title: document.title, count: figures.length }), EMBED_TITLE_MAX),
        description: truncateAtSentence(lines.join('\n'), EMBED_DESCRIPTION_MAX),
        footer: { text: fill(t(figureDiscordText.figuresFooter, language), { metric }) },
      },
    ],
  };
}

/** Autocomplete: the title, and the alias that matched when it is not the title; the value is the id. */
export function formatFigureChoices(matches: readonly FigureMatch[], language: Language): Choice[] {
  return matches.slice(0, AUTOCOMPLETE_CHOICES_MAX).map(({ figure, name }) => {
    const title = figure.title[language];
    const alias = name && name !== figure.title.ja && name !== figure.title.en ? name : undefined;
    const shown = alias === undefined ? title : withNote(title, alias, language);
    return { name: truncateAtSentence(singleLine(shown), CHOICE_NAME_MAX), value: figure.id };
  });
}

/** What to tell a person whose name is not one figure: the candidates or the closest figures. */
export function figureMissText(resolution: Exclude<FigureResolution, { kind: 'found' }>, query: string, language: Language, figuresCommand: string): string {
  const echo = echoInput(query);
  const names = (figures: readonly Figure[]) => joinList(figures.map((figure) => withNote(escapeMarkdown(figure.title[language]), `\`${figure.id}\``, language)), language);
  if (resolution.kind === 'ambiguous') return fill(t(figureText.ambiguousFigure, language), { query: echo, candidates: names(resolution.candidates) });
  if (resolution.suggestions.length === 0) return fill(t(figureText.unknownFigureNoSuggestion, language), { query: echo, listHint: figuresCommand });
  return fill(t(figureText.unknownFigure, language), { query: echo, suggestions: names(resolution.suggestions) });
}
