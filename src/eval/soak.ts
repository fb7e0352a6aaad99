/**
 * `npm run soak -- --minutes N [--rate R] [--seed S]`: simulated traffic against the real bot on
 * the tests' local fake Discord (127.0.0.1 only), for as long as asked. About R interactions a
 * second from a pool of people: questions (the evaluation sets' and random text of any UTF-16),
 * searches, figure lookups, autocomplete as people type, picking another candidate and voting on
 * cards, mentions. Reports memory before and after (after a garbage collection when Node runs with
 * --expose-gc, as the npm script does), the event loop's delay (p50, p99, max), and how many
 * interactions were acknowledged after Discord's 3 s (must be 0: the exit code is 1 otherwise).
 */
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Shiori } from '../answer/engine.ts';
import { EVAL_DIR } from '../core/paths.ts';
import { loadQuestions } from './evaluate.ts';
import { cardsIn, selectOf, buttonsOf, startShiori } from '../../tests/e2e/discord/harness.ts';
import type { FakeInteraction } from '../../tests/e2e/discord/fake/interaction.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '1' }, rate: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } } });
const minutes = Number(values.minutes);
const rate = Number(values.rate);
if (!(minutes > 0) || !(rate > 0)) {
  console.error('usage: npm run soak -- --minutes N [--rate interactions-per-second] [--seed N]');
  process.exit(2);
}

/** A small seeded generator (mulberry32): the same seed, the same traffic. */
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Text of any UTF-16 code units (lone surrogates, controls, bidi), up to `max` long. */
const anyText = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
const MiB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

const questions = (await Promise.all(['questions.json', 'casual.json', 'unanswerable.json'].map((file) => loadQuestions(path.join(EVAL_DIR, file))))).flat().map((q) => q.question);
const engine = await Shiori.open();
const shiori = await startShiori(engine, { logLevel: 'warn' });
await shiori.bot.context.study.bank();
const figures = engine.figures();
const people = Array.from({ length: 60 }, (_, i) => shiori.fake.user(`soak-${i}`));

const pending = new Set<Promise<void>>();
const acks: number[] = [];
let late = 0;
let sent = 0;
function watch(interaction: FakeInteraction): void {
  sent++;
  const done = interaction
    .acknowledged(30_000)
    .then((ack) => {
      acks.push(ack.ms);
      if (ack.ms >= 3000) late++;
    })
    .catch(() => {
      late++;
    })
    .finally(() => pending.delete(done));
  pending.add(done);
}

/** Keep a map's newest `keep` entries (a Map iterates in insertion order). */
function prune<K, V>(map: Map<K, V>, keep: number): void {
  if (map.size <= keep * 2) return;
  for (const key of [...map.keys()].slice(0, map.size - keep)) map.delete(key);
}

/** One thing a person does. */
function act(): void {
  const user = pick(people);
  const roll = random();
  const question = random() < 0.1 ? anyText(200) : pick(questions);
  if (roll < 0.3) watch(shiori.fake.slash('ask', { question: question.slice(0, 500) }, { user, raw: true }));
  else if (roll < 0.4) watch(shiori.fake.slash('search', { query: question.slice(0, 500) }, { user, raw: true }));
  else if (roll < 0.5) watch(shiori.fake.slash('metric', { name: random() < 0.7 ? pick(figures).title.ja : anyText(100) }, { user, raw: true }));
  else if (roll < 0.75) {
    const [command, option] = pick([['ask', 'question'], ['metric', 'name'], ['source', 'document']] as const);
    watch(shiori.fake.autocomplete(command, { [option]: question.slice(0, 1 + Math.floor(random() * 30)) }, option, { user }));
  } else if (roll < 0.9) {
    const card = pick(cardsIn(shiori.fake).slice(-20));
    if (!card) return;
    const menu = selectOf(card);
    const vote = buttonsOf(card).find((button) => button.label.startsWith('👍'));
    if (menu && random() < 0.5) watch(shiori.fake.select(card, menu.custom_id, [pick(menu.options as { value: string }[]).value], { user }));
    else if (vote) watch(shiori.fake.click(card, vote.id, { user }));
  } else {
    shiori.fake.postMessage(`<@${shiori.fake.bot.id}> ${question.slice(0, 300)}`, { user });
  }
}

// Warm up, then measure from a clean start.
for (let i = 0; i < 20; i++) act();
await Promise.all(pending);
gc?.();
const before = process.memoryUsage();
acks.length = 0;
late = 0;
sent = 0;
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const started = performance.now();
const deadline = started + minutes * 60_000;
let nextReport = started + 60_000;
while (performance.now() < deadline) {
  act();
  // The fake keeps everything it saw (messages, interactions, uploaded charts, requests): keep the
  // newest, so that memory measures the bot, not the fake beside it in this process.
  prune(shiori.fake.messages, 1000);
  prune(shiori.fake.interactions, 1000);
  prune(shiori.fake.uploads, 200);
  if (shiori.fake.requests.length > 2000) shiori.fake.requests.splice(0, shiori.fake.requests.length - 1000);
  if (performance.now() >= nextReport) {
    nextReport += 60_000;
    console.log(`… ${Math.round((performance.now() - started) / 60_000)} min: ${sent} interactions, RSS ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB, acknowledged after 3 s: ${late}`);
  }
  await new Promise((resolve) => setTimeout(resolve, (1000 / rate) * (0.5 + random())));
}
await Promise.all(pending);
delay.disable();
gc?.();
const after = process.memoryUsage();
await shiori.stop();

acks.sort((a, b) => a - b);
const at = (p: number) => acks[Math.min(acks.length - 1, Math.floor((p / 100) * acks.length))] ?? 0;
const failures = shiori.logs.filter((line) => line.msg === 'interaction failed').length;
console.log(`soak: ${minutes} min at about ${rate} interactions/s, Node ${process.version}, ${sent} interactions`);
console.log(`memory: RSS ${(before.rss / MiB).toFixed(0)} → ${(after.rss / MiB).toFixed(0)} MiB, JS heap ${(before.heapUsed / MiB).toFixed(0)} → ${(after.heapUsed / MiB).toFixed(0)} MiB${gc ? ' (after GC)' : ''}`);
console.log(`event loop delay: p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(0)} ms`);
console.log(`acknowledgements: p50 ${at(50).toFixed(0)} ms, p99 ${at(99).toFixed(0)} ms, max ${(acks.at(-1) ?? 0).toFixed(0)} ms; after 3 s: ${late}; handlers that failed: ${failures}`);
process.exit(late > 0 || failures > 0 ? 1 : 0);
