/**
 * 共有 under a private answer card, /search results or a /source passage: post the same thing in
 * the channel, saying who shared it. The post is the interaction's answer, so it works wherever
 * the person could use Shiori, also where Shiori is not in the server (a user install).
 */
import { languageOfLocale, t } from '../../core/i18n.ts';
import { answerCardView, exampleScope } from '../answer-card.ts';
import type { ButtonHandler } from '../command.ts';
import { parseShare } from '../format/custom-ids.ts';
import { BUTTON_PREFIX } from '../format/custom-ids.ts';
import { formatSearchResults } from '../format/search.ts';
import { passageButtonView } from '../passages.ts';
import { displayNameOf } from '../people.ts';
import { reply, replyMistake } from '../respond.ts';
import { nameCommand, unknownPassageText } from '../command-names.ts';
import { commandText, discordText } from '../text.ts';

export const share = {
  prefix: BUTTON_PREFIX.share,
  async execute(interaction, args, context) {
    const target = parseShare(args);
    const expired = () => replyMistake(interaction, t(discordText.sessionExpired, languageOfLocale(interaction.locale)));
    if (!target) return expired();
    const sharedBy = displayNameOf(interaction);
    if (target.kind === 'passage') {
      const view = passageButtonView(context.engine, target, { sharedBy });
      if (!view) return replyMistake(interaction, unknownPassageText(context, target.language));
      return reply(interaction, view);
    }
    const session = context.sessions.get(target.session);
    if (!session) return expired();
    if (target.kind === 'search') {
      const source = nameCommand(context, commandText.source.name.en, session.answer.language);
      return reply(interaction, formatSearchResults(session.answer, { source, sharedBy }));
    }
    // A new session: the shared card has its own votes, and says who shared it on every render.
    const shared = context.sessions.create(session.answer, session.origin, { ...session.card, echo: true, sharedBy, owner: interaction.user.id });
    const view = await answerCardView(shared, context, { shown: target.shown, private: false, scope: exampleScope(interaction.guildId, interaction.user.id) });
    await reply(interaction, view);
  },
} satisfies ButtonHandler;
