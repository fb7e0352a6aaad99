/**
 * What Discord rejects, checked the way Discord checks it: lengths in characters (code points),
 * errors as `{ code: 50035, message: 'Invalid Form Body', errors: { path: { _errors: [...] } } }`.
 * Sources: Discord's API documentation on message, embed, component, autocomplete and
 * application-command limits (summarised in ../../../../../shared/docs/discord-e2e.md).
 */
import { checkComponentsV2, isV2 } from './components-v2.ts';

/** A JSON value as received. */
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FieldError {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface DiscordError {
  status: number;
  body: { code: number; message: string; errors?: Json };
}

const chars = (text: string) => [...text].length;

export function invalidFormBody(errors: FieldError[]): DiscordError {
  const tree: Json = {};
  for (const error of errors) {
    let node = tree;
    for (const key of error.path) node = node[key] ??= {};
    (node._errors ??= []).push({ code: error.code, message: error.message });
  }
  return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: tree } };
}

export function checkLength(errors: FieldError[], path: (string | number)[], value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) {
    if (min > 0) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') {
    errors.push({ path, code: 'STRING_TYPE_CONVERT', message: 'Could not interpret value as string.' });
    return;
  }
  const length = chars(value);
  if (length > max) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  else if (length < min) errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
}

const EMBED_TOTAL_MAX = 6000;

function checkEmbeds(errors: FieldError[], embeds: Json[], base: (string | number)[]): void {
  if (embeds.length > 10) errors.push({ path: [...base, 'embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = [...base, 'embeds', index];
    checkLength(errors, [...at, 'title'], embed.title, 0, 256);
    checkLength(errors, [...at, 'description'], embed.description, 0, 4096);
    if (embed.footer) checkLength(errors, [...at, 'footer', 'text'], embed.footer.text, 1, 2048);
    if (embed.author) checkLength(errors, [...at, 'author', 'name'], embed.author.name, 1, 256);
    const fields: Json[] = embed.fields ?? [];
    if (fields.length > 25) errors.push({ path: [...at, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    fields.forEach((field, fieldIndex) => {
      checkLength(errors, [...at, 'fields', fieldIndex, 'name'], field.name, 1, 256);
      checkLength(errors, [...at, 'fields', fieldIndex, 'value'], field.value, 1, 1024);
    });
    total +=
      chars(embed.title ?? '') +
      chars(embed.description ?? '') +
      chars(embed.footer?.text ?? '') +
      chars(embed.author?.name ?? '') +
      fields.reduce((sum: number, field: Json) => sum + chars(String(field.name ?? '')) + chars(String(field.value ?? '')), 0);
  });
  if (total > EMBED_TOTAL_MAX) {
    errors.push({ path: [...base, 'embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${EMBED_TOTAL_MAX}` });
  }
}

/** A string select menu (type 3): alone in its row, 1–25 options with labels and values of 1–100 characters. */
function checkSelect(errors: FieldError[], menu: Json, here: (string | number)[], rowSize: number): void {
  if (rowSize !== 1) errors.push({ path: here, code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'The specified component exceeds the maximum width' });
  checkLength(errors, [...here, 'custom_id'], menu.custom_id, 1, 100);
  if (menu.placeholder !== undefined) checkLength(errors, [...here, 'placeholder'], menu.placeholder, 0, 150);
  const options: Json[] = menu.options ?? [];
  if (options.length < 1 || options.length > 25) errors.push({ path: [...here, 'options'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 25 in length.' });
  const values = new Set<string>();
  options.forEach((option, index) => {
    checkLength(errors, [...here, 'options', index, 'label'], option.label, 1, 100);
    checkLength(errors, [...here, 'options', index, 'value'], option.value, 1, 100);
    if (option.description !== undefined) checkLength(errors, [...here, 'options', index, 'description'], option.description, 0, 100);
    if (values.has(option.value)) errors.push({ path: [...here, 'options', index, 'value'], code: 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', message: 'Select component option values cannot be duplicated' });
    values.add(option.value);
  });
  for (const key of ['min_values', 'max_values'] as const) {
    if (menu[key] !== undefined && !(menu[key] >= 0 && menu[key] <= 25)) errors.push({ path: [...here, key], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 25.' });
  }
}

/** One action row (type 1): 1–5 buttons, or one select menu alone; custom ids unique across the message. */
export function checkActionRow(errors: FieldError[], row: Json, at: (string | number)[], customIds: Set<string>): void {
  const items: Json[] = row.components ?? [];
  if (items.length < 1 || items.length > 5) {
    errors.push({ path: [...at, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
  }
  items.forEach((button, index) => {
    const here = [...at, 'components', index];
    if (button.type === 3) {
      checkSelect(errors, button, here, items.length);
      if (customIds.has(button.custom_id)) errors.push({ path: [...here, 'custom_id'], code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
      customIds.add(button.custom_id);
      return;
    }
    if (button.type !== 2) return void errors.push({ path: [...here, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {2, 3, 5, 6, 7, 8}.' });
    checkButton(errors, button, here, customIds);
  });
}

/** A button (type 2): a style, a label of up to 80 or an emoji, and (unless a link) a unique custom id. */
export function checkButton(errors: FieldError[], button: Json, here: (string | number)[], customIds: Set<string>): void {
  if (!(button.style >= 1 && button.style <= 6)) errors.push({ path: [...here, 'style'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 2, 3, 4, 5, 6}.' });
  if (button.label === undefined && button.emoji === undefined) errors.push({ path: [...here, 'label'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  if (button.label !== undefined) checkLength(errors, [...here, 'label'], button.label, 0, 80);
  if (button.style === 5 || button.style === 6) return;
  checkLength(errors, [...here, 'custom_id'], button.custom_id, 1, 100);
  if (customIds.has(button.custom_id)) errors.push({ path: [...here, 'custom_id'], code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
  customIds.add(button.custom_id);
}

/** Components of a message without the Components V2 flag: at most 5 action rows and nothing else. */
function checkComponents(errors: FieldError[], rows: Json[], base: (string | number)[]): void {
  if (rows.length > 5) errors.push({ path: [...base, 'components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  const customIds = new Set<string>();
  rows.forEach((row, rowIndex) => {
    const at = [...base, 'components', rowIndex];
    if (row.type !== 1) return void errors.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1}.' });
    checkActionRow(errors, row, at, customIds);
  });
}

function checkAllowedMentions(errors: FieldError[], mentions: Json, base: (string | number)[]): void {
  const at = [...base, 'allowed_mentions'];
  const parse: Json[] = mentions.parse ?? [];
  parse.forEach((kind, index) => {
    if (!['users', 'roles', 'everyone'].includes(kind)) errors.push({ path: [...at, 'parse', index], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (\'roles\', \'users\', \'everyone\').' });
  });
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && (mentions[kind]?.length ?? 0) > 0) {
      errors.push({ path: [...at], code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.` });
    }
  }
}

/** Flags a bot may set on a message: suppress embeds, ephemeral (interactions only), suppress notifications, components v2. */
const SETTABLE_FLAGS = 4 | 64 | 4096 | 32768;

/**
 * Check a message body (channel message, interaction response data, webhook edit).
 * `partial`: an edit, where absent fields keep their value and emptiness is not checked.
 * `editing`: the message an edit applies to (its flags decide whether Components V2 rules apply).
 */
export function checkMessage(body: Json, options: { partial?: boolean; base?: (string | number)[]; editing?: Json } = {}): DiscordError | undefined {
  const base = options.base ?? [];
  const errors: FieldError[] = [];
  const v2 = isV2(body.flags) || isV2(options.editing?.flags);
  if (body.content !== undefined && body.content !== null) checkLength(errors, [...base, 'content'], body.content, 0, 2000);
  if (body.embeds) checkEmbeds(errors, body.embeds, base);
  if (v2) checkComponentsV2(errors, body, base, options.editing);
  else if (body.components) checkComponents(errors, body.components, base);
  if (body.allowed_mentions) checkAllowedMentions(errors, body.allowed_mentions, base);
  if (body.flags !== undefined && body.flags !== null && (body.flags & ~SETTABLE_FLAGS) !== 0) {
    errors.push({ path: [...base, 'flags'], code: 'MESSAGE_INVALID_FLAGS', message: 'Invalid flags' });
  }
  if (errors.length > 0) return invalidFormBody(errors);
  const empty = !body.content && !(body.embeds?.length > 0) && !(body.components?.length > 0) && !(body.attachments?.length > 0) && !body.sticker_ids?.length && !body.poll;
  if (!options.partial && empty) return { status: 400, body: { code: 50006, message: 'Cannot send an empty message' } };
  return undefined;
}

/** Autocomplete results: at most 25, names 1–100, string values 1–100. */
export function checkChoices(choices: Json): DiscordError | undefined {
  const errors: FieldError[] = [];
  if (!Array.isArray(choices)) return invalidFormBody([{ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  if (choices.length > 25) errors.push({ path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((choice, index) => {
    checkLength(errors, ['data', 'choices', index, 'name'], choice.name, 1, 100);
    if (typeof choice.value === 'string') checkLength(errors, ['data', 'choices', index, 'value'], choice.value, 1, 100);
  });
  return errors.length > 0 ? invalidFormBody(errors) : undefined;
}

/**
 * A modal (callback type 9): a custom id of 1–100, a title of 1–45, 1–5 components: labels (type 18)
 * holding a text input, text displays, or (deprecated) action rows holding one text input. A text
 * input: style 1 or 2, custom id 1–100, lengths 0–4000 with min ≤ max, placeholder ≤ 100, a label
 * of 1–45 only inside an action row.
 */
export function checkModal(data: Json): DiscordError | undefined {
  const errors: FieldError[] = [];
  checkLength(errors, ['data', 'custom_id'], data?.custom_id, 1, 100);
  checkLength(errors, ['data', 'title'], data?.title, 1, 45);
  const components: Json[] = data?.components ?? [];
  if (components.length < 1 || components.length > 5) errors.push({ path: ['data', 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
  const customIds = new Set<string>();
  const checkInput = (input: Json, at: (string | number)[], inLabel: boolean) => {
    if (input?.type !== 4) return void errors.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {4}.' });
    if (input.style !== 1 && input.style !== 2) errors.push({ path: [...at, 'style'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 2}.' });
    checkLength(errors, [...at, 'custom_id'], input.custom_id, 1, 100);
    if (customIds.has(input.custom_id)) errors.push({ path: [...at, 'custom_id'], code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
    customIds.add(input.custom_id);
    if (inLabel && input.label !== undefined) errors.push({ path: [...at, 'label'], code: 'TEXT_INPUT_LABEL_IN_LABEL_COMPONENT', message: 'A text input inside a label cannot have its own label.' });
    if (!inLabel) checkLength(errors, [...at, 'label'], input.label, 1, 45);
    for (const key of ['min_length', 'max_length'] as const) {
      if (input[key] !== undefined && !(Number.isInteger(input[key]) && input[key] >= (key === 'max_length' ? 1 : 0) && input[key] <= 4000)) {
        errors.push({ path: [...at, key], code: 'NUMBER_TYPE_MAX', message: 'int value should be between 0 and 4000.' });
      }
    }
    if (input.min_length !== undefined && input.max_length !== undefined && input.min_length > input.max_length) errors.push({ path: [...at, 'min_length'], code: 'BASE_TYPE_BAD_LENGTH', message: 'min_length must not exceed max_length.' });
    if (input.placeholder !== undefined) checkLength(errors, [...at, 'placeholder'], input.placeholder, 0, 100);
    if (input.value !== undefined) checkLength(errors, [...at, 'value'], input.value, 0, 4000);
  };
  components.forEach((component, index) => {
    const at = ['data', 'components', index];
    if (component.type === 18) {
      checkLength(errors, [...at, 'label'], component.label, 1, 45);
      if (component.description !== undefined) checkLength(errors, [...at, 'description'], component.description, 1, 100);
      checkInput(component.component, [...at, 'component'], true);
    } else if (component.type === 1) {
      if (component.components?.length !== 1) errors.push({ path: [...at, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 1 in length.' });
      checkInput(component.components?.[0], [...at, 'components', 0], false);
    } else if (component.type === 10) {
      checkLength(errors, [...at, 'content'], component.content, 1, 4000);
    } else {
      errors.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 10, 18}.' });
    }
  });
  return errors.length > 0 ? invalidFormBody(errors) : undefined;
}

const LOCALES = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** A slash command's or option's name: 1–32, lowercase, no spaces. A message or user command's: 1–32, any case, spaces allowed. */
function checkName(errors: FieldError[], path: (string | number)[], name: unknown, menu = false): void {
  const valid = typeof name === 'string' && (menu ? /^\S(?:.{0,30}\S)?$/u.test(name) && [...name].length <= 32 : COMMAND_NAME.test(name) && name === name.toLowerCase());
  if (!valid) errors.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
}

function checkLocalised(errors: FieldError[], path: (string | number)[], names: Json, descriptions: Json, menu = false): void {
  for (const [locale, name] of Object.entries(names ?? {})) {
    if (!LOCALES.has(locale)) errors.push({ path: [...path, 'name_localizations', locale], code: 'LOCALE_INVALID', message: 'Invalid locale' });
    else checkName(errors, [...path, 'name_localizations', locale], name, menu);
  }
  for (const [locale, description] of Object.entries(descriptions ?? {})) {
    if (!LOCALES.has(locale)) errors.push({ path: [...path, 'description_localizations', locale], code: 'LOCALE_INVALID', message: 'Invalid locale' });
    else checkLength(errors, [...path, 'description_localizations', locale], description, 1, 100);
  }
}

/** The body of PUT /applications/{app}/commands: an array of chat-input commands. */
export function checkCommands(commands: Json): DiscordError | undefined {
  const errors: FieldError[] = [];
  if (!Array.isArray(commands)) return invalidFormBody([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array' }]);
  if (commands.length > 100) errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  const names = new Set<string>();
  commands.forEach((command, index) => {
    const type = command.type ?? 1;
    if (![1, 2, 3].includes(type)) errors.push({ path: [index, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 2, 3}.' });
    // Message and user commands (types 3 and 2) are named like menu items and have no description or options.
    const menu = type === 2 || type === 3;
    checkName(errors, [index, 'name'], command.name, menu);
    // Names are unique per type: a slash command and a message command may share one.
    const key = `${type}:${command.name}`;
    if (names.has(key)) errors.push({ path: [index, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: `Application command names must be unique` });
    names.add(key);
    if (menu) {
      if (command.description) errors.push({ path: [index, 'description'], code: 'APPLICATION_COMMAND_DESCRIPTION_NOT_EMPTY', message: 'Description must be empty for context menu commands' });
      if (command.options?.length) errors.push({ path: [index, 'options'], code: 'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED', message: 'Context menu commands cannot have options' });
      checkLocalised(errors, [index], command.name_localizations, {}, true);
    } else {
      checkLength(errors, [index, 'description'], command.description, 1, 100);
      checkLocalised(errors, [index], command.name_localizations, command.description_localizations);
    }
    for (const [typeIndex, integration] of (command.integration_types ?? []).entries()) {
      if (![0, 1].includes(integration)) errors.push({ path: [index, 'integration_types', typeIndex], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {0, 1}.' });
    }
    if (command.default_member_permissions !== undefined && command.default_member_permissions !== null && !/^\d+$/.test(String(command.default_member_permissions))) {
      errors.push({ path: [index, 'default_member_permissions'], code: 'BASE_TYPE_BAD_INT', message: 'Value is not a valid permission set' });
    }
    for (const [contextIndex, context] of (command.contexts ?? []).entries()) {
      if (![0, 1, 2].includes(context)) errors.push({ path: [index, 'contexts', contextIndex], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {0, 1, 2}.' });
    }
    const options: Json[] = command.options ?? [];
    if (options.length > 25) errors.push({ path: [index, 'options'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    let optionalSeen = false;
    const optionNames = new Set<string>();
    options.forEach((option, optionIndex) => {
      const at = [index, 'options', optionIndex];
      checkName(errors, [...at, 'name'], option.name);
      if (optionNames.has(option.name)) errors.push({ path: [...at, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
      optionNames.add(option.name);
      checkLength(errors, [...at, 'description'], option.description, 1, 100);
      checkLocalised(errors, at, option.name_localizations, option.description_localizations);
      if (option.required && optionalSeen) errors.push({ path: [...at, 'required'], code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
      if (!option.required) optionalSeen = true;
      if ((option.type === 4 || option.type === 10) && option.min_value !== undefined && option.max_value !== undefined && option.min_value > option.max_value) {
        errors.push({ path: [...at, 'min_value'], code: 'APPLICATION_COMMAND_OPTION_MIN_MAX_INVALID', message: 'min_value must be less than or equal to max_value' });
      }
      if (option.autocomplete && option.choices?.length) errors.push({ path: [...at, 'autocomplete'], code: 'AUTOCOMPLETE_AND_CHOICES_ERROR', message: 'Autocomplete and choices cannot both be set' });
      for (const key of ['min_length', 'max_length'] as const) {
        if (option[key] === undefined) continue;
        if (option.type !== 3) errors.push({ path: [...at, key], code: 'APPLICATION_COMMAND_OPTION_LENGTH_NOT_ALLOWED', message: 'Only string options have a length' });
        else if (!(Number.isInteger(option[key]) && option[key] >= (key === 'max_length' ? 1 : 0) && option[key] <= 6000)) errors.push({ path: [...at, key], code: 'NUMBER_TYPE_MAX', message: 'int value should be between 0 and 6000.' });
      }
      // A subcommand's own options are named and described like a command's.
      for (const [innerIndex, inner] of ((option.type === 1 ? option.options : undefined) ?? ([] as Json[])).entries()) {
        checkName(errors, [...at, 'options', innerIndex, 'name'], inner.name);
        checkLength(errors, [...at, 'options', innerIndex, 'description'], inner.description, 1, 100);
        checkLocalised(errors, [...at, 'options', innerIndex], inner.name_localizations, inner.description_localizations);
      }
    });
    // Subcommands and plain options do not mix at one level.
    if (options.some((option) => option.type === 1 || option.type === 2) && options.some((option) => option.type !== 1 && option.type !== 2)) {
      errors.push({ path: [index, 'options'], code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', message: 'Sub-command and sub-command group option types are mutually exclusive to all other types' });
    }
  });
  return errors.length > 0 ? invalidFormBody(errors) : undefined;
}
