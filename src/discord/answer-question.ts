/**
 * One question → its answer card, for every way of asking (/ask, the message menu, mentions, DMs,
 * ask channels, threads, forum posts): ask the engine, refuse what it refuses (blank, too long, no
 * words), apply the per-user rate limit, keep the answer as a session for the card's menu and
 * buttons, and render the card. The caller decides where it goes (a reply, a thread, privately).
 */
import { detectLanguage, fill, t } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import type { Answer, AskOutcome } from '../answer/types.ts';
import { answerCardView, type ExampleScope } from './answer-card.ts';
import type { AnswerSession, QuestionOrigin } from './answer-sessions.ts';
import type { BotContext } from './context.ts';
import type { CardSettings } from './format/card.ts';
import type { CardView } from './format/view.ts';
import { ANSWER_HIT_LIMIT } from './limits.ts';
import { discordText } from './text.ts';

export type QuestionReply =
  | { kind: 'answer'; view: CardView; session: AnswerSession }
  /** A person's mistake or the rate limit: shown only to them where Discord allows it. */
  | { kind: 'mistake'; text: string; language: Language };

/** Count one question for `userId`; when over the limit, the polite refusal to show instead. */
export function takeQuestionAllowance(context: BotContext, userId: string, language: Language): string | undefined {
  const decision = context.questionLimiter.take(userId);
  if (decision.allowed) return undefined;
  context.log.info('rate limited', { user: userId, retryAfterMs: decision.retryAfterMs });
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return fill(t(discordText.rateLimited, language), { seconds });
}

/**
 * Ask within the person's allowance: counted before any work, so a refused question costs
 * nothing, and given back when the engine refuses the text (blank, too long, no words), so a typo
 * does not use up anyone's allowance.
 */
export function askWithinAllowance(
  context: BotContext,
  userId: string,
  question: string,
  ask: () => AskOutcome,
): Extract<AskOutcome, { ok: true }> | { ok: false; message: string; language: Language } {
  const language = detectLanguage(question);
  const limited = takeQuestionAllowance(context, userId, language);
  if (limited) return { ok: false, message: limited, language };
  const outcome = ask();
  if (!outcome.ok) context.questionLimiter.refund(userId);
  return outcome;
}

/** Keep a question that found no confident answer, for the organiser's report; a failing store is logged, never in the way. */
function recordUnanswered(context: BotContext, answer: Answer, origin: QuestionOrigin, guildId: string | undefined): void {
  if (answer.confident && answer.hits.length > 0) return;
  try {
    context.store.unanswered.record({ at: new Date().toISOString(), question: answer.question, language: answer.language, origin, guildId, nearest: answer.hits[0]?.passage.id });
  } catch (error) {
    context.log.warn('could not record an unanswered question', { error });
  }
}

export interface Asker {
  userId: string;
  /** The server asked in (absent in DMs and private channels). */
  guildId?: string;
}

export interface AskOptions {
  origin: QuestionOrigin;
  /** How the card is shown (whom it is for, whether the question is repeated…). */
  card?: CardSettings;
  /** Only the asker sees the card (adds 共有). */
  private?: boolean;
  /** Answer from this document only (its id). */
  document?: string;
}

/** The answer card for an already cleaned question, or what to tell the person instead. */
export async function answerQuestion(question: string, asker: Asker, context: BotContext, options: AskOptions): Promise<QuestionReply> {
  const outcome = askWithinAllowance(context, asker.userId, question, () => context.engine.ask(question, { limit: ANSWER_HIT_LIMIT, ...(options.document !== undefined && { document: options.document }) }));
  if (!outcome.ok) return { kind: 'mistake', text: outcome.message, language: outcome.language };

  const { answer } = outcome;
  const session = context.sessions.create(answer, options.origin, { ...options.card, owner: asker.userId });
  recordUnanswered(context, answer, options.origin, asker.guildId);
  context.log.info('answered', {
    origin: options.origin,
    session: session.id,
    language: answer.language,
    kind: answer.kind,
    hits: answer.hits.length,
    confident: answer.confident,
    top: answer.hits[0]?.passage.id,
    figures: answer.figures.map((figure) => figure.id),
  });
  const scope: ExampleScope = asker.guildId ? { guildId: asker.guildId } : { userId: asker.userId };
  return { kind: 'answer', view: await answerCardView(session, context, { private: options.private ?? false, scope }), session };
}
