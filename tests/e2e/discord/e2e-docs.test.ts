/**
 * End to end: /docs add with an attachment through the fake Discord (the bot downloads it from
 * the fake's attachment URL), then /ask finds and cites the new document's page; who may add,
 * what is refused and why, /docs list and remove, /ask document:. The real engine kept current
 * by a live engine over a copy of the seed corpus.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shiori } from '../../../src/answer/engine.ts';
import { DocumentLibrary } from '../../../src/answer/library.ts';
import { LiveShiori } from '../../../src/answer/live.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/core/paths.ts';
import { makePdf, writeFooter, writeLines } from '../../unit/corpus/pdf-fixtures.ts';
import { startShiori, unmarkdown, visibleText, type Running } from './harness.ts';
import type { Upload } from './fake/attachments.ts';

const MANAGE_GUILD = 1n << 5n;
/** Small, so that a test file can be over it. */
const LIMIT_BYTES = 512 * 1024;

let corpusDir: string;
let indexDir: string;
let live: LiveShiori;
let shiori: Running;

const organiser = () => ({ user: shiori.fake.user('organiser'), permissions: MANAGE_GUILD });
const file = (filename: string, data: Uint8Array | string, contentType = 'application/octet-stream'): Upload => ({ filename, contentType, data: Buffer.from(data) });

/** A three-page report whose second page holds a fact no seed document has. */
function reportPdf(): Promise<Uint8Array> {
  const pages = [
    ['この報告書は、読書会の一年間の活動をまとめたものです。'],
    ['読書会の参加者は一年で32人から57人に増えました。', '増えた理由は、オンライン開催を始めたことです。'],
    ['来年度は、読書会を月に2回開催することを目指します。'],
  ];
  return makePdf(
    pages.map((lines, i) => (doc) => {
      doc.font('jp').fontSize(18).text(`第${i + 1}章`, 56, 60, { lineBreak: false });
      writeLines(doc, lines, 110);
      writeFooter(doc, i + 1, pages.length);
    }),
    { title: '読書会 年次報告', author: '読書会事務局', creationDate: new Date('2025-03-31T00:00:00Z') },
  );
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-docs-'));
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'shiori-docs-index-'));
  await cp(DEFAULT_CORPUS_DIR, corpusDir, { recursive: true });
  const engine = await Shiori.open({ corpusDir, indexDir });
  live = new LiveShiori(engine, { corpusDir, indexDir });
  live.watch();
  const library = new DocumentLibrary(live, corpusDir, LIMIT_BYTES);
  shiori = await startShiori(engine, { live: { engine: live, library } });
}, 120_000);

afterAll(async () => {
  await shiori?.stop();
  await live?.close();
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

describe('/docs add', { timeout: 90_000 }, () => {
  it('is registered for Manage Server, in servers only, with list, add file: and remove document:', () => {
    const registered = shiori.fake.commands.guild.get(shiori.fake.guild.id)!.find((command) => command.name === 'docs')!;
    expect(registered.default_member_permissions).toBe(String(MANAGE_GUILD));
    expect(registered.contexts).toEqual([0]);
    expect(registered.options.map((option: { name: string; type: number }) => [option.name, option.type])).toEqual([
      ['list', 1],
      ['add', 1],
      ['remove', 1],
    ]);
    expect(registered.options[1].options[0]).toMatchObject({ name: 'file', type: 11, required: true });
  });

  it('adds an attached PDF, says what was added, and /ask then cites its page', async () => {
    const interaction = shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: file('読書会 年次報告.pdf', await reportPdf(), 'application/pdf') } });
    const reply = await interaction.reply(60_000);
    expect(reply.ephemeral).toBe(true);
    expect(unmarkdown(reply.content)).toMatch(/^『読書会 年次報告』を追加しました（`読書会-年次報告`、3ページ・\d+段落、\d+\.\d秒）。/);
    // The bot downloaded the attachment from its URL.
    expect(shiori.fake.requests.some((request) => request.method === 'GET' && request.path.startsWith('/api/attachments/') && request.status === 200)).toBe(true);
    expect(await readdir(corpusDir)).toContain('読書会-年次報告.pdf');

    const answer = await shiori.fake.slash('ask', { question: '読書会の参加者は何人に増えた？' }, { user: shiori.fake.user('reader') }).reply();
    const text = unmarkdown(visibleText(answer));
    expect(text).toContain('57人');
    expect(text).toMatch(/『読書会 年次報告』[^\n]*2ページ/);
  });

  it('answers from one document when /ask names it, with the documents offered as you type', async () => {
    const choices = await shiori.fake.autocomplete('ask', { question: '参加者', document: '読書会' }, 'document').autocompleteChoices();
    expect(choices.map((choice) => choice.value)).toEqual(['読書会-年次報告']);
    const within = await shiori.fake.slash('ask', { question: '来年度は月に何回開催する？', document: '読書会-年次報告' }, { user: shiori.fake.user('reader-2') }).reply();
    expect(unmarkdown(visibleText(within))).toContain('月に2回');
    const unknown = await shiori.fake.slash('ask', { question: '来年度の目標は？', document: '存在しない資料' }, { user: shiori.fake.user('reader-3') }).reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toBe('❌ 「存在しない資料」という資料はありません。資料名を入力して候補から選んでください。一覧は /ヘルプ（/help） で見られます。');
  });

  it('lists the documents with their kind, pages or passages, and date', async () => {
    const reply = await shiori.fake.slash('docs', {}, { user: shiori.fake.user('reader') }, { subcommand: 'list' }).reply();
    expect(reply.ephemeral).toBe(true);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('資料の一覧（3件）');
    expect(unmarkdown(embed.description)).toMatch(/^読書会 年次報告　`読書会-年次報告`　PDF [^・]+・3ページ・\d+段落・2025年3月31日$/m);
    expect(unmarkdown(embed.description)).toMatch(/^アリババ・テンセント・アントグループの戦略転換　`nri-platformers-2021`　[^・]+・\d+段落・2021年4月5日$/m);
  });

  it('is refused to a member without Manage Server, whatever the server set, and nothing is saved', async () => {
    const before = await readdir(corpusDir);
    const reply = await shiori.fake.slash('docs', {}, { user: shiori.fake.user('reader') }, { subcommand: 'add', files: { file: file('memo.txt', '会議のメモです。') } }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('❌ 資料の追加と削除は「サーバーの管理」権限を持つ人だけができます。');
    expect(await readdir(corpusDir)).toEqual(before);
  });

  it('refuses a file over the limit, naming the limit, before downloading it; in English for an English client', async () => {
    const big = file('big.txt', 'あ'.repeat(200_000));
    const downloads = shiori.fake.requests.filter((request) => request.path.startsWith('/api/attachments/')).length;
    const reply = await shiori.fake.slash('docs', {}, { ...organiser(), locale: 'en-US' }, { subcommand: 'add', files: { file: big } }).reply();
    expect(reply.content).toBe('❌ The file is too large (585.9 KB). The limit is 512 KB (the UPLOAD_MAX_MB setting).');
    expect(shiori.fake.requests.filter((request) => request.path.startsWith('/api/attachments/')).length).toBe(downloads);
  });

  it('checks the type from the content, not the name', async () => {
    const png = file('notes.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const reply = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: png } }).reply(30_000);
    expect(reply.content).toBe('❌ このファイルは資料として読めません（中身が png です）。追加できるのは PDF・HTML・Markdown・テキストです。');
    const empty = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: file('empty.md', '') } }).reply(30_000);
    expect(empty.content).toBe('❌ ファイルが空です。');
    // HTML named .txt is saved as HTML.
    const html = file('guide.txt', '<!doctype html><html><head><title>ゴミの出し方</title></head><body><main><h1>ゴミの出し方</h1><p>燃えるゴミは火曜日と金曜日の朝八時までに出してください。</p></main></body></html>');
    const added = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: html } }).reply(60_000);
    expect(unmarkdown(added.content)).toMatch(/^『ゴミの出し方』を追加しました（`guide`、/);
    expect(await readdir(corpusDir)).toContain('guide.html');
  });

  it('saves a name with ../ inside the corpus folder, and never overwrites a document', async () => {
    const escaped = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: file('../../escape.md', '# 脱出\n\n外に書こうとしたファイルです。') } }).reply(60_000);
    expect(unmarkdown(escaped.content)).toMatch(/^『脱出』を追加しました（`escape`、/);
    expect(existsSync(path.join(corpusDir, 'escape.md'))).toBe(true);
    expect(existsSync(path.join(corpusDir, '..', '..', 'escape.md'))).toBe(false);
    const again = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: file('Escape.txt', '別の中身です。') } }).reply(30_000);
    expect(again.content).toBe('❌ 同じ ID（`escape`）の資料「脱出」がすでにあります。上書きはしません。別の名前にするか、先に `/docs remove` で削除してください。');
  });

  it('takes out a file that gives no document, and tells the uploader why', async () => {
    const corrupt = file('壊れた.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer\n');
    const reply = await shiori.fake.slash('docs', {}, organiser(), { subcommand: 'add', files: { file: corrupt } }).reply(60_000);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^❌ このファイルは追加できませんでした：/);
    expect(existsSync(path.join(corpusDir, '壊れた.pdf'))).toBe(false);
    expect(live.current.document('読書会-年次報告')).toBeDefined();
  });

  it('removes a document; /ask no longer cites it', async () => {
    const choices = await shiori.fake.autocomplete('docs', { document: '読書会' }, 'document', {}, { subcommand: 'remove' }).autocompleteChoices();
    expect(choices.map((choice) => choice.value)).toEqual(['読書会-年次報告']);
    const reply = await shiori.fake.slash('docs', { document: '読書会-年次報告' }, organiser(), { subcommand: 'remove' }).reply(60_000);
    expect(unmarkdown(reply.content)).toMatch(/^『読書会 年次報告』（`読書会-年次報告`）を削除しました（\d+\.\d秒）。$/);
    expect(existsSync(path.join(corpusDir, '読書会-年次報告.pdf'))).toBe(false);
    const answer = await shiori.fake.slash('ask', { question: '読書会の参加者は何人に増えた？' }, { user: shiori.fake.user('reader-4') }).reply();
    expect(unmarkdown(visibleText(answer))).not.toContain('57人');
    const gone = await shiori.fake.slash('docs', { document: 'no-such-id' }, organiser(), { subcommand: 'remove' }).reply(30_000);
    expect(gone.content).toBe('❌ 「no-such-id」という資料はありません。入力して候補から選んでください。');
  });
});
