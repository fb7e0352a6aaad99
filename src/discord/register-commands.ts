/**
 * Registers the slash and message-menu commands (commands/index.ts) with Discord: in one server
 * when a guild id is given (changes show at once), otherwise globally (available everywhere, may
 * take up to an hour to appear). A PUT replaces the whole set, so removed commands disappear too.
 */
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command, MessageCommand } from './command.ts';
import { commands as allCommands, messageCommands as allMessageCommands } from './commands/index.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiBaseUrl: string;
  commands?: readonly Command[];
  messageCommands?: readonly MessageCommand[];
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({ api: options.apiBaseUrl, version: '10' }).setToken(options.token);
  const body = [...(options.commands ?? allCommands).map((command) => command.data), ...(options.messageCommands ?? allMessageCommands).map((command) => command.data)];
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}
