/**
 * What a file holds, from its first bytes rather than its name: a PDF, HTML, text, or a binary
 * format Shiori does not read (Word, a picture, an archive). Hand-written: a general file-type
 * library knows binary formats only, and calls UTF-16 text audio and XHTML "xml".
 */

export type Sniffed =
  | { type: 'empty' }
  | { type: 'pdf' }
  | { type: 'html' }
  | { type: 'text' }
  /** `kind` names the format for the warning: `zip (docx, xlsx, epub…)`, `png`. */
  | { type: 'binary'; kind: string };

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Formats recognised by their first bytes, named in the warning. */
const BINARY_MAGIC: ReadonlyArray<readonly [kind: string, signature: readonly number[]]> = [
  ['zip (docx, xlsx, pptx, epub…)', ascii('PK\x03\x04')],
  ['OLE2 (doc, xls, ppt)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', ascii('GIF8')],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rtf', ascii('{\\rtf')],
  ['RIFF (webp, wav, avi)', ascii('RIFF')],
  ['bzip2', ascii('BZh')],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** The WHATWG sniffing patterns for HTML, each followed by a space, `>` or `/`. */
const HTML_STARTS = ['<!doctype html', '<html', '<head', '<script', '<iframe', '<h1', '<div', '<font', '<table', '<a', '<style', '<title', '<b', '<body', '<br', '<p', '<!--'];

/** Bytes looked at to tell text from binary. */
const SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, line breaks, form feed, escape) above which a file is binary. */
const CONTROL_BYTES_MAX_SHARE = 0.02;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);

export function sniff(bytes: Uint8Array, fileName = ''): Sniffed {
  if (bytes.length === 0) return { type: 'empty' };
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // `%PDF-` should start the file, but readers (pdfjs too) accept it within the first kilobyte.
  if (head.includes('%PDF-')) return { type: 'pdf' };
  for (const [kind, signature] of BINARY_MAGIC) if (startsWith(bytes, signature)) return { type: 'binary', kind };

  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (!utf16) {
    let controls = 0;
    for (const byte of sample) {
      if (byte === 0) return { type: 'binary', kind: 'NUL bytes' };
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++;
    }
    if (controls / sample.length > CONTROL_BYTES_MAX_SHARE) return { type: 'binary', kind: 'control bytes' };
  }
  const text = (utf16 ? new TextDecoder(utf16).decode(sample) : head)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .replace(/^[\t\n\f\r ]+/, '')
    .toLowerCase();
  // A Markdown or text file may open with an HTML fragment (`<p align="center">` above a README):
  // for those names only a whole HTML document counts.
  const starts = /\.(?:md|markdown|txt)$/i.test(fileName) ? ['<!doctype html', '<html'] : HTML_STARTS;
  const isTag = starts.some((start) => text.startsWith(start) && /[\s>/]/.test(text[start.length] ?? ''));
  // XHTML (DocBook's chapters) starts with an XML declaration.
  if (isTag || (text.startsWith('<?xml') && /<html[\s>]|<!doctype html/.test(text))) return { type: 'html' };
  if (/\.x?html?$/i.test(fileName) && /<(?:html|body|p|div|h[1-6])[\s>]/.test(text)) return { type: 'html' };
  return { type: 'text' };
}
