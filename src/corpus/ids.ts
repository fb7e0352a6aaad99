/**
 * Document ids from file names. An id names the document in citations, in the index, in passage
 * ids (`id#p7`) and inside Discord custom ids (at most 100 characters, with the passage part and
 * a prefix), so it must be short, stable across machines and free of characters that separate
 * things (`#`, `:`, `/`, spaces).
 *
 * Japanese stays: a study group names its files in Japanese (決算説明資料-2024.pdf), and no
 * transliteration is both stable and readable. The name is NFKC-normalized first, so a file
 * saved on macOS (NFD, ダ as タ + ゛) gets the same id as on Linux, and full-width letters fold.
 */
import { createHash } from 'node:crypto';

/** Characters of an id, code units: leaves room in a 100-character custom id for `full:ja:` and `#p1234.12`. */
export const DOCUMENT_ID_MAX_CHARS = 64;

/** Letters (any script), marks, digits, `.`, `_` and `-` stay; anything else is a separator. */
const ID_SEPARATORS = /[^\p{L}\p{M}\p{N}._-]+/gu;

/**
 * The id of the document in a file: the name without its extension, NFKC, lowercase, every run of
 * other characters (spaces, `#`, `:`, brackets) one `-`, no leading or trailing `.`/`-`. A name
 * longer than DOCUMENT_ID_MAX_CHARS is cut and ends with a hash of the whole name, so that two
 * long names that share a beginning stay apart. Undefined when nothing is left (`###.txt`).
 */
export function documentIdFromFileName(fileName: string): string | undefined {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const id = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(ID_SEPARATORS, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (id === '') return undefined;
  if (id.length <= DOCUMENT_ID_MAX_CHARS) return id;
  const hash = createHash('sha256').update(stem.normalize('NFKC')).digest('hex').slice(0, 8);
  // Cut on a code point, not inside a surrogate pair.
  const head = [...id].reduce((kept, char) => (kept.length + char.length <= DOCUMENT_ID_MAX_CHARS - hash.length - 1 ? kept + char : kept), '');
  return `${head.replace(/[.-]+$/, '')}-${hash}`;
}
