/** Registering application commands, globally or in a guild: GET lists them, PUT replaces them all. */
import { notFound, type RestResult } from './errors.ts';
import { snowflake } from './ids.ts';
import type { FakeState } from './state.ts';
import { checkCommands, type Json } from './validate.ts';

/** `parts`: the path after /api/v10, split, starting with `applications`. */
export function applicationCommands(state: FakeState, method: string, parts: string[], body: Json): RestResult {
  const guildId = parts[2] === 'guilds' ? parts[3] : undefined;
  if (parts[guildId ? 4 : 2] !== 'commands' || parts.length !== (guildId ? 5 : 3)) return notFound();
  if (guildId && !state.guilds.some((guild) => guild.id === guildId)) return { status: 403, body: { code: 50001, message: 'Missing Access' } };
  const current = guildId ? (state.commands.guild.get(guildId) ?? []) : state.commands.global;
  if (method === 'GET') return { status: 200, body: current };
  if (method !== 'PUT') return notFound();
  const problem = checkCommands(body);
  if (problem) return problem;
  const registered = (body as Json[]).map((command) => ({
    ...command,
    id: current.find((existing) => existing.name === command.name)?.id ?? snowflake(),
    application_id: state.applicationId,
    version: snowflake(),
    default_member_permissions: command.default_member_permissions ?? null,
    type: command.type ?? 1,
    ...(guildId ? { guild_id: guildId } : {}),
  }));
  if (guildId) state.commands.guild.set(guildId, registered);
  else state.commands.global = registered;
  return { status: 200, body: registered };
}

/** The id of a registered command with this name (any id if none is registered). */
export function commandId(state: FakeState, name: string): string {
  const registered = [...state.commands.global, ...[...state.commands.guild.values()].flat()].find((command) => command.name === name);
  return registered?.id ?? snowflake();
}
