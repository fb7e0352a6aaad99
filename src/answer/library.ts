/**
 * The corpus as something people add to and take from while the bot runs (`/docs`): a file is
 * checked (its size, its type from its content, not its name), saved into the corpus folder
 * under a safe name that no other document has, and the index rebuilt (live.ts); a file that
 * gives no usable document is taken out again, with the reason. Removing deletes a document's
 * file and its metadata file, and puts them back if the index cannot be built without them (a
 * figure of the catalogue cites it). One change at a time.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from '../core/types.ts';
import { META_SUFFIX } from '../core/paths.ts';
import type { Localised } from '../core/i18n.ts';
import { documentIdFromFileName } from '../corpus/ids.ts';
import { formatBytes, listDocumentFiles, type CorpusProblem } from '../corpus/load.ts';
import { sniff } from '../corpus/sniff.ts';
import type { LiveShiori } from './live.ts';

/** Why an upload or a removal did not happen; the front end words it (values fill its text). */
export type LibraryRefusal =
  | { code: 'tooLarge'; size: string; limit: string }
  | { code: 'empty' }
  | { code: 'notDocument'; kind: string }
  | { code: 'badName' }
  | { code: 'exists'; id: string; title: string }
  | { code: 'unusable'; reason: Localised }
  | { code: 'buildFailed'; detail: string }
  | { code: 'unknownDocument'; id: string };

export type AddOutcome =
  | { ok: true; document: DocumentMeta; passages: number; ms: number; warnings: CorpusProblem[] }
  | { ok: false; refusal: LibraryRefusal };

export type RemoveOutcome = { ok: true; document: DocumentMeta; ms: number } | { ok: false; refusal: LibraryRefusal };

/** A document as `/docs` lists it. */
export interface LibraryEntry {
  document: DocumentMeta;
  /** Passages of its text (its details not counted). */
  passages: number;
  /** When its file last changed (ISO date), for a document without a date of its own. */
  fileDate?: string;
}

/** The extension a saved upload gets, from what its content is. */
function extensionFor(type: 'pdf' | 'html' | 'text', originalName: string): string {
  if (type === 'pdf') return '.pdf';
  if (type === 'html') return '.html';
  return /\.(md|markdown)$/i.test(originalName) ? '.md' : '.txt';
}

/**
 * The id and file name an upload is saved under: its name without any folder part (`../x`,
 * `C:\x`), made an id (corpus/ids.ts: letters, digits, `.`, `_`, `-`), with the extension of what
 * it holds. Undefined when the name leaves no id.
 */
export function uploadFileName(originalName: string, type: 'pdf' | 'html' | 'text'): { id: string; file: string } | undefined {
  const base = originalName.split(/[\\/]/).pop() ?? '';
  const id = documentIdFromFileName(base);
  if (id === undefined) return undefined;
  return { id, file: id + extensionFor(type, base) };
}

export class DocumentLibrary {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly live: LiveShiori,
    readonly corpusDir: string,
    /** The largest file accepted, in bytes. */
    readonly maxBytes: number,
  ) {}

  /** One change at a time: an upload and a removal never interleave. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The documents with their passage counts, by title. */
  async list(): Promise<LibraryEntry[]> {
    const engine = this.live.current;
    const entries = await Promise.all(
      engine.documents().map(async (document): Promise<LibraryEntry> => {
        const passages = engine.passages(document.id).filter((p) => !p.location.front).length;
        const changed = await stat(path.join(this.corpusDir, document.file)).then((s) => s.mtime.toISOString().slice(0, 10), () => undefined);
        return { document, passages, ...(changed && { fileDate: changed }) };
      }),
    );
    return entries.sort((a, b) => a.document.title.localeCompare(b.document.title, 'ja'));
  }

  /** Check and save a file, rebuild, and say what was added, or why it was not. */
  add(originalName: string, bytes: Uint8Array): Promise<AddOutcome> {
    return this.serial(() => this.addNow(originalName, bytes));
  }

  /** Whether a file of this size would be refused, before it is downloaded. */
  tooLarge(size: number): LibraryRefusal | undefined {
    return size > this.maxBytes ? { code: 'tooLarge', size: formatBytes(size), limit: formatBytes(this.maxBytes) } : undefined;
  }

  private async addNow(originalName: string, bytes: Uint8Array): Promise<AddOutcome> {
    const started = performance.now();
    const large = this.tooLarge(bytes.length);
    if (large) return { ok: false, refusal: large };
    const sniffed = sniff(bytes, originalName);
    if (sniffed.type === 'empty') return { ok: false, refusal: { code: 'empty' } };
    if (sniffed.type === 'binary') return { ok: false, refusal: { code: 'notDocument', kind: sniffed.kind } };
    const name = uploadFileName(originalName, sniffed.type);
    if (!name) return { ok: false, refusal: { code: 'badName' } };
    const existing = this.live.current.document(name.id);
    if (existing) return { ok: false, refusal: { code: 'exists', id: name.id, title: existing.title } };
    // A file with the same id that is not indexed (skipped, or added a moment ago) is not replaced either.
    if ((await listDocumentFiles(this.corpusDir)).some((file) => file.id === name.id)) return { ok: false, refusal: { code: 'exists', id: name.id, title: name.file } };
    const target = path.join(this.corpusDir, name.file);
    // The name has no separator by construction; checked again where it lands.
    if (path.relative(path.resolve(this.corpusDir), path.resolve(target)) !== name.file) return { ok: false, refusal: { code: 'badName' } };
    // Written under a hidden name (the corpus reader skips those), then linked into place: a link
    // fails rather than replace a file that appeared meanwhile.
    const temporary = path.join(this.corpusDir, `.upload-${randomBytes(6).toString('hex')}`);
    await writeFile(temporary, bytes, { flag: 'wx' });
    try {
      await link(temporary, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, refusal: { code: 'exists', id: name.id, title: name.file } };
      throw error;
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
    const outcome = await this.live.rebuild();
    const document = outcome.ok ? this.live.current.document(name.id) : undefined;
    if (outcome.ok && document) {
      const passages = this.live.current.passages(name.id).filter((p) => !p.location.front).length;
      const warnings = outcome.update.problems.filter((p) => p.file === name.file);
      return { ok: true, document, passages, ms: performance.now() - started, warnings };
    }
    // Not usable: the file goes, and the index is built as it was.
    await rm(target, { force: true });
    await this.live.rebuild();
    if (!outcome.ok) return { ok: false, refusal: { code: 'buildFailed', detail: outcome.error } };
    const reason = outcome.update.problems.find((p) => p.file === name.file);
    return { ok: false, refusal: reason ? { code: 'unusable', reason: reason.message } : { code: 'buildFailed', detail: name.file } };
  }

  /** Delete a document's file and its metadata file, and rebuild. */
  remove(id: string): Promise<RemoveOutcome> {
    return this.serial(async () => {
      const started = performance.now();
      const document = this.live.current.document(id);
      if (!document) return { ok: false, refusal: { code: 'unknownDocument', id } };
      const stem = document.file.replace(/\.[^.]*$/, '');
      const files = [...new Set([document.file, stem + META_SUFFIX, document.id + META_SUFFIX])];
      const saved: Array<[string, Buffer]> = [];
      for (const file of files) {
        const full = path.join(this.corpusDir, file);
        const content = await readFile(full).catch(() => undefined);
        if (!content) continue;
        saved.push([full, content]);
        await rm(full, { force: true });
      }
      const outcome = await this.live.rebuild();
      if (outcome.ok) return { ok: true, document, ms: performance.now() - started };
      // The index cannot do without it: put it back as it was.
      for (const [full, content] of saved) await writeFile(full, content);
      await this.live.rebuild();
      return { ok: false, refusal: { code: 'buildFailed', detail: outcome.error } };
    });
  }
}
