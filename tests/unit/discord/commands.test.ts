/** The command list: what is registered is what is dispatched, and Discord would accept it. */
import { describe, expect, it } from 'vitest';
import { buttons } from '../../../src/discord/buttons/index.ts';
import { commands } from '../../../src/discord/commands/index.ts';
import { createRegistry } from '../../../src/discord/dispatch.ts';
import { BUTTON_PREFIX, SELECT_PREFIX } from '../../../src/discord/format/custom-ids.ts';
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

  it('pass the checks Discord applies when registering', () => {
    expect(checkCommands(commands.map((command) => command.data))).toBeUndefined();
  });

  it('every command with an autocompleted option has a handler for it', () => {
    const autocompleted = commands.filter((command) => command.data.options?.some((option) => 'autocomplete' in option && option.autocomplete));
    expect(autocompleted.map((command) => command.data.name)).toContain('source');
    for (const command of autocompleted) expect(typeof command.autocomplete, command.data.name).toBe('function');
  });

  it('dispatch finds every command and every button family by the same names', () => {
    const registry = createRegistry();
    expect([...registry.commands.keys()]).toEqual(commands.map((command) => command.data.name));
    expect([...registry.buttons.keys()].sort()).toEqual(Object.values(BUTTON_PREFIX).sort());
    expect(buttons).toHaveLength(Object.values(BUTTON_PREFIX).length);
    expect([...registry.selects.keys()].sort()).toEqual(Object.values(SELECT_PREFIX).sort());
  });

  it('refuses two commands with one name', () => {
    expect(() => createRegistry([...commands, commands[0]!])).toThrow('two commands named ask');
  });
});
