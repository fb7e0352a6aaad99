/**
 * The fake Discord must reject what Discord rejects, or the end-to-end tests prove nothing.
 * Driven here by a bare WebSocket client and fetch, without discord.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord, type FakeInteraction, type Json } from './fake-discord.ts';
import { pingsOf } from './fake/mentions.ts';

let fake: FakeDiscord;
let socket: WebSocket;
const received: Json[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
  socket.on('message', (raw) => {
    const payload = JSON.parse(String(raw));
    received.push(payload);
    if (payload.op === 10) socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: (1 << 0) | (1 << 9), shard: [0, 1], properties: {} } }));
  });
  await fake.waitForSessions(1);
  await until(() => received.find((payload) => payload.t === 'GUILD_CREATE'));
});

/** Poll for something the bare client receives (the fake's own waitFor only sees the fake's state). */
async function until<T>(check: () => T | undefined, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

afterAll(async () => {
  socket.close();
  await fake.close();
});

async function call(method: string, path: string, body?: unknown, auth = true) {
  const response = await fetch(`${fake.apiBaseUrl}/v10${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bot ${fake.token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
}

const respond = (interaction: FakeInteraction, body: unknown) => call('POST', `/interactions/${interaction.id}/${interaction.token}/callback`, body, false);
const command = () => fake.slash('ask', { question: 'アントの延滞率は？' });

describe('gateway', () => {
  it('says hello, then READY and GUILD_CREATE with the channels, and acks heartbeats', async () => {
    expect(received[0]).toEqual({ op: 10, d: { heartbeat_interval: 41250 } });
    const ready = received.find((payload) => payload.t === 'READY');
    expect(ready.d.application.id).toBe(fake.applicationId);
    expect(ready.d.guilds).toEqual([{ id: fake.guild.id, unavailable: true }]);
    const guild = received.find((payload) => payload.t === 'GUILD_CREATE');
    expect(guild.d.channels.map((channel: Json) => channel.name)).toEqual(['general', 'shitsumon', 'shitsumon-forum']);
    expect(guild.s).toBe(ready.s + 1);
    socket.send(JSON.stringify({ op: 1, d: guild.s }));
    await until(() => received.find((payload) => payload.op === 11));
  });

  it('closes the connection on a wrong token', async () => {
    const intruder = new WebSocket(fake.gatewayUrl);
    intruder.on('message', (raw) => {
      if (JSON.parse(String(raw)).op === 10) intruder.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 0 } }));
    });
    const code = await new Promise((resolve) => intruder.on('close', resolve));
    expect(code).toBe(4004);
  });

  it('blanks message content for a bot without the Message Content intent, unless it is mentioned', async () => {
    fake.postMessage('独り言です');
    fake.postMessage(`<@${fake.bot.id}> 質問です`);
    const messages = await until(() => {
      const created = received.filter((payload) => payload.t === 'MESSAGE_CREATE');
      return created.length >= 2 ? created : undefined;
    });
    expect(messages.map((payload) => payload.d.content)).toEqual(['', `<@${fake.bot.id}> 質問です`]);
    expect(messages[1]!.d.mentions[0].id).toBe(fake.bot.id);
  });
});

describe('REST rejects what Discord rejects', () => {
  it('answers unknown routes and missing auth with Discord-shaped JSON', async () => {
    expect(await call('GET', '/nothing/here')).toEqual({ status: 404, type: 'application/json', body: { code: 0, message: '404: Not Found' } });
    expect((await call('GET', '/gateway/bot', undefined, false)).status).toBe(401);
    const gateway = await call('GET', '/gateway/bot');
    expect(gateway.body).toMatchObject({ url: fake.gatewayUrl, shards: 1, session_start_limit: { max_concurrency: 1 } });
  });

  it('content over 2,000 characters', async () => {
    const result = await respond(command(), { type: 4, data: { content: 'あ'.repeat(2001) } });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } } },
    });
    // Counted in characters, as Discord counts: 2,000 emoji (4,000 UTF-16 units) are fine.
    expect((await respond(command(), { type: 4, data: { content: '🔖'.repeat(2000) } })).status).toBe(204);
  });

  it('embed limits: description, fields, field values and the 6,000 total', async () => {
    const over = await respond(command(), { type: 4, data: { embeds: [{ description: 'x'.repeat(4097) }] } });
    expect(over.body.errors.data.embeds[0].description._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
    const emptyField = await respond(command(), { type: 4, data: { embeds: [{ fields: [{ name: 'a', value: '' }] }] } });
    expect(emptyField.body.errors.data.embeds[0].fields[0].value._errors[0].code).toBe('BASE_TYPE_BAD_LENGTH');
    const total = await respond(command(), { type: 4, data: { embeds: [{ description: 'x'.repeat(4000), fields: [{ name: 'n', value: 'y'.repeat(1024) }, { name: 'n', value: 'y'.repeat(1024) }] }] } });
    expect(total.body.errors.data.embeds._errors[0].code).toBe('MAX_EMBED_SIZE_EXCEEDED');
    const fields = await respond(command(), { type: 4, data: { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] } });
    expect(fields.status).toBe(400);
  });

  it('an empty message, duplicate custom ids and over-long custom ids', async () => {
    expect((await respond(command(), { type: 4, data: { content: '' } })).body).toEqual({ code: 50006, message: 'Cannot send an empty message' });
    const button = (id: string) => ({ type: 2, style: 2, label: 'b', custom_id: id });
    const duplicate = await respond(command(), { type: 4, data: { components: [{ type: 1, components: [button('a'), button('a')] }] } });
    expect(duplicate.status).toBe(400);
    const long = await respond(command(), { type: 4, data: { components: [{ type: 1, components: [button('x'.repeat(101))] }] } });
    expect(long.body.errors.data.components[0].components[0].custom_id._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it('select menus: alone in their row, 1–25 options, labels and values 1–100 characters, no duplicate values', async () => {
    const option = (value: string, label = value) => ({ label, value });
    const menu = (options: unknown[]) => ({ type: 3, custom_id: 'menu', options });
    const send = (rows: unknown[]) => respond(command(), { type: 4, data: { content: 'x', components: rows } });
    expect((await send([{ type: 1, components: [menu([option('1'), option('2')])] }])).status).toBe(204);
    const crowded = await send([{ type: 1, components: [menu([option('1')]), { type: 2, style: 2, label: 'b', custom_id: 'b' }] }]);
    expect(crowded.body.errors.data.components[0].components[0]._errors[0].code).toBe('COMPONENT_LAYOUT_WIDTH_EXCEEDED');
    expect((await send([{ type: 1, components: [menu(Array.from({ length: 26 }, (_, index) => option(String(index))))] }])).status).toBe(400);
    expect((await send([{ type: 1, components: [menu([])] }])).status).toBe(400);
    expect((await send([{ type: 1, components: [menu([option('v', 'l'.repeat(101))])] }])).status).toBe(400);
    expect((await send([{ type: 1, components: [menu([option('v'), option('v')])] }])).status).toBe(400);
  });

  it('channel messages: the bot edits only its own, within the same limits', async () => {
    const channel = fake.guild.channels[0]!.id;
    const posted = await call('POST', `/channels/${channel}/messages`, { content: 'question' });
    expect((await call('PATCH', `/channels/${channel}/messages/${posted.body.id}`, { content: 'answer' })).body).toMatchObject({ content: 'answer' });
    expect((await call('PATCH', `/channels/${channel}/messages/${posted.body.id}`, { content: 'x'.repeat(2001) })).status).toBe(400);
    expect((await call('PATCH', `/channels/${channel}/messages/123`, { content: 'x' })).body.code).toBe(10008);
    const theirs = fake.postMessage('hello', { channelId: channel });
    expect((await call('PATCH', `/channels/${channel}/messages/${theirs.id}`, { content: 'x' })).body.code).toBe(50005);
  });

  it('a second response, or a response after 3 seconds', async () => {
    const interaction = command();
    expect((await respond(interaction, { type: 4, data: { content: 'ok' } })).status).toBe(204);
    expect((await respond(interaction, { type: 4, data: { content: 'again' } })).body.code).toBe(40060);
    const late = command();
    (late as { sentAt: number }).sentAt -= 3500;
    expect(await respond(late, { type: 5 })).toMatchObject({ status: 404, body: { code: 10062, message: 'Unknown interaction' } });
  });

  it('autocomplete: only choices (no deferral), at most 25, names 1–100 characters', async () => {
    const typing = () => fake.autocomplete('source', { document: 'ア' }, 'document');
    expect((await respond(typing(), { type: 5 })).status).toBe(400);
    const many = Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: `v${index}` }));
    expect((await respond(typing(), { type: 8, data: { choices: many } })).status).toBe(400);
    expect((await respond(typing(), { type: 8, data: { choices: [{ name: 'x'.repeat(101), value: 'v' }] } })).status).toBe(400);
    expect((await respond(typing(), { type: 8, data: { choices: many.slice(0, 25) } })).status).toBe(204);
  });

  it('edits of a deferred reply through the webhook, and unknown webhooks', async () => {
    const interaction = command();
    expect((await call('PATCH', `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`, { content: 'x' }, false)).body.code).toBe(10015);
    await respond(interaction, { type: 5 });
    const edited = await call('PATCH', `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`, { content: 'done' }, false);
    expect(edited.body).toMatchObject({ content: 'done', flags: 0 });
    expect((await interaction.reply()).content).toBe('done');
    // discord.js writes the segment encoded: %40original.
    const encoded = await call('PATCH', `/webhooks/${fake.applicationId}/${interaction.token}/messages/%40original`, { content: 'again' }, false);
    expect(encoded.body).toMatchObject({ content: 'again' });
  });

  it('serves an attachment a person attached to a command at its URL, and 404 for an unknown one', async () => {
    const interaction = fake.slash('docs', {}, {}, { subcommand: 'add', files: { file: { filename: 'メモ.txt', contentType: 'text/plain', data: Buffer.from('中身') } } });
    const [option] = interaction.payload.data.options[0].options;
    expect(option).toMatchObject({ name: 'file', type: 11 });
    const attachment = interaction.payload.data.resolved.attachments[option.value];
    expect(attachment).toMatchObject({ filename: 'メモ.txt', size: 6, content_type: 'text/plain' });
    const response = await fetch(attachment.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('中身');
    expect((await fetch(attachment.url.replace(option.value, '1'))).status).toBe(404);
  });

  it('command registration: lowercase names up to 32, descriptions up to 100, valid locales', async () => {
    const path = `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`;
    const valid = { name: 'ask', description: 'd', name_localizations: { ja: '質問' }, options: [{ type: 3, name: 'q', description: 'd', required: true }] };
    expect((await call('PUT', path, [valid])).status).toBe(200);
    expect((await call('PUT', path, [{ ...valid, name: 'Ask' }])).status).toBe(400);
    expect((await call('PUT', path, [{ ...valid, description: 'd'.repeat(101) }])).status).toBe(400);
    expect((await call('PUT', path, [{ ...valid, name_localizations: { jp: '質問' } }])).status).toBe(400);
    const optionalFirst = { ...valid, options: [{ type: 3, name: 'a', description: 'd' }, { type: 3, name: 'b', description: 'd', required: true }] };
    expect((await call('PUT', path, [optionalFirst])).status).toBe(400);
    expect((await call('PUT', path, [{ ...valid, default_member_permissions: 'admins' }])).status).toBe(400);
    expect((await call('PUT', path, [{ ...valid, contexts: [0, 7] }])).status).toBe(400);
    const range = { ...valid, options: [{ type: 4, name: 'n', description: 'd', min_value: 10, max_value: 5 }] };
    expect((await call('PUT', path, [range])).status).toBe(400);
  });
});

describe('Components V2 (flag 1 << 15)', () => {
  const V2 = 1 << 15;
  const text = (content: string) => ({ type: 10, content });
  const container = (...components: unknown[]) => ({ type: 17, components });
  const send = (data: unknown) => respond(command(), { type: 4, data });

  it('a container of text, a separator, a gallery and a row of buttons is accepted', async () => {
    const row = { type: 1, components: [{ type: 2, style: 2, label: '全文', custom_id: 'full' }] };
    const gallery = { type: 12, items: [{ media: { url: 'https://example.com/chart.png' } }] };
    expect((await send({ flags: V2, components: [container(text('**2.02%**'), { type: 14 }, gallery, row)] })).status).toBe(204);
  });

  it('no content, embeds or stickers beside the flag', async () => {
    const content = await send({ flags: V2, content: 'answer', components: [text('x')] });
    expect(content.body).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: { data: { content: { _errors: [{ code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', message: "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2" }] } } },
    });
    expect((await send({ flags: V2, embeds: [{ title: 't' }], components: [text('x')] })).body.errors.data.embeds._errors[0].code).toBe('MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2');
    expect((await send({ flags: V2, embeds: [], components: [text('x')] })).status).toBe(204);
  });

  it('at most 40 components counting nested ones, and 4,000 characters of text in all', async () => {
    const forty = Array.from({ length: 39 }, (_, index) => text(`line ${index}`));
    expect((await send({ flags: V2, components: [container(...forty)] })).status).toBe(204);
    const over = await send({ flags: V2, components: [container(...forty, text('one more'))] });
    expect(over.body.errors.data.components._errors[0].code).toBe('COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED');
    const long = await send({ flags: V2, components: [text('あ'.repeat(2000)), container(text('い'.repeat(2001)))] });
    expect(long.body.errors.data.components._errors[0].code).toBe('MAX_TEXT_DISPLAY_CONTENT_LENGTH_EXCEEDED');
    expect((await send({ flags: V2, components: [text('🔖'.repeat(4000))] })).status).toBe(204);
  });

  it('layout rules: no container in a container, sections of 1–3 texts with an accessory, galleries of 1–10', async () => {
    expect((await send({ flags: V2, components: [container(container(text('x')))] })).body.errors.data.components[0].components[0].type._errors[0].code).toBe('BASE_TYPE_CHOICES');
    expect((await send({ flags: V2, components: [{ type: 9, components: [text('x')] }] })).status).toBe(400);
    expect((await send({ flags: V2, components: [{ type: 12, items: [] }] })).status).toBe(400);
    expect((await send({ flags: V2, components: [text('')] })).status).toBe(400);
    // Without the flag, the new components are refused.
    expect((await send({ components: [container(text('x'))] })).status).toBe(400);
  });

  it('an attachment:// reference must name an uploaded file', async () => {
    const gallery = { type: 12, items: [{ media: { url: 'attachment://chart.png' } }] };
    const result = await send({ flags: V2, components: [container(text('x'), gallery)] });
    expect(result.body.errors.data.components[0].components[1].items[0].media.url._errors[0].code).toBe('UNFURLED_MEDIA_ITEM_ATTACHMENT_NOT_FOUND');
  });

  it('the flag goes on the answer, not on a deferral, and never comes off', async () => {
    expect((await respond(command(), { type: 5, data: { flags: V2 } })).status).toBe(400);
    const interaction = command();
    await respond(interaction, { type: 5 });
    const original = `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`;
    expect((await call('PATCH', original, { flags: V2, components: [text('answer')] }, false)).body.flags & V2).toBe(V2);
    expect((await call('PATCH', original, { content: 'plain again' }, false)).status).toBe(400);
    expect((await call('PATCH', original, { flags: 0, components: [text('x')] }, false)).body.errors.flags._errors[0].code).toBe('MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG');
    const channel = fake.guild.channels[0]!.id;
    const plain = await call('POST', `/channels/${channel}/messages`, { content: 'old' });
    expect((await call('PATCH', `/channels/${channel}/messages/${plain.body.id}`, { flags: V2, components: [text('new')] })).status).toBe(400);
    expect((await call('PATCH', `/channels/${channel}/messages/${plain.body.id}`, { flags: V2, content: null, components: [text('new')] })).status).toBe(200);
  });

  it('text displays ping like content unless allowed mentions say otherwise', () => {
    const components = [container(text('<@111111111111111111> @everyone'))];
    expect(pingsOf({ flags: V2, components })).toEqual(['@everyone', 'user:111111111111111111']);
    expect(pingsOf({ flags: V2, components, allowed_mentions: { parse: [] } })).toEqual([]);
  });
});

describe('threads, forums, modals, message menus and user installs', () => {
  it('a thread from a message: named 1–100, once per message, in a text channel, announced with THREAD_CREATE', async () => {
    const channel = fake.guild.channels[0]!.id;
    const question = fake.postMessage('アントの延滞率は？', { channelId: channel });
    const path = `/channels/${channel}/messages/${question.id}/threads`;
    expect((await call('POST', path, { name: '' })).status).toBe(400);
    expect((await call('POST', path, { name: 'x'.repeat(101) })).status).toBe(400);
    const created = await call('POST', path, { name: 'アントの延滞率は？' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: question.id, type: 11, parent_id: channel, owner_id: fake.bot.id, name: 'アントの延滞率は？' });
    expect((await call('POST', path, { name: 'again' })).body.code).toBe(160004);
    await until(() => received.find((payload) => payload.t === 'THREAD_CREATE' && payload.d.id === question.id));
    // Posting in it takes Send Messages in Threads; the thread is a channel of its own.
    expect((await call('POST', `/channels/${question.id}/messages`, { content: '答え' })).body).toMatchObject({ channel_id: question.id });
    expect(fake.thread(question.id)?.messageCount).toBe(1);
    const forum = fake.guild.channels[2]!.id;
    expect((await call('POST', `/channels/${forum}/messages`, { content: 'x' })).body.code).toBe(50008);
  });

  it('a forum post: THREAD_CREATE, then its first message, which has the thread’s id', async () => {
    const forum = fake.guild.channels[2]!.id;
    const post = fake.postForumPost(forum, '延滞率について', 'アントの延滞率は？');
    expect(post.channel_id).toBe(post.id);
    expect(fake.thread(post.id)).toMatchObject({ parentId: forum, name: '延滞率について' });
    const created = await until(() => received.findIndex((payload) => payload.t === 'THREAD_CREATE' && payload.d.id === post.id));
    const message = await until(() => { const index = received.findIndex((payload) => payload.t === 'MESSAGE_CREATE' && payload.d.id === post.id); return index >= 0 ? index : undefined; });
    expect(created).toBeLessThan(message);
  });

  it('a modal: a title of 1–45, labelled text inputs, only as a first answer, not to autocomplete', async () => {
    const input = { type: 4, custom_id: 'comment', style: 2, required: false, max_length: 1000 };
    const modal = (title: string, component: unknown = input) => ({ type: 9, data: { custom_id: 'fbm:s:0', title, components: [{ type: 18, label: '探していたこと', component }] } });
    expect((await respond(command(), modal('x'.repeat(46)))).status).toBe(400);
    expect((await respond(command(), modal('何を探していましたか？', { ...input, label: 'no' }))).status).toBe(400);
    expect((await respond(command(), modal('何を探していましたか？', { ...input, max_length: 5000 }))).status).toBe(400);
    const opener = command();
    expect((await respond(opener, modal('何を探していましたか？'))).status).toBe(204);
    expect((await opener.opened()).title).toBe('何を探していましたか？');
    expect((await respond(fake.autocomplete('source', { document: 'ア' }, 'document'), modal('t'))).status).toBe(400);
    // The person sends it: a required field or a value over max_length never leaves their client.
    expect(() => fake.submitModal(opener, { comment: 'x'.repeat(1001) })).toThrow('1000');
    const sent = fake.submitModal(opener, { comment: '2019年の値' });
    expect(sent.payload.data).toEqual({ custom_id: 'fbm:s:0', components: [{ type: 18, id: 0, component: { type: 4, id: 0, custom_id: 'comment', value: '2019年の値' } }] });
    // A modal sent from a command's answer cannot update a message or open another modal.
    expect((await respond(sent, { type: 7, data: { content: 'x' } })).status).toBe(400);
    expect((await respond(sent, { type: 4, data: { content: 'ありがとう', flags: 64 } })).status).toBe(204);
  });

  it('message menu commands: names with spaces and capitals, no description; used on a message, which they carry', async () => {
    const path = `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`;
    const ask = { name: 'ask', description: 'd', options: [{ type: 3, name: 'question', description: 'd', max_length: 500 }] };
    const menu = { type: 3, name: 'Ask Shiori', name_localizations: { ja: 'Shiori に聞く' }, integration_types: [0, 1], contexts: [0, 1, 2] };
    expect((await call('PUT', path, [ask, menu])).status).toBe(200);
    expect((await call('PUT', path, [ask, { ...menu, description: 'no' }])).status).toBe(400);
    expect((await call('PUT', path, [{ ...ask, options: [{ ...ask.options[0], max_length: 0 }] }])).status).toBe(400);
    expect((await call('PUT', path, [{ ...ask, integration_types: [2] }])).status).toBe(400);
    const target = fake.postMessage('アントの延滞率は？');
    const used = fake.messageMenu('Ask Shiori', target);
    expect(used.payload.data).toMatchObject({ type: 3, name: 'Ask Shiori', target_id: target.id });
    expect(used.payload.data.resolved.messages[target.id].content).toBe('アントの延滞率は？');
    // The client stops an option over its max_length; `raw` sends it anyway.
    expect(() => fake.slash('ask', { question: 'あ'.repeat(501) })).toThrow('500');
    expect(fake.slash('ask', { question: 'あ'.repeat(501) }, { raw: true }).payload.data.options[0].value).toHaveLength(501);
  });

  it('user installs: interactions from a server the bot is not in, and from group DMs, authorised by the person', () => {
    const user = fake.user('outsider');
    const foreign = fake.slash('ask', { question: 'x' }, { user, userInstall: true });
    expect(foreign.payload).toMatchObject({ guild_id: fake.foreignGuild.id, context: 0, authorizing_integration_owners: { '1': user.id } });
    const group = fake.slash('ask', { question: 'x' }, { user, groupDm: true });
    expect(group.payload).toMatchObject({ context: 2, channel: { type: 3 }, authorizing_integration_owners: { '1': user.id } });
    expect(group.payload.guild_id).toBeUndefined();
  });
});

describe('pings', () => {
  it('follow allowed_mentions as Discord does', () => {
    const content = '@everyone <@111111111111111111> <@&222222222222222222>';
    expect(pingsOf({ content })).toEqual(['@everyone', 'user:111111111111111111', 'role:222222222222222222']);
    expect(pingsOf({ content, allowed_mentions: { parse: [] } })).toEqual([]);
    expect(pingsOf({ content: 'x', message_reference: { message_id: '1' } }, '333')).toEqual(['replied:333']);
    expect(pingsOf({ content: 'x', message_reference: { message_id: '1' }, allowed_mentions: { parse: [] } }, '333')).toEqual([]);
  });
});
