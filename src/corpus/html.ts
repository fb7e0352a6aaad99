/**
 * An HTML page (a saved article, a manual's chapter) → its main text as blocks under their
 * headings. htmlparser2 parses (it is forgiving, fast, and keeps XHTML's `<a id="x"/>` as written);
 * the walk is ours: what is navigation, a cookie banner or an advert is decided by tag, role,
 * hidden state and class names, and headings h1–h6 make the section path of what follows them.
 * Lists keep each item with its sub-items, definition lists each term with its explanation,
 * tables become rows, and pre/code blocks keep their lines.
 */
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { findOne } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { TextBlock } from './blocks.ts';

export interface HtmlContent {
  title?: string;
  author?: string;
  /** ISO date the page says it was published. */
  date?: string;
  blocks: TextBlock[];
}

/** Elements that never hold the page's main text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'svg', 'math',
  'canvas', 'object', 'embed', 'audio', 'video', 'rt', 'rp', 'input', 'head', 'dialog', 'menu',
]);
const SKIPPED_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/;
/** Class or id words of page furniture: cookie banners, navigation, share buttons, adverts, tables of contents. */
const SKIPPED_CLASSES =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|nav|navbar|navheader|navfooter|menu|breadcrumbs?|sidebar|share|sharing|social|related|ads?|advert\w*|promo|newsletter|popup|modal|toc|skip|comments?|pagination|subscribe)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'details', 'div', 'figcaption', 'figure', 'header', 'hgroup', 'hr', 'main', 'p',
  'section', 'summary', 'caption', 'center', 'body', 'html', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'li', 'dd', 'dt',
]);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const HEADING = /^h([1-6])$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;
/** A `<br>` while text is collected: survives whitespace collapsing, becomes a line break. */
const LINE_BREAK = '\u2028';

/** HTML whitespace collapsed; a line break between two Japanese characters disappears (no space in Japanese). */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/(\S)[ \t\r\f]*\n\s*(?=\S)/gu, (whole, before: string, offset: number, all: string) => {
      const after = all[offset + whole.length] ?? '';
      return CJK.test(before) && CJK.test(after) ? before : `${before} `;
    })
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(/ ?\u2028 ?/g, '\n')
    .trim();
}

const attribute = (element: Element, name: string) => element.attribs[name];

function isHidden(element: Element): boolean {
  const style = (attribute(element, 'style') ?? '').replace(/\s/g, '');
  return attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true' || /display:none|visibility:hidden/i.test(style);
}

/** Page furniture, hidden elements and things that are not text. A `<header>` is skipped outside the article (the site's header). */
function isSkipped(element: Element, inContent: boolean): boolean {
  const tag = element.name.toLowerCase();
  if (SKIPPED_TAGS.has(tag) || isHidden(element)) return true;
  if (tag === 'footer' || (tag === 'header' && !inContent)) return true;
  const role = attribute(element, 'role');
  if (role && SKIPPED_ROLES.test(role)) return true;
  return SKIPPED_CLASSES.test(`${attribute(element, 'class') ?? ''} ${attribute(element, 'id') ?? ''}`);
}

/** The text of an element as it reads: ruby without its readings, `<br>` as a line break, skipped parts left out. */
function textOf(node: AnyNode, skipLists = false): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && !('children' in node)) return '';
  if (isTag(node)) {
    const tag = node.name.toLowerCase();
    if (tag === 'br') return LINE_BREAK;
    if (isSkipped(node, true) || (skipLists && LIST_TAGS.has(tag))) return '';
  }
  return (node as ParentNode).children.map((child) => textOf(child, skipLists)).join('');
}

const clean = (text: string) => collapseWhitespace(text);
const elementsOf = (node: ParentNode) => node.children.filter(isTag);

/** A table of data (rows to read), not a layout table holding paragraphs (DocBook's notes). */
function isDataTable(table: Element): boolean {
  if (attribute(table, 'role') === 'presentation') return false;
  const hasBlocks = findOne((e) => ['p', 'div', 'table', 'ul', 'ol', 'pre'].includes(e.name.toLowerCase()), table.children) !== null;
  return !hasBlocks;
}

function tableRows(table: Element): { header?: string; rows: string[] } {
  const rows: Array<{ cells: string[]; header: boolean }> = [];
  const walk = (node: ParentNode, inHead: boolean) => {
    for (const child of elementsOf(node)) {
      const tag = child.name.toLowerCase();
      if (tag === 'table') continue;
      if (tag === 'tr') {
        const cells = elementsOf(child).filter((c) => ['td', 'th'].includes(c.name.toLowerCase()));
        const texts = cells.map((cell) => clean(textOf(cell)).replace(/\n/g, ' '));
        if (texts.some(Boolean)) rows.push({ cells: texts, header: inHead || cells.every((c) => c.name.toLowerCase() === 'th') });
      } else walk(child, tag === 'thead');
    }
  };
  walk(table, false);
  const first = rows[0];
  const header = first?.header && rows.length > 1 ? first.cells.join(' | ') : undefined;
  return { header, rows: rows.slice(header ? 1 : 0).map((row) => row.cells.join(' | ')) };
}

/**
 * A list's entries: each item with its sub-items (indented below it); in a definition list each
 * term with its explanations. Items are looked for below wrappers (DocBook wraps them in divs).
 */
function listEntries(list: Element, depth = 0): string[] {
  const items: Element[] = [];
  const collect = (node: ParentNode) => {
    for (const child of elementsOf(node)) {
      const tag = child.name.toLowerCase();
      if (tag === 'li' || tag === 'dt' || tag === 'dd') items.push(child);
      else if (!LIST_TAGS.has(tag)) collect(child);
    }
  };
  collect(list);
  const indent = '  '.repeat(depth);
  const entries: string[] = [];
  for (const item of items) {
    if (isSkipped(item, true)) continue;
    const tag = item.name.toLowerCase();
    const own = clean(textOf(item, true));
    const nested: string[] = [];
    const findLists = (node: ParentNode) => {
      for (const child of elementsOf(node)) {
        if (LIST_TAGS.has(child.name.toLowerCase())) nested.push(...listEntries(child, depth + 1));
        else if (!isSkipped(child, true)) findLists(child);
      }
    };
    findLists(item);
    const lines = [...(own ? own.split('\n').map((line) => (tag === 'dd' ? `${indent}  ${line}` : `${indent}${line}`)) : []), ...nested];
    if (lines.length === 0) continue;
    // A definition's explanation belongs to the entry of its term.
    if (tag === 'dd' && entries.length > 0) entries[entries.length - 1] += `\n${lines.join('\n')}`;
    else if (tag === 'dt' && entries.length > 0 && items[items.indexOf(item) - 1]?.name.toLowerCase() === 'dt') entries[entries.length - 1] += `\n${lines.join('\n')}`;
    else entries.push(lines.join('\n'));
  }
  return entries;
}

function metaContent(root: ParentNode, test: (element: Element) => boolean): string | undefined {
  const element = findOne((e) => e.name.toLowerCase() === 'meta' && test(e), root.children);
  const content = element ? attribute(element, 'content')?.trim() : undefined;
  return content || undefined;
}

export function readHtml(html: string): HtmlContent {
  const root = parseDocument(html, { decodeEntities: true });
  const byName = (name: string) => (e: Element) => attribute(e, 'name')?.toLowerCase() === name || attribute(e, 'property')?.toLowerCase() === name;
  const titleElement = findOne((e) => e.name.toLowerCase() === 'title', root.children);
  const title = metaContent(root, byName('og:title')) ?? (titleElement ? clean(textOf(titleElement)) || undefined : undefined);
  const author = metaContent(root, byName('author')) ?? metaContent(root, byName('article:author'));
  const rawDate =
    metaContent(root, byName('article:published_time')) ??
    metaContent(root, byName('date')) ??
    metaContent(root, byName('dc.date')) ??
    (() => {
      const time = findOne((e) => e.name.toLowerCase() === 'time' && attribute(e, 'datetime') !== undefined, root.children);
      return time ? attribute(time, 'datetime') : undefined;
    })();
  const date = rawDate && /^\d{4}-\d{2}-\d{2}/.test(rawDate) ? rawDate.slice(0, 10) : undefined;

  const body = findOne((e) => e.name.toLowerCase() === 'body', root.children) ?? root;
  const main = findOne((e) => e.name.toLowerCase() === 'main' || attribute(e, 'role') === 'main', 'children' in body ? body.children : []);
  const contentRoot: ParentNode = main ?? body;

  const blocks: TextBlock[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  const section = () => headings.map((h) => h.text);
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    inline = '';
    if (text) blocks.push({ kind: 'prose', entries: [text], section: section() });
  };

  const walk = (node: ParentNode, inContent: boolean) => {
    for (const child of node.children) {
      if (isText(child)) {
        inline += child.data;
        continue;
      }
      if (!isTag(child) || isSkipped(child, inContent)) continue;
      const tag = child.name.toLowerCase();
      const heading = HEADING.exec(tag);
      if (heading) {
        flush();
        const text = clean(textOf(child)).replace(/\n/g, ' ');
        if (!text) continue;
        const level = Number(heading[1]);
        while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
        headings.push({ level, text });
        continue;
      }
      if (tag === 'br') {
        inline += LINE_BREAK;
        continue;
      }
      if (tag === 'img') continue;
      if (tag === 'pre') {
        flush();
        const text = textOf(child).replace(new RegExp(LINE_BREAK, 'g'), '\n').replace(/^\n/, '').replace(/\s+$/, '');
        if (text.trim()) blocks.push({ kind: 'entries', entries: text.split('\n'), section: section() });
        continue;
      }
      if (LIST_TAGS.has(tag)) {
        flush();
        const entries = listEntries(child);
        if (entries.length > 0) blocks.push({ kind: 'entries', entries, section: section() });
        continue;
      }
      if (tag === 'table' && isDataTable(child)) {
        flush();
        const caption = elementsOf(child).find((c) => c.name.toLowerCase() === 'caption');
        const { header, rows } = tableRows(child);
        const captionText = caption ? clean(textOf(caption)) : '';
        if (rows.length > 0) {
          blocks.push({
            kind: 'entries',
            entries: rows,
            ...(captionText || header ? { header: [captionText, header].filter(Boolean).join('\n') } : {}),
            section: section(),
          });
        }
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) flush();
      walk(child, inContent || tag === 'article' || tag === 'main' || tag === 'section');
      if (isBlock) flush();
    }
  };
  walk(contentRoot, main !== null);
  flush();
  return { title: title ?? blocks[0]?.section[0], author, date, blocks };
}
