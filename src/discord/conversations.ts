/**
 * Follow-ups in a conversation (a thread, a forum post, a DM). The last question of each is kept
 * in the database with its subject words (asked of the engine: Discord code knows no Japanese). A
 * follow-up that names no subject of its own («2019年は？», «それの定義は？») is read together with
 * those words; one that names something but finds no clear answer alone is read with them too when
 * that finds one. The card then says which words it was read with.
 */
import type { BotContext } from './context.ts';
import { FREE_TEXT_OPTION_MAX } from './limits.ts';

export interface ReadQuestion {
  /** The question to ask the engine. */
  question: string;
  /** The previous question's words it was read with, when it was. */
  readWith?: string[];
}

/** Conversations untouched this long are forgotten (pruned now and then). */
const CONVERSATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 100;
let saved = 0;

function previousSubject(context: Pick<BotContext, 'store' | 'log'>, channelId: string): string[] {
  try {
    return context.store.conversations.get(channelId)?.subject ?? [];
  } catch (error) {
    context.log.warn('could not read the conversation', { error, channel: channelId });
    return [];
  }
}

const confident = (context: Pick<BotContext, 'engine'>, question: string) => {
  const outcome = context.engine.ask(question, { limit: 1 });
  return outcome.ok && outcome.answer.confident;
};

/** How to read `question`, asked in conversation `channelId`. */
export function readInConversation(context: Pick<BotContext, 'engine' | 'store' | 'log'>, channelId: string, question: string): ReadQuestion {
  const subject = previousSubject(context, channelId);
  if (subject.length === 0) return { question };
  const together = `${subject.join(' ')} ${question}`;
  // Too long together: the question alone, as it was asked.
  if ([...together].length > FREE_TEXT_OPTION_MAX) return { question };
  if (context.engine.subjectWords(question).length === 0) return { question: together, readWith: subject };
  if (!confident(context, question) && confident(context, together)) return { question: together, readWith: subject };
  return { question };
}

/** Keep what a question (as it was read) was about, for the next follow-up; a question about nothing keeps the earlier subject. */
export function rememberQuestion(context: Pick<BotContext, 'engine' | 'store' | 'log' | 'study'>, channelId: string, question: string): void {
  const subject = context.engine.subjectWords(question);
  if (subject.length === 0) return;
  try {
    const now = context.study.now();
    context.store.conversations.save(channelId, { question, subject, at: now });
    if (++saved % PRUNE_EVERY === 0) context.store.conversations.prune(now - CONVERSATION_TTL_MS);
  } catch (error) {
    context.log.warn('could not keep the conversation', { error, channel: channelId });
  }
}
