/**
 * Who pressed or typed: the name to show (a server nickname, else the global display name, else
 * the username), and what they may do in the server. Names are shown as plain text, never as
 * mentions, so showing one never pings anyone.
 */
import { GuildMember, PermissionFlagsBits, type Interaction } from 'discord.js';

export function displayNameOf(interaction: Interaction): string {
  const member = interaction.member;
  if (member instanceof GuildMember) return member.displayName;
  // A member the client has not cached arrives as API data: its nickname, if any.
  const nick = member && 'nick' in member ? member.nick : undefined;
  return nick ?? interaction.user.globalName ?? interaction.user.username;
}

/** Manage Messages in the channel the interaction came from (moderators may stop anyone's quiz). */
export function canManageMessages(interaction: Interaction): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
}

/** Manage Server: organisers, who may see the report. */
export function canManageServer(interaction: Interaction): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}
