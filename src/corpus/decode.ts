/**
 * Bytes → text for Japanese files of unknown encoding: a BOM (UTF-8, UTF-16), ISO-2022-JP, UTF-8,
 * Shift_JIS (Windows-31J) or EUC-JP. Node's own TextDecoder decodes them all (full ICU, the
 * default build); this decides which one a file is in, by which decodes without errors.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-2022-jp' | 'shift_jis' | 'euc-jp';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * A strict decode, or undefined. Node's EUC-JP decoder is not strict about bytes 0x80–0x8D (it
 * turns them into C1 controls), which would let Shift_JIS katakana pass as EUC-JP: C1 controls in
 * the result mean the bytes were not in that encoding.
 */
function strictDecode(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return /[\u0080-\u009f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

const HIRAGANA = /[\u3041-\u309f]/;

/**
 * The text of a file, or undefined when it is in none of the encodings (binary, Latin-1, or a
 * mixture). A UTF-8 file cut inside its last character still decodes (the cut character is dropped).
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (!bytes.some((byte) => byte >= 0x80)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return /\x1b\$[@B]|\x1b\([BJ]/.test(text) ? { text: new TextDecoder('iso-2022-jp').decode(bytes), encoding: 'iso-2022-jp' } : { text, encoding: 'utf-8' };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  try {
    // `stream: true` holds back an incomplete last character instead of failing on it.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }), encoding: 'utf-8' };
  } catch {
    // Not UTF-8.
  }
  const sjis = strictDecode('shift_jis', bytes);
  const euc = strictDecode('euc-jp', bytes);
  if (sjis !== undefined && euc === undefined) return { text: sjis, encoding: 'shift_jis' };
  if (euc !== undefined && sjis === undefined) return { text: euc, encoding: 'euc-jp' };
  if (sjis !== undefined && euc !== undefined) {
    // Both decode only when no byte is a Shift_JIS hiragana or common-kanji lead: prefer EUC-JP
    // unless only the Shift_JIS reading has hiragana.
    return HIRAGANA.test(sjis) && !HIRAGANA.test(euc) ? { text: sjis, encoding: 'shift_jis' } : { text: euc, encoding: 'euc-jp' };
  }
  return undefined;
}

/** The charset an HTML file declares in its first kilobyte (`<meta charset>`, http-equiv, `<?xml encoding>`). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = (/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head))?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** HTML: a BOM, else the declared charset when the bytes decode in it, else detection as for text. */
export function decodeHtml(bytes: Uint8Array): DecodedText | undefined {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = hasBom ? undefined : declaredCharset(bytes);
  if (declared && ['utf-8', 'shift_jis', 'euc-jp', 'iso-2022-jp'].includes(declared)) {
    const text = strictDecode(declared as TextEncodingName, bytes);
    if (text !== undefined) return { text, encoding: declared as TextEncodingName };
  }
  return decodeText(bytes);
}
