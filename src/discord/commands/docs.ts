/**
 * /docs list | add file: | remove document: — the documents Shiori answers from. Adding and
 * removing are for members with Manage Server: the command's default permissions show it only to
 * them, and since a server's admins may change that, the handler checks again. An upload is
 * checked by the library (answer/library.ts): size first (before downloading, from Discord's
 * attachment size, and again on the bytes), type from the content, a safe name, no overwriting.
 */
import { PermissionFlagsBits } from 'discord.js';
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import type { Command } from '../command.ts';
import { attachmentOption, slashCommand, stringOption, subcommand } from '../command-data.ts';
import { documentChoices } from '../format/choices.ts';
import { formatAdded, formatDocumentList, formatRefusal, formatRemoved } from '../format/docs.ts';
import { canManageServer } from '../people.ts';
import { resolveDocument } from '../passages.ts';
import { deferReply, reply, replyMistake, respondChoices } from '../respond.ts';
import { docsCommandText, docsText } from '../text.ts';

const { list: listText, add: addText, remove: removeText, file: fileOption, document: documentOption } = docsCommandText.docs.options;
/** How long a download of an attachment may take. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

export const docs = {
  data: slashCommand(
    docsCommandText.docs,
    [subcommand(listText), subcommand(addText, [attachmentOption(fileOption, { required: true })]), subcommand(removeText, [stringOption(documentOption, { required: true, autocomplete: true })])],
    { defaultMemberPermissions: PermissionFlagsBits.ManageGuild, reach: 'server-only' },
  ),
  answersPrivately: () => true,

  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    const library = context.library;
    const action = interaction.options.getSubcommand(true);
    if (action === listText.name.en) {
      const entries = library ? await library.list() : context.engine.documents().map((document) => ({ document, passages: context.engine.passages(document.id).filter((p) => !p.location.front).length }));
      return reply(interaction, formatDocumentList(entries, language), { ephemeral: true });
    }
    if (!interaction.inGuild()) return replyMistake(interaction, t(docsText.onlyInServer, language));
    if (!canManageServer(interaction)) return replyMistake(interaction, t(docsText.onlyManagers, language));
    if (!library) return replyMistake(interaction, t(docsText.unavailable, language));

    if (action === addText.name.en) {
      const attachment = interaction.options.getAttachment(fileOption.name.en, true);
      const large = library.tooLarge(attachment.size);
      if (large) return replyMistake(interaction, formatRefusal(large, language));
      // Downloading, reading and indexing take seconds: the person sees "thinking…", privately.
      await deferReply(interaction, true);
      let bytes: Uint8Array;
      try {
        const response = await fetch(attachment.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        context.log.warn('attachment download failed', { error, file: attachment.name });
        return replyMistake(interaction, fill(t(docsText.downloadFailed, language), { detail: (error as Error).message }));
      }
      const outcome = await library.add(attachment.name, bytes);
      if (!outcome.ok) {
        context.log.info('upload refused', { file: attachment.name, user: interaction.user.id, refusal: outcome.refusal.code });
        return replyMistake(interaction, formatRefusal(outcome.refusal, language));
      }
      context.log.info('document added', { id: outcome.document.id, file: outcome.document.file, user: interaction.user.id, passages: outcome.passages, ms: Math.round(outcome.ms) });
      const warnings = outcome.warnings.map((warning) => t(warning.message, language));
      return reply(interaction, { content: formatAdded(outcome.document, outcome.passages, outcome.ms, warnings, language) }, { ephemeral: true });
    }

    const typed = interaction.options.getString(documentOption.name.en, true);
    const document = resolveDocument(context.engine, typed);
    await deferReply(interaction, true);
    const outcome = await library.remove(document?.id ?? typed);
    if (!outcome.ok) return replyMistake(interaction, formatRefusal(outcome.refusal, language));
    context.log.info('document removed', { id: outcome.document.id, user: interaction.user.id, ms: Math.round(outcome.ms) });
    await reply(interaction, { content: formatRemoved(outcome.document, outcome.ms, language) }, { ephemeral: true });
  },

  async autocomplete(interaction, context) {
    await respondChoices(interaction, documentChoices(context.engine.documents(), interaction.options.getFocused()));
  },
} satisfies Command;
