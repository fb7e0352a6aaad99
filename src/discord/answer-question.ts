/**
 * One question → what to send, for /ask and free questions alike: ask the engine, refuse what it
 * refuses (blank, too long, no words), apply the per-user rate limit, and keep the answer as a
 * session for its buttons. The caller decides how to send (ephemeral reply or message reply).
 */
import { fill, t } from '../core/i18n.ts';
import type { Language } from '../core/types.ts';
import type { Answer } from '../answer/types.ts';
import type { Figure } from '../figures/schema.ts';
import type { AnswerSession, QuestionOrigin } from './answer-sessions.ts';
import type { BotContext } from './context.ts';
import { formatAnswer } from './format/answer.ts';
import type { MessageView } from './format/view.ts';
import { ANSWER_HIT_LIMIT } from './limits.ts';
import { discordText } from './text.ts';

export type QuestionReply =
  /** `figures`: catalogue figures the question asks for, sent after the answer as cards with charts. */
  | { kind: 'answer'; view: MessageView; session: AnswerSession; figures: readonly Figure[] }
  /** A person's mistake or the rate limit: shown only to them where Discord allows it. */
  | { kind: 'mistake'; text: string };

/** Count one question for `userId`; when over the limit, the polite refusal to show instead. */
export function takeQuestionAllowance(context: BotContext, userId: string, language: Language): string | undefined {
  const decision = context.questionLimiter.take(userId);
  if (decision.allowed) return undefined;
  context.log.info('rate limited', { user: userId, retryAfterMs: decision.retryAfterMs });
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return fill(t(discordText.rateLimited, language), { seconds });
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

/** `document`: answer from that document only (its id). */
export function answerQuestion(question: string, userId: string, origin: QuestionOrigin, context: BotContext, guildId?: string, document?: string): QuestionReply {
  const outcome = context.engine.ask(question, { limit: ANSWER_HIT_LIMIT, ...(document !== undefined && { document }) });
  if (!outcome.ok) return { kind: 'mistake', text: outcome.message };

  // Counted after validation, so a typo does not use up someone's allowance.
  const limited = takeQuestionAllowance(context, userId, outcome.answer.language);
  if (limited) return { kind: 'mistake', text: limited };

  const { answer } = outcome;
  const session = context.sessions.create(answer, origin);
  recordUnanswered(context, answer, origin, guildId);
  context.log.info('answered', {
    origin,
    session: session.id,
    language: answer.language,
    kind: answer.kind,
    hits: answer.hits.length,
    confident: answer.confident,
    top: answer.hits[0]?.passage.id,
  });
  return { kind: 'answer', view: formatAnswer(answer, session.id, 0), session, figures: answer.figures };
}
