/**
 * The engine over documents brought in as PDF and plain text: page citations, /source by page,
 * and a passage that several documents hold word for word, indexed once and cited with each.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { formatCitation } from '../../../src/core/citation.ts';
import { makePdf, writeFooter, writeLines } from '../../unit/corpus/pdf-fixtures.ts';

const MANUAL = [
  '名前',
  '       gzip, gunzip, zcat - ファイルを圧縮または伸長する',
  '',
  'オプション',
  '       -c --stdout',
  '              出力を標準出力に書き出し、元のファイルを変更しません。',
  '',
  '       -k --keep',
  '              圧縮や伸長のあとも入力ファイルを削除せずに残します。',
].join('\n');

let shiori: Shiori;

beforeAll(async () => {
  const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-documents-'));
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-documents-index-'));
  for (const name of ['gzip', 'gunzip', 'zcat']) await writeFile(path.join(corpusDir, `man-${name}.txt`), MANUAL);
  const pdf = await makePdf(
    [1, 2, 3].map((page) => (doc) => {
      doc.font('jp').fontSize(18).text(`第${page}章 報告`, 56, 60, { lineBreak: false });
      writeLines(doc, [page === 3 ? '今年度の会員数は前年より二割増えて四百八十人になりました。' : `この章は第${page}章の説明です。`], 110);
      writeFooter(doc, page, 3);
    }),
    { title: '年次報告書', creationDate: new Date('2025-03-31T00:00:00Z'), pageLabels: [{ from: 0, style: 'D', start: 11 }] },
  );
  await writeFile(path.join(corpusDir, '年次 報告書.pdf'), pdf);
  shiori = await Shiori.open({ corpusDir, indexDir });
}, 120_000);

describe('documents brought in', () => {
  it('cite a PDF by its printed page', () => {
    const outcome = shiori.ask('会員数は何人？');
    if (!outcome.ok) throw new Error(outcome.message);
    const [hit] = outcome.answer.hits;
    expect(hit!.document.id).toBe('年次-報告書');
    expect(hit!.quote).toContain('四百八十人');
    expect(formatCitation(hit!.document, hit!.passage.location, 'ja')).toBe('『年次報告書』、2025年3月31日、「第3章 報告」 13ページ');
    expect(formatCitation(hit!.document, hit!.passage.location, 'en')).toBe('『年次報告書』, 2025-03-31, “第3章 報告”, p. 13');
  });

  it('find a PDF passage by the page a person names', () => {
    for (const typed of ['13', '13ページ', 'p. 13', 'page 13']) expect(shiori.locate('年次-報告書', typed)?.text).toContain('四百八十人');
    expect(shiori.locate('年次-報告書', '99ページ')).toBeUndefined();
  });

  it('index a passage several documents hold once, and cite it with every one of them', () => {
    const outcome = shiori.ask('入力ファイルを残すオプションは？');
    if (!outcome.ok) throw new Error(outcome.message);
    const [hit] = outcome.answer.hits;
    expect(hit!.passage.text).toContain('-k --keep');
    expect([hit!.document.id, ...hit!.alsoIn!.map((d) => d.id)]).toEqual(['man-gunzip', 'man-gzip', 'man-zcat']);
    expect(shiori.indexInfo().passages).toBe(shiori.passages('man-gunzip').length + shiori.passages('年次-報告書').length);
  });

  it('keep each copy at its own place for /source', () => {
    const zcat = shiori.passages('man-zcat');
    expect(zcat.map((p) => p.id)).toEqual(shiori.passages('man-gunzip').map((p) => p.id.replace('man-gunzip', 'man-zcat')));
    expect(zcat.every((p) => p.doc === 'man-zcat')).toBe(true);
    const first = zcat[0]!;
    expect(shiori.passage(first.id)).toEqual(first);
    expect(shiori.neighbours(first.id).next?.id).toBe(zcat[1]!.id);
    expect(shiori.locate('man-zcat', '2')?.id).toBe(zcat.find((p) => p.location.paragraph === 2)!.id);
  });
});
