/**
 * One question → what to send, for /ask and free questions alike: ask the engine, refuse what it
 * refuses (blank, too long, no words), apply the per-user rate limit, and keep the answer as a
 * session for its buttons. The caller decides how to send (ephemeral reply or message reply).
 */
import type { Answer, Language } from '../answer/types.ts';
import { matchFigures } from '../figures/lookup.ts';
import type { Figure } from '../figures/schema.ts';
import { discordText, fill, t } from '../messages.ts';
import type { AnswerSession, QuestionOrigin } from './answer-sessions.ts';
import type { BotContext } from './context.ts';
import { formatAnswer, formatQuestionProblem } from './format/answer.ts';
import type { MessageView } from './format/view.ts';
import { ANSWER_HIT_LIMIT, FIGURE_CARDS_MAX } from './limits.ts';

export type QuestionReply =
  /** `figures`: catalogue figures the question asks for, sent after the answer as cards with charts. */
  | { kind: 'answer'; view: MessageView; session: AnswerSession; figures: Figure[] }
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

export function answerQuestion(question: string, userId: string, origin: QuestionOrigin, context: BotContext): QuestionReply {
  const outcome = context.engine.ask(question, { limit: ANSWER_HIT_LIMIT });
  if (!outcome.ok) return { kind: 'mistake', text: formatQuestionProblem(outcome) };

  // Counted after validation, so a typo does not use up someone's allowance.
  const limited = takeQuestionAllowance(context, userId, outcome.answer.language);
  if (limited) return { kind: 'mistake', text: limited };

  const { answer } = outcome;
  const session = context.sessions.create(answer, origin);
  context.log.info('answered', {
    origin,
    session: session.id,
    language: answer.language,
    kind: answer.kind,
    hits: answer.hits.length,
    confident: answer.confident,
    top: answer.hits[0]?.passage.id,
  });
  const figures = figuresAskedFor(question, answer, context.figures);
  return { kind: 'answer', view: formatAnswer(answer, session.id, 0), session, figures };
}

/** Kinds of answer that are a figure: a question of these kinds that names a figure gets its card. */
const FIGURE_KINDS = new Set<Answer['kind']>(['percentage', 'amount', 'count', 'date', 'rank', 'trend']);
/** Words that ask for numbers whatever the question's kind: 推移, 内訳, グラフ, breakdown, chart… */
const FIGURE_WORDS = /推移|内訳|構成|割合|比率|シェア|ランキング|グラフ|図表|数字|データ|\b(?:mix|breakdown|chart|figures?|trend|ranking|share|numbers?)\b/i;

/**
 * The catalogue figures a question asks for: only when the answer is confident, the question asks
 * for numbers, and it names a figure (its title or an alias). 「アリババとは？」 gets none.
 */
export function figuresAskedFor(question: string, answer: Answer, catalogue: readonly Figure[]): Figure[] {
  if (!answer.confident) return [];
  if (!FIGURE_KINDS.has(answer.kind) && !FIGURE_WORDS.test(question)) return [];
  return matchFigures(catalogue, question)
    .slice(0, FIGURE_CARDS_MAX)
    .map((match) => match.figure);
}
