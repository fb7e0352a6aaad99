/**
 * /report (members with Manage Server, in a server, privately): the organiser's report for this
 * server, with a chart of accuracy by chapter drawn by the figures' chart code.
 */
import { fill, languageOfLocale, t } from '../../core/i18n.ts';
import { renderBarChart } from '../../figures/chart/bar-chart.ts';
import { accuracyChartInput, gatherReport } from '../../study/report.ts';
import type { Command } from '../command.ts';
import { slashCommand } from '../command-data.ts';
import { formatReport, REPORT_CHART_NAME } from '../format/report.ts';
import type { MessageFile } from '../format/view.ts';
import { canManageServer } from '../people.ts';
import { reply, replyMistake } from '../respond.ts';
import { chaptersOfDocument } from '../study-lookups.ts';
import { figureDiscordText, studyCommandText, studyDiscordText } from '../text.ts';
import { PermissionFlagsBits } from 'discord.js';

export const report = {
  // Discord shows it only to members with Manage Server; a server's admins may change that, so the handler checks too.
  data: slashCommand(studyCommandText.report, [], { defaultMemberPermissions: PermissionFlagsBits.ManageGuild, reach: 'server-only' }),
  async execute(interaction, context) {
    const language = languageOfLocale(interaction.locale);
    if (!interaction.inGuild()) return replyMistake(interaction, t(studyDiscordText.reportOnlyInServer, language));
    if (!canManageServer(interaction)) return replyMistake(interaction, t(studyDiscordText.reportOnlyManagers, language));
    const data = gatherReport({ store: context.store, documents: context.engine.documents(), chapterOrder: (doc) => chaptersOfDocument(context.engine, doc), guildId: interaction.guildId });
    let chart: MessageFile | undefined;
    if (data.accuracy.length > 0) {
      try {
        const input = accuracyChartInput(data, language);
        chart = { name: REPORT_CHART_NAME, data: (await renderBarChart({ ...input, max: 100 })).png, description: fill(t(figureDiscordText.chartAlt, language), { title: input.title }) };
      } catch (error) {
        context.log.error('report chart failed', { error });
      }
    }
    await reply(interaction, formatReport(data, language, chart), { ephemeral: true });
  },
} satisfies Command;
