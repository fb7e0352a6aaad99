/**
 * Components V2, checked as Discord checks them: a message with the IS_COMPONENTS_V2 flag
 * (1 << 15) carries no content, embeds, stickers or poll; its components are layout and content
 * components (containers, sections, text displays, media galleries, files, separators, action
 * rows), at most 40 in all counting nested ones, with at most 4,000 characters of text across its
 * text displays. The flag cannot be taken off a message once set; a message that gets it on an edit
 * must have its content and embeds cleared in the same edit.
 * Sources: discord-api-types 0.38 (payloads/v10/message.d.ts), @discordjs/builders 1.15's
 * assertions, and Discord's API documentation (components reference, edit message).
 */
import { checkActionRow, checkButton, checkLength, type FieldError, type Json } from './validate.ts';

export const IS_COMPONENTS_V2 = 1 << 15;
/** Discord: components in one message, nested ones counted. */
export const V2_COMPONENTS_MAX = 40;
/** Discord: characters across all the text displays of a message. */
export const V2_TEXT_MAX = 4000;

const TOP_LEVEL = new Set([1, 9, 10, 12, 13, 14, 17]);
const IN_CONTAINER = new Set([1, 9, 10, 12, 13, 14]);

const chars = (text: string) => [...text].length;

export function isV2(flags: unknown): boolean {
  return typeof flags === 'number' && (flags & IS_COMPONENTS_V2) !== 0;
}

function legacyField(errors: FieldError[], path: (string | number)[], field: string): void {
  errors.push({ path, code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', message: `The '${field}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2` });
}

/** Every text display's content in a component tree, in order. */
export function textDisplays(components: Json[] | undefined): string[] {
  const texts: string[] = [];
  const walk = (component: Json) => {
    if (!component || typeof component !== 'object') return;
    if (component.type === 10 && typeof component.content === 'string') texts.push(component.content);
    for (const child of component.components ?? []) walk(child);
    if (component.accessory) walk(component.accessory);
  };
  for (const component of components ?? []) walk(component);
  return texts;
}

/** Every component of a tree, nested ones included (media gallery items are not components). */
export function allComponents(components: Json[] | undefined): Json[] {
  const all: Json[] = [];
  const walk = (component: Json) => {
    all.push(component);
    for (const child of component.components ?? []) walk(child);
    if (component.accessory) walk(component.accessory);
  };
  for (const component of components ?? []) walk(component);
  return all;
}

/** `media.url` of a media gallery item, thumbnail or file: http(s) or `attachment://name`. */
function checkMedia(errors: FieldError[], media: Json, path: (string | number)[], attachmentsOnly = false): void {
  const url = media?.url;
  if (typeof url !== 'string' || !(attachmentsOnly ? /^attachment:\/\/./ : /^(https?|attachment):\/\/./).test(url)) {
    errors.push({ path: [...path, 'url'], code: 'UNFURLED_MEDIA_ITEM_URL_INVALID', message: attachmentsOnly ? 'Must be an attachment:// reference.' : 'Invalid media URL.' });
  } else if (url.startsWith('attachment://')) {
    // Resolved to the uploaded attachment's URL before this check (attachments.ts); a reference left is to no file.
    errors.push({ path: [...path, 'url'], code: 'UNFURLED_MEDIA_ITEM_ATTACHMENT_NOT_FOUND', message: 'Attachment referenced by this media item was not found.' });
  }
}

function checkComponent(errors: FieldError[], component: Json, at: (string | number)[], customIds: Set<string>, allowed: Set<number>): void {
  if (!allowed.has(component?.type)) {
    errors.push({ path: [...at, 'type'], code: 'BASE_TYPE_CHOICES', message: `Value must be one of {${[...allowed].join(', ')}}.` });
    return;
  }
  switch (component.type) {
    case 1:
      return checkActionRow(errors, component, at, customIds);
    case 10:
      return checkLength(errors, [...at, 'content'], component.content, 1, V2_TEXT_MAX);
    case 9: {
      const texts: Json[] = component.components ?? [];
      if (texts.length < 1 || texts.length > 3) errors.push({ path: [...at, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 3 in length.' });
      texts.forEach((text, index) => checkComponent(errors, text, [...at, 'components', index], customIds, new Set([10])));
      const accessory = component.accessory;
      if (accessory?.type === 2) checkButton(errors, accessory, [...at, 'accessory'], customIds);
      else if (accessory?.type === 11) checkMedia(errors, accessory.media, [...at, 'accessory', 'media']);
      else errors.push({ path: [...at, 'accessory'], code: 'BASE_TYPE_REQUIRED', message: 'A section needs a button or a thumbnail as its accessory.' });
      return;
    }
    case 12: {
      const items: Json[] = component.items ?? [];
      if (items.length < 1 || items.length > 10) errors.push({ path: [...at, 'items'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 10 in length.' });
      items.forEach((item, index) => {
        checkMedia(errors, item.media, [...at, 'items', index, 'media']);
        if (item.description !== undefined && item.description !== null) checkLength(errors, [...at, 'items', index, 'description'], item.description, 1, 1024);
      });
      return;
    }
    case 13:
      return checkMedia(errors, component.file, [...at, 'file'], true);
    case 14:
      if (component.spacing !== undefined && component.spacing !== 1 && component.spacing !== 2) errors.push({ path: [...at, 'spacing'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 2}.' });
      return;
    case 17: {
      const children: Json[] = component.components ?? [];
      if (children.length < 1) errors.push({ path: [...at, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 1 or more in length.' });
      if (component.accent_color !== undefined && component.accent_color !== null && !(component.accent_color >= 0 && component.accent_color <= 0xffffff)) {
        errors.push({ path: [...at, 'accent_color'], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 16777215.' });
      }
      children.forEach((child, index) => checkComponent(errors, child, [...at, 'components', index], customIds, IN_CONTAINER));
      return;
    }
  }
}

/**
 * Check the V2 parts of a message body. `editing`: the message an edit applies to, whose flag and
 * legacy fields count as well (an edit without `flags` keeps the message's flags).
 */
export function checkComponentsV2(errors: FieldError[], body: Json, base: (string | number)[], editing?: Json): void {
  const wasV2 = isV2(editing?.flags);
  if (editing && wasV2 && body.flags !== undefined && body.flags !== null && !isV2(body.flags)) {
    errors.push({ path: [...base, 'flags'], code: 'MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG', message: 'The IS_COMPONENTS_V2 flag cannot be removed from a message.' });
    return;
  }
  if (!wasV2 && !isV2(body.flags)) return;
  if (typeof body.content === 'string') legacyField(errors, [...base, 'content'], 'content');
  if (Array.isArray(body.embeds) && body.embeds.length > 0) legacyField(errors, [...base, 'embeds'], 'embeds');
  if (Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) legacyField(errors, [...base, 'sticker_ids'], 'sticker_ids');
  if (body.poll) legacyField(errors, [...base, 'poll'], 'poll');
  // A message made V2 by this edit: whatever content or embeds it had must be cleared in the same edit.
  if (editing && !wasV2) {
    if (editing.content && body.content !== null) legacyField(errors, [...base, 'content'], 'content');
    if (editing.embeds?.length && !(Array.isArray(body.embeds) && body.embeds.length === 0) && body.embeds !== null) legacyField(errors, [...base, 'embeds'], 'embeds');
  }
  const components: Json[] | undefined = body.components;
  if (!components) return;
  const customIds = new Set<string>();
  components.forEach((component, index) => checkComponent(errors, component, [...base, 'components', index], customIds, TOP_LEVEL));
  const count = allComponents(components).length;
  if (count > V2_COMPONENTS_MAX) {
    errors.push({ path: [...base, 'components'], code: 'COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED', message: `The total number of components must be ${V2_COMPONENTS_MAX} or fewer (got ${count}).` });
  }
  const text = textDisplays(components).reduce((sum, content) => sum + chars(content), 0);
  if (text > V2_TEXT_MAX) {
    errors.push({ path: [...base, 'components'], code: 'MAX_TEXT_DISPLAY_CONTENT_LENGTH_EXCEEDED', message: `The total length of text displays must be ${V2_TEXT_MAX} or fewer (got ${text}).` });
  }
}
