/**
 * Free questions: a message that mentions Shiori, a direct message, or any message in an
 * ASK_CHANNEL_IDS channel is answered as a reply to it, exactly as /ask would answer.
 * Messages from bots (Shiori included) and system messages are ignored.
 */
import type { Message } from 'discord.js';
import { detectLanguage } from '../core/i18n.ts';
import { answerQuestion } from './answer-question.ts';
import { figureCardView } from './figure-card.ts';
import type { QuestionOrigin } from './answer-sessions.ts';
import type { BotContext } from './context.ts';
import { bugView, mistakeView, replyToMessage } from './respond.ts';

export interface MessageFacts {
  fromBot: boolean;
  inGuild: boolean;
  channelId: string;
  content: string;
  /** Users and roles the message mentions (Discord fills these even without the Message Content intent). */
  mentionedUserIds: readonly string[];
  mentionedRoleIds: readonly string[];
}

/** Why this message is a question for Shiori, or undefined when it is not one. Pure. */
export function questionOrigin(message: MessageFacts, botUserId: string, botRoleId: string | undefined, askChannelIds: ReadonlySet<string>): QuestionOrigin | undefined {
  if (message.fromBot) return undefined;
  if (!message.inGuild) return 'dm';
  const mentioned =
    message.mentionedUserIds.includes(botUserId) ||
    (botRoleId !== undefined && message.mentionedRoleIds.includes(botRoleId)) ||
    new RegExp(`<@!?${botUserId}>`).test(message.content);
  if (mentioned) return 'mention';
  if (askChannelIds.has(message.channelId)) return 'ask-channel';
  return undefined;
}

/** The question without the mentions of Shiori that addressed it. Pure. */
export function stripBotMentions(content: string, botUserId: string, botRoleId?: string): string {
  let text = content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ');
  if (botRoleId) text = text.replace(new RegExp(`<@&${botRoleId}>`, 'g'), ' ');
  return text.replace(/[ \t]+/g, ' ').trim();
}

export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  if (message.system || message.webhookId) return;
  const botUser = message.client.user;
  // The bot's own role in a server: people sometimes pick it instead of the bot when mentioning.
  const botRoleId = message.guild?.members.me?.roles.botRole?.id;
  const origin = questionOrigin(
    {
      fromBot: message.author.bot,
      inGuild: message.inGuild(),
      channelId: message.channelId,
      content: message.content,
      mentionedUserIds: [...message.mentions.users.keys()],
      mentionedRoleIds: [...message.mentions.roles.keys()],
    },
    botUser.id,
    botRoleId,
    context.askChannelIds,
  );
  if (!origin) return;
  const question = stripBotMentions(message.content, botUser.id, botRoleId);
  // In an ask channel a message without text (a picture, a sticker) is not meant as a question.
  if (origin === 'ask-channel' && !question) return;

  const log = context.log.child({ message: message.id, origin, user: message.author.id });
  try {
    const result = answerQuestion(question, message.author.id, origin, context, message.guildId ?? undefined);
    await replyToMessage(message, result.kind === 'answer' ? result.view : mistakeView(result.text));
    if (result.kind === 'answer') {
      for (const figure of result.figures) {
        await replyToMessage(message, await figureCardView(figure, context, result.session.answer.language)).catch((error: unknown) =>
          log.warn('figure card not sent', { error, figure: figure.id }),
        );
      }
    }
  } catch (error) {
    log.error('free question failed', { error });
    await replyToMessage(message, bugView(detectLanguage(question))).catch((apologyError: unknown) => log.error('could not apologise', { error: apologyError }));
  }
}
