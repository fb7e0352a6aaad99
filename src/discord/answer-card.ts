/**
 * An answer session → its card, with what the pure formatter cannot know: the charts of the figures
 * asked for (drawn once and cached), the votes so far (from the database), and the commands and an
 * example question for a card that found nothing clear.
 */
import type { Language } from '../core/types.ts';
import type { AnswerSession } from './answer-sessions.ts';
import { nameCommand } from './command-names.ts';
import type { BotContext } from './context.ts';
import { hashVoter } from './feedback-log.ts';
import { chartFile } from './figure-card.ts';
import { formatAnswerCard } from './format/card.ts';
import type { CardView, MessageFile } from './format/view.ts';
import { CARD_CHARTS_MAX } from './limits.ts';
import { commandText } from './text.ts';

/** Whose past 👍 questions may serve as examples: a server's, or outside servers one person's own. */
export type ExampleScope = { guildId: string } | { userId: string };

export function exampleScope(guildId: string | null | undefined, userId: string): ExampleScope {
  return guildId ? { guildId } : { userId };
}

/** Questions people of this server (or this person, outside servers) found answered, most liked first; none when the database fails. */
export function helpfulQuestions(context: Pick<BotContext, 'store' | 'log'>, scope: ExampleScope, limit: number): string[] {
  try {
    return context.store.feedback.helpfulQuestions('guildId' in scope ? scope : { voter: hashVoter(scope.userId) }, limit);
  } catch (error) {
    context.log.warn('could not read helpful questions', { error });
    return [];
  }
}

async function chartsOf(session: AnswerSession, context: Pick<BotContext, 'engine' | 'log'>): Promise<MessageFile[]> {
  const { answer } = session;
  const charts = await Promise.all(answer.figures.slice(0, CARD_CHARTS_MAX).map((figure) => chartFile(figure, context, answer.language)));
  return charts.filter((chart): chart is MessageFile => chart !== undefined);
}

function tallyOf(session: AnswerSession, context: Pick<BotContext, 'store' | 'log'>): { up: number; down: number } {
  try {
    return context.store.feedback.tally(session.id);
  } catch (error) {
    context.log.warn('could not count votes', { error, session: session.id });
    return { up: 0, down: 0 };
  }
}

export interface CardOptions {
  /** The hit shown (0 = the best). */
  shown?: number;
  /** Only the asker sees it (adds 共有). */
  private: boolean;
  /** For a card that found nothing clear: whose liked questions to offer as an example. */
  scope: ExampleScope;
}

/** The card of an answer session as it stands now. */
export async function answerCardView(session: AnswerSession, context: BotContext, options: CardOptions): Promise<CardView> {
  const { answer } = session;
  const language: Language = answer.language;
  const missed = !answer.confident || answer.hits.length === 0;
  return formatAnswerCard({
    answer,
    sessionId: session.id,
    shown: options.shown ?? 0,
    settings: session.card,
    charts: missed ? [] : await chartsOf(session, context),
    tally: missed ? { up: 0, down: 0 } : tallyOf(session, context),
    private: options.private,
    hint: {
      search: nameCommand(context, commandText.search.name.en, language),
      ask: nameCommand(context, commandText.ask.name.en, language),
      example: missed ? helpfulQuestions(context, options.scope, 1)[0] : undefined,
    },
  });
}
