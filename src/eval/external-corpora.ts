/**
 * Corpora outside `corpus/` for measuring how well answering carries over to documents nobody
 * tuned on. Each comes from a Debian package, fetched with `apt-get download` and unpacked with
 * `dpkg-deb` by the evaluation only (nothing at run time needs them), then written as plain
 * documents with metadata into `index/eval-corpora/<name>/corpus/`:
 *
 * - `debian-reference-ja`: the Debian Reference in Japanese, as the package's text edition, one
 *   document per chapter (kept out of every tuning: only its scores are read).
 * - `manpages-ja`: the Japanese manual pages of section 1 (about 470 commands), rendered with
 *   `man`, one document per page (for development: its misses may be read).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../core/paths.ts';

export const EXTERNAL_CORPORA = ['debian-reference-ja', 'manpages-ja'] as const;
export type ExternalCorpusName = (typeof EXTERNAL_CORPORA)[number];

export function externalCorpusDir(name: ExternalCorpusName): string {
  return path.join(PROJECT_ROOT, 'index', 'eval-corpora', name);
}

/** Download a Debian package and unpack it into a temporary folder; returns that folder. */
function unpackDebianPackage(pkg: string): string {
  const work = path.join(os.tmpdir(), `shiori-${pkg}`);
  execFileSync('rm', ['-rf', work]);
  execFileSync('mkdir', ['-p', work]);
  try {
    execFileSync('apt-get', ['download', pkg], { cwd: work, stdio: 'pipe' });
  } catch {
    // The package lists may be missing on a fresh machine.
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe' });
    execFileSync('apt-get', ['download', pkg], { cwd: work, stdio: 'pipe' });
  }
  const deb = execFileSync('sh', ['-c', 'ls *.deb'], { cwd: work, encoding: 'utf8' }).trim().split('\n')[0]!;
  execFileSync('dpkg-deb', ['-x', deb, 'root'], { cwd: work });
  return path.join(work, 'root');
}

interface ExternalDocument {
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

/** The Debian Reference's text edition, cut at its chapter lines (第1章 …, 付録A …). */
function debianReferenceDocuments(root: string): ExternalDocument[] {
  const text = gunzipSync(readFileSyncOrThrow(path.join(root, 'usr/share/debian-reference/debian-reference.ja.txt.gz'))).toString('utf8');
  const lines = text.split('\n');
  const starts: Array<{ line: number; id: string; title: string }> = [];
  lines.forEach((line, i) => {
    const chapter = /^第(\d+)章\s*(.+)$/.exec(line);
    const appendix = /^付録([A-Z])\s*(.+)$/.exec(line);
    if (chapter) starts.push({ line: i, id: `ch${chapter[1]!.padStart(2, '0')}`, title: line.trim() });
    else if (appendix) starts.push({ line: i, id: `ap${appendix[1]!.toLowerCase()}`, title: line.trim() });
  });
  // Everything before the first chapter that follows the table of contents is the preface (序章).
  const tocEnd = lines.findIndex((line, i) => i > 0 && line.trim() === '序章' && !/^\s/.test(line) && i > 600);
  const documents: ExternalDocument[] = [];
  const meta = (title: string) => ({ title: `Debian リファレンス ${title}`, author: 'Osamu Aoki（青木 修）', date: '2023-02-04', kind: 'document', source: 'Debian パッケージ debian-reference-ja 2.100（テキスト版）' });
  if (tocEnd > 0 && starts[0]) documents.push({ id: 'debian-reference-pr01', text: lines.slice(tocEnd, starts[0].line).join('\n'), meta: meta('序章') });
  starts.forEach((start, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    documents.push({ id: `debian-reference-${start.id}`, text: lines.slice(start.line, end).join('\n'), meta: meta(start.title) });
  });
  return documents;
}

function readFileSyncOrThrow(file: string): Buffer {
  return execFileSync('cat', [file], { maxBuffer: 64 * 1024 * 1024 });
}

/** Section 1 manual pages rendered as text by `man` (80 columns, no overstrikes). */
async function manualPageDocuments(root: string): Promise<ExternalDocument[]> {
  const dir = path.join(root, 'usr/share/man/ja/man1');
  const documents: ExternalDocument[] = [];
  for (const file of (await readdir(dir)).sort()) {
    if (!file.endsWith('.gz')) continue;
    const id = file.replace(/\.gz$/, '').replace(/\.1$/, '');
    let rendered: string;
    try {
      rendered = execFileSync('sh', ['-c', 'man -l "$0" 2>/dev/null | col -bx', path.join(dir, file)], {
        encoding: 'utf8',
        env: { ...process.env, MANWIDTH: '80', LANG: 'C.UTF-8', MAN_KEEP_FORMATTING: '' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch {
      continue;
    }
    if (rendered.trim() === '') continue;
    const nameLine = /名前\s*\n\s*(.+)/.exec(rendered)?.[1]?.trim();
    documents.push({
      id: `man-${id}`,
      text: rendered,
      meta: { title: nameLine ? `${id}(1): ${nameLine}` : `${id}(1)`, author: 'JM Project', date: '2022-12-15', kind: 'document', source: 'Debian パッケージ manpages-ja（第1章）' },
    });
  }
  return documents;
}

/**
 * Make sure the corpus exists on disk (downloading the package once); returns its corpus folder.
 * The documents are written afresh only when the folder is missing.
 */
export async function prepareExternalCorpus(name: ExternalCorpusName): Promise<string> {
  const corpusDir = path.join(externalCorpusDir(name), 'corpus');
  if (existsSync(path.join(corpusDir, '.complete'))) return corpusDir;
  const pkg = name;
  const root = unpackDebianPackage(pkg);
  const documents = name === 'debian-reference-ja' ? debianReferenceDocuments(root) : await manualPageDocuments(root);
  await rm(corpusDir, { recursive: true, force: true });
  await mkdir(corpusDir, { recursive: true });
  for (const document of documents) {
    await writeFile(path.join(corpusDir, `${document.id}.txt`), document.text);
    await writeFile(path.join(corpusDir, `${document.id}.meta.yaml`), stringify(document.meta));
  }
  await writeFile(path.join(corpusDir, '.complete'), `${documents.length}\n`);
  return corpusDir;
}
