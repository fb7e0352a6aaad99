/**
 * A corpus for build tests: the seed documents and three small ones, two of which share a passage
 * word for word (indexed once, folded into the first file, tea-notes.md).
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';

/** A new folder under the system's temporary folder holding that corpus; the caller removes it. */
export async function makeTeaCorpus(prefix: string): Promise<string> {
  const corpusDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  await writeFile(path.join(corpusDir, 'tea.md'), '# お茶の淹れ方\n\n煎茶は八十度くらいのお湯で一分ほど蒸らすと、渋みが出すぎずにおいしく淹れられます。\n');
  await writeFile(path.join(corpusDir, 'coffee.txt'), 'コーヒー豆は焙煎から二週間以内に使い切ると香りがよく残ります。\n');
  await writeFile(path.join(corpusDir, 'tea-notes.md'), '# お茶のメモ\n\n煎茶は八十度くらいのお湯で一分ほど蒸らすと、渋みが出すぎずにおいしく淹れられます。\n\n番茶は熱湯でさっと淹れます。\n');
  return corpusDir;
}
