import { runProgram } from './cli-process.ts';
import { FakeDiscord } from './fake-discord.ts';
const fake = await FakeDiscord.start();
const ch = fake.guild.channels?.[0]?.id;
const prog = runProgram('start.ts', { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE_URL: fake.apiBaseUrl, DATA_DIR: '/tmp/shiori-session', ASK_CHANNEL_IDS: '' });
await fake.waitForSessions(1, 20000);
await new Promise((r) => setTimeout(r, 500));
const show = (label: string, m: any) => {
  console.log(`\n=== ${label}${m.ephemeral ? ' (ephemeral)' : ''}`);
  if (m.content) console.log('content:', m.content);
  for (const e of m.embeds ?? []) {
    console.log('title:', e.title); if (e.description) console.log(e.description);
    for (const f of e.fields ?? []) console.log(`[${f.name}] ${f.value}`);
    if (e.footer) console.log('footer:', e.footer.text);
    if (e.image) console.log('image:', e.image.url);
  }
  for (const row of m.components ?? []) console.log('buttons:', row.components.map((b: any) => b.label ?? b.emoji?.name).join(' '));
  if (m.attachments?.length) console.log('attachments:', m.attachments.map((a: any) => a.filename).join(', '));
};
const alice = fake.user('alice'), bob = fake.user('bob');
const qs: Array<[string, Record<string, string>, any?]> = [
  ['ask', { question: 'アントの延滞率はどう推移した？' }, alice],
  ['ask', { question: 'テンセントの組織再編で何が変わった？' }, bob],
  ['ask', { question: 'How much will Alibaba invest in AI by 2028?' }, alice],
  ['ask', { question: 'ブロックチェーン特許でIBMは何位？' }, bob],
  ['ask', { question: '@everyone トヨタの売上は？' }, alice],
  ['search', { query: 'デジタル人民元' }, bob],
  ['help', {}, alice],
  ['metric', { name: 'ant-revenue-mix' }, bob],
  ['figures', { document: 'nri-platformers-2021' }, alice],
  ['source', { document: 'nri-platformers-2021', location: '20' }, bob],
];
for (const [name, opts, user] of qs) {
  const i = fake.slash(name, opts, { user });
  const r = await i.reply(15000);
  show(`/${name} ${JSON.stringify(opts)}`, r);
  await new Promise((res) => setTimeout(res, 400));
  i.followUps.forEach((f, k) => show(`  follow-up ${k}`, f));
}
const m = fake.postMessage(`<@${fake.bot.id}> 零售通って何？`, { user: bob });
show('mention reply', await fake.replyTo(m, 15000));
console.log('\nrejections:', JSON.stringify(fake.rejections));
prog.child.kill('SIGTERM');
console.log('exit', await prog.exited);
await fake.close();
