/**
 * `npm run deploy-commands`: register Shiori's slash commands, in DISCORD_GUILD_ID's server
 * when it is set, otherwise globally. Run it again whenever a command's definition changes.
 */
import { loadConfigOrExit } from '../config.ts';
import { registerCommands } from '../discord/register-commands.ts';
import { createLogger } from '../log.ts';

const config = loadConfigOrExit('deploy-commands');
const log = createLogger({ level: config.logLevel, secrets: [config.token] });

try {
  const result = await registerCommands({
    token: config.token,
    applicationId: config.applicationId!,
    guildId: config.guildId,
    apiBaseUrl: config.apiBaseUrl,
  });
  log.info('commands registered', { ...result, guild: config.guildId });
} catch (error) {
  log.error('could not register commands', { error });
  process.exitCode = 1;
}
