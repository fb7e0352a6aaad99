/**
 * /metric name: → one figure of the catalogue: its values as short lines, as-of dates, the quote
 * and citation, and its chart as an attached PNG. The name autocompletes over Japanese and
 * English titles and aliases (values are ids); typed words work too. A name that is not one
 * figure gets a private message with the candidates or the closest figures.
 */
import { figureCommandText } from '../text.ts';
import { detectLanguage } from '../../core/i18n.ts';
import type { Command } from '../command.ts';
import { nameCommand } from '../command-names.ts';
import { slashCommand, stringOption } from '../command-data.ts';
import { figureCardView } from '../figure-card.ts';
import { figureMissText, formatFigureChoices } from '../format/figure.ts';
import { languageOfLocale } from '../../core/i18n.ts';
import { AUTOCOMPLETE_CHOICES_MAX, FIGURE_NAME_MAX } from '../limits.ts';
import { reply, replyMistake, respondChoices } from '../respond.ts';

const { name: nameOption } = figureCommandText.metric.options;

export const metric = {
  data: slashCommand(figureCommandText.metric, [stringOption(nameOption, { required: true, autocomplete: true, maxLength: FIGURE_NAME_MAX })]),

  async execute(interaction, context) {
    const typed = interaction.options.getString(nameOption.name.en, true);
    const resolution = context.engine.resolveFigure(typed);
    // An id picked from the list says nothing of the person's language; words they typed do.
    const pickedId = resolution.kind === 'found' && resolution.figure.id === typed.trim();
    const language = pickedId ? languageOfLocale(interaction.locale) : detectLanguage(typed);
    if (resolution.kind !== 'found') return replyMistake(interaction, figureMissText(resolution, typed, language, nameCommand(context, figureCommandText.figures.name.en, language)));

    await reply(interaction, await figureCardView(resolution.figure, context, language));
  },

  async autocomplete(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const matches = context.engine.figureChoices(interaction.options.getFocused(), AUTOCOMPLETE_CHOICES_MAX);
    await respondChoices(interaction, formatFigureChoices(matches, language));
  },
} satisfies Command;
