/** The command list: what is registered is what is dispatched, and Discord would accept it. */
import { describe, expect, it } from 'vitest';
import { buttons } from '../../../src/discord/buttons/index.ts';
import { commands, messageCommands } from '../../../src/discord/commands/index.ts';
import { createRegistry } from '../../../src/discord/dispatch.ts';
import { BUTTON_PREFIX, MODAL_PREFIX, SELECT_PREFIX } from '../../../src/discord/format/custom-ids.ts';
import { FIGURE_NAME_MAX, FREE_TEXT_OPTION_MAX } from '../../../src/discord/limits.ts';
import { checkCommands } from '../../e2e/discord/fake/validate.ts';

describe('commands', () => {
  it('include ask, search, source and help, and every command has a Japanese name and description', () => {
    const japanese = Object.fromEntries(commands.map((command) => [command.data.name, command.data.name_localizations?.ja]));
    expect(japanese).toMatchObject({ ask: '質問', search: '検索', source: '原文', help: 'ヘルプ', quiz: 'クイズ', review: '復習', stats: '統計', outline: '目次', report: 'レポート' });
    for (const command of commands) {
      expect(command.data.name_localizations?.ja).toBeTruthy();
      expect(command.data.description_localizations?.ja).toBeTruthy();
      for (const option of command.data.options ?? []) expect(option.name_localizations?.ja).toBeTruthy();
    }
  });

  it('pass the checks Discord applies when registering, the message menu’s 「Shiori に聞く」 included', () => {
    expect(checkCommands([...commands, ...messageCommands].map((command) => command.data))).toBeUndefined();
    expect(messageCommands.map((command) => [command.data.type, command.data.name, command.data.name_localizations?.ja])).toEqual([[3, 'Ask Shiori', 'Shiori に聞く']]);
  });

  it('every free-text option stops at 500 characters in Discord’s client, a figure’s name at 100', () => {
    const text = commands.flatMap((command) => (command.data.options ?? []).filter((option) => option.type === 3).map((option) => [command.data.name, option.name, 'max_length' in option ? option.max_length : undefined]));
    expect(text.length).toBeGreaterThan(8);
    for (const [command, option, max] of text) expect(max, `/${command} ${option}`).toBe(command === 'metric' ? FIGURE_NAME_MAX : FREE_TEXT_OPTION_MAX);
    expect(FREE_TEXT_OPTION_MAX).toBe(500);
    expect(FIGURE_NAME_MAX).toBe(100);
  });

  it('install anywhere: in servers and on a person’s own account, in servers, DMs and group DMs; except what posts in the channel', () => {
    const reach = Object.fromEntries([...commands, ...messageCommands].map((command) => [command.data.name, [command.data.integration_types, command.data.contexts]]));
    for (const name of ['ask', 'search', 'source', 'metric', 'figures', 'review', 'stats', 'outline', 'help', 'Ask Shiori']) expect(reach[name], name).toEqual([[0, 1], [0, 1, 2]]);
    // A quiz posts its questions as channel messages: only where Shiori itself is (a server, or a DM with it).
    expect(reach.quiz).toEqual([[0], [0, 1]]);
    expect(reach.report).toEqual([[0], [0]]);
  });

  it('every command with an autocompleted option has a handler for it', () => {
    const autocompleted = commands.filter((command) => command.data.options?.some((option) => 'autocomplete' in option && option.autocomplete));
    expect(autocompleted.map((command) => command.data.name)).toContain('source');
    for (const command of autocompleted) expect(typeof command.autocomplete, command.data.name).toBe('function');
  });

  it('dispatch finds every command and every button, select menu and modal family by the same names', () => {
    const registry = createRegistry();
    expect([...registry.commands.keys()]).toEqual(commands.map((command) => command.data.name));
    expect([...registry.messageCommands.keys()]).toEqual(['Ask Shiori']);
    expect([...registry.buttons.keys()].sort()).toEqual(Object.values(BUTTON_PREFIX).sort());
    expect(buttons).toHaveLength(Object.values(BUTTON_PREFIX).length);
    expect([...registry.selects.keys()].sort()).toEqual(Object.values(SELECT_PREFIX).sort());
    expect([...registry.modals.keys()].sort()).toEqual(Object.values(MODAL_PREFIX).sort());
  });

  it('refuses two commands with one name', () => {
    expect(() => createRegistry({ commands: [...commands, commands[0]!] })).toThrow('two commands named ask');
  });
});
