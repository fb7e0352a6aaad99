/**
 * Free questions: messages people write rather than commands. A message that mentions Shiori, or
 * any message in an ASK_CHANNEL_IDS channel, is answered in a new thread named after the question
 * (or, where Shiori may not start one, as a reply). In that thread, in a thread or forum post of an
 * ask channel, and in a DM, each message is a question, and a follow-up without a subject of its
 * own is read with the previous question's (conversations.ts). Messages from bots (Shiori
 * included), webhooks and the system are ignored; so are messages without text that do not
 * mention Shiori (a picture, or a message whose text Discord does not deliver without the Message
 * Content intent).
 */
import { ChannelType, PermissionFlagsBits, type Message } from 'discord.js';
import { detectLanguage } from '../core/i18n.ts';
import { answerQuestion, type QuestionReply } from './answer-question.ts';
import type { QuestionOrigin } from './answer-sessions.ts';
import type { BotContext } from './context.ts';
import { readInConversation, rememberQuestion } from './conversations.ts';
import { shortenAtSentence, singleLine } from './format/text.ts';
import { THREAD_NAME_MAX } from './limits.ts';
import { cleanQuestion } from './question-text.ts';
import { bugView, mistakeView, replyToMessage, sendToThread, startThread } from './respond.ts';

export interface MessageFacts {
  fromBot: boolean;
  inGuild: boolean;
  channelId: string;
  /** For a message in a thread: its channel, who started it, and whether this message opened a forum post. */
  thread?: { parentId: string | null; ownerId: string | null; forumPost: boolean };
  content: string;
  /** Users and roles the message mentions (Discord fills these even without the Message Content intent). */
  mentionedUserIds: readonly string[];
  mentionedRoleIds: readonly string[];
}

/** Whether the message mentions Shiori (or its role, which people sometimes pick instead). */
export function mentionsShiori(message: Pick<MessageFacts, 'content' | 'mentionedUserIds' | 'mentionedRoleIds'>, botUserId: string, botRoleId: string | undefined): boolean {
  return (
    message.mentionedUserIds.includes(botUserId) ||
    (botRoleId !== undefined && message.mentionedRoleIds.includes(botRoleId)) ||
    new RegExp(`<@!?${botUserId}>`).test(message.content)
  );
}

/** Why this message is a question for Shiori, or undefined when it is not one. Pure. */
export function questionOrigin(message: MessageFacts, botUserId: string, botRoleId: string | undefined, askChannelIds: ReadonlySet<string>): QuestionOrigin | undefined {
  if (message.fromBot) return undefined;
  if (!message.inGuild) return 'dm';
  const mentioned = mentionsShiori(message, botUserId, botRoleId);
  if (message.thread) {
    const { parentId, ownerId, forumPost } = message.thread;
    if (parentId && askChannelIds.has(parentId)) return forumPost ? 'forum' : 'thread';
    return ownerId === botUserId || mentioned ? 'thread' : undefined;
  }
  if (mentioned) return 'mention';
  if (askChannelIds.has(message.channelId)) return 'ask-channel';
  return undefined;
}

/** A thread's name for a question: its first line's worth, within Discord's 100 characters. */
export function threadName(question: string): string {
  return shortenAtSentence(singleLine(question), THREAD_NAME_MAX).text;
}

function factsOf(message: Message): MessageFacts {
  const channel = message.channel;
  const thread = channel.isThread()
    ? { parentId: channel.parentId, ownerId: channel.ownerId, forumPost: message.id === channel.id && channel.parent?.type === ChannelType.GuildForum }
    : undefined;
  return {
    fromBot: message.author.bot,
    inGuild: message.inGuild(),
    channelId: message.channelId,
    ...(thread ? { thread } : {}),
    content: message.content,
    mentionedUserIds: [...message.mentions.users.keys()],
    mentionedRoleIds: [...message.mentions.roles.keys()],
  };
}

/** Whether Shiori may start a thread from this message and post in it (a text or announcement channel, with the permissions). */
function canStartThread(message: Message): boolean {
  const channel = message.channel;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return false;
  const permissions = channel.permissionsFor(message.client.user);
  // Unknown permissions (an uncached member): try, and fall back to a reply if Discord refuses.
  return permissions === null || permissions.has([PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads]);
}

/** The question a message asks: its text cleaned; a forum post's title is part of it. */
function questionOf(message: Message, facts: MessageFacts): string {
  const content = cleanQuestion(message.content);
  if (!facts.thread?.forumPost || !message.channel.isThread()) return content;
  const title = cleanQuestion(message.channel.name);
  return content.includes(title) ? content : `${title} ${content}`.trim();
}

/** Answer in a new thread named after the question; where that is not possible, as a reply. Returns the conversation it started. */
async function answerInNewThread(message: Message, question: string, result: Extract<QuestionReply, { kind: 'answer' }>, context: BotContext): Promise<string | undefined> {
  if (canStartThread(message)) {
    try {
      const thread = await startThread(message, threadName(question));
      await sendToThread(thread, result.view);
      return thread.id;
    } catch (error) {
      context.log.warn('could not answer in a thread; replying instead', { error, message: message.id });
    }
  }
  await replyToMessage(message, result.view);
  return undefined;
}

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  if (message.system || message.webhookId) return;
  const botUser = message.client.user;
  const botRoleId = message.guild?.members.me?.roles.botRole?.id;
  const facts = factsOf(message);
  const origin = questionOrigin(facts, botUser.id, botRoleId, context.askChannelIds);
  if (!origin) return;
  const question = questionOf(message, facts);
  // A message without text is not meant as a question unless it calls Shiori (then it hears it is blank).
  if (!question && !mentionsShiori(facts, botUser.id, botRoleId)) return;

  const log = context.log.child({ message: message.id, origin, user: message.author.id });
  try {
    // A DM, a thread or a forum post is a conversation already; a mention or an ask-channel message starts one in a new thread.
    const conversation = origin === 'mention' || origin === 'ask-channel' ? undefined : message.channelId;
    const read = conversation ? readInConversation(context, conversation, question) : { question };
    const asker = { userId: message.author.id, guildId: message.guildId ?? undefined };
    const result = await answerQuestion(read.question, asker, context, { origin, card: read.readWith ? { readWith: read.readWith } : {} });
    if (result.kind === 'mistake') {
      await replyToMessage(message, mistakeView(result.text));
      return;
    }
    const asked = result.session.answer.question;
    if (conversation) {
      await replyToMessage(message, result.view);
      rememberQuestion(context, conversation, asked);
    } else {
      const started = await answerInNewThread(message, question, result, context);
      if (started) rememberQuestion(context, started, asked);
    }
  } catch (error) {
    log.error('free question failed', { error });
    await replyToMessage(message, bugView(detectLanguage(question))).catch((apologyError: unknown) => log.error('could not apologise', { error: apologyError }));
  }
}
