/**
 * A question as Discord delivers it → the question a person meant: without mentions (users, roles,
 * channels, @everyone and @here, commands), custom emoji, timestamps and markdown, so that
 * 「@everyone <@&role> アントの延滞率は？」 is read as 「アントの延滞率は？」. Pure; nothing here
 * knows any language. Shiori still never pings anyone: allowed mentions parse nothing (respond.ts).
 */

/** Discord's mention and markup tokens: <@id> <@!id> <@&id> <#id> </cmd sub:id> <:emoji:id> <a:emoji:id> <t:123:R> <id:guide>. */
const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|\/[^<>:\n]{1,100}:\d+|a?:\w{1,32}:\d+|t:-?\d+(?::[tTdDfFsSR])?|id:\w+)>/g;
const EVERYONE = /@(?:everyone|here)\b/g;
/** Fenced code blocks: the code stays, the fences (and a language name after them) go. */
const CODE_BLOCK = /```(?:[\w+-]+\n)?([\s\S]*?)```/g;
const INLINE_CODE = /`([^`\n]+)`/g;
/** [text](url) and [text](<url>): the text. */
const MASKED_LINK = /\[([^\]\n]+)\]\(<?[^)\s]+>?\)/g;
/** <https://…>: the URL without the brackets that stop its preview. */
const BRACKETED_URL = /<(https?:\/\/[^\s>]+)>/g;
/** Paired emphasis markers around text: **bold**, __underline__, ~~strike~~, ||spoiler||, *italic*, _italic_. */
const EMPHASIS = [
  /\*\*(?=\S)([\s\S]*?\S)\*\*/g,
  /__(?=\S)([\s\S]*?\S)__/g,
  /~~(?=\S)([\s\S]*?\S)~~/g,
  /\|\|(?=\S)([\s\S]*?\S)\|\|/g,
  /(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g,
  /(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g,
];
/** Markers at the start of a line: quotes (> and >>>), headings, subtext, list items. */
const LINE_MARKERS = /^[ \t]*(?:>>>\s|>\s|#{1,3}\s|-#\s|[-*+]\s|\d+\.\s)+/gm;
/** A backslash that escapes markdown punctuation. */
const ESCAPE = /\\([\\*_~|`>#[\]()<:-])/g;

/** Escaped characters are set aside as private-use characters while markdown is removed, then put back as themselves. */
const SET_ASIDE = 0xe000;
const SET_ASIDE_CHARS = /[\ue000-\ue07f]/g;

/** The question without Discord's tokens and markdown, spaces collapsed. */
export function cleanQuestion(content: string): string {
  let text = content.replace(ESCAPE, (_escape, char: string) => String.fromCharCode(SET_ASIDE + char.charCodeAt(0)));
  text = text.replace(CODE_BLOCK, ' $1 ').replace(INLINE_CODE, '$1');
  text = text.replace(DISCORD_TOKENS, ' ').replace(EVERYONE, ' ');
  text = text.replace(MASKED_LINK, '$1').replace(BRACKETED_URL, '$1');
  text = text.replace(LINE_MARKERS, '');
  for (const pattern of EMPHASIS) text = text.replace(pattern, '$1');
  return text.replace(SET_ASIDE_CHARS, (char) => String.fromCharCode(char.charCodeAt(0) - SET_ASIDE)).replace(/\s+/g, ' ').trim();
}
