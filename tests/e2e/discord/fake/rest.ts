/**
 * The REST API over HTTP: reads each request (JSON or multipart with files), routes it, records
 * it with the answer in `requests`, and answers as Discord does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMultipart, resolveAttachments } from './attachments.ts';
import { channelRoute } from './channels.ts';
import { applicationCommands } from './commands.ts';
import { notFound, type RestResult } from './errors.ts';
import { interactionCallback } from './interaction-callback.ts';
import { userObject } from './objects.ts';
import type { FakeState } from './state.ts';
import type { Json } from './validate.ts';
import { webhookRoute } from './webhooks.ts';

export async function handleHttp(state: FakeState, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  // Attachment downloads (Discord's CDN): the bytes as they were uploaded, to anyone with the URL.
  const download = /^\/api\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
  if (download && method === 'GET') {
    const upload = state.uploads.get(download[1]!);
    state.requests.push({ method, path: url.pathname, status: upload ? 200 : 404, body: undefined, response: undefined, at: Date.now() });
    if (!upload) {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ code: 0, message: '404: Not Found' }));
    } else {
      response.writeHead(200, { 'Content-Type': upload.contentType, 'Content-Length': String(upload.data.length) });
      response.end(upload.data);
    }
    state.changed();
    return;
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  let body: Json = undefined;
  let result: RestResult;
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/')) {
    try {
      const parsed = await parseMultipart(Buffer.concat(chunks), contentType);
      body = parsed.body;
      result = resolveAttachments(body, parsed.uploads, state.uploads, state.apiBaseUrl) ?? route(state, method, url, request.headers.authorization, body);
    } catch (error) {
      result = { status: 400, body: { code: 50109, message: `The request body contains invalid JSON. (${String(error)})` } };
    }
  } else {
    try {
      body = raw ? JSON.parse(raw) : undefined;
      result = route(state, method, url, request.headers.authorization, body);
    } catch (error) {
      result = { status: 400, body: { code: 50109, message: `The request body contains invalid JSON. (${String(error)})` } };
    }
  }
  state.requests.push({ method, path: url.pathname + url.search, status: result.status, body, response: result.body, at: Date.now() });
  response.writeHead(result.status, result.body === undefined ? {} : { 'Content-Type': 'application/json' });
  response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
  state.changed();
}

function route(state: FakeState, method: string, url: URL, authorization: string | undefined, body: Json): RestResult {
  const match = /^\/api\/v10(\/.*)$/.exec(url.pathname);
  if (!match) return notFound();
  const path = match[1]!;
  // discord.js escapes path segments (@original arrives as %40original).
  const parts = path.split('/').slice(1).map(decodeURIComponent);

  // Interaction callbacks and webhooks are authorised by the interaction token in the URL.
  if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
    return interactionCallback(state, parts[1]!, parts[2]!, body, url.searchParams.get('with_response') === 'true');
  }
  if (parts[0] === 'webhooks') return webhookRoute(state, method, parts, body);

  if (authorization !== `Bot ${state.token}`) return { status: 401, body: { code: 0, message: '401: Unauthorized' } };

  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: state.gatewayUrl,
        shards: state.options.recommendedShards ?? state.guilds.length,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: state.options.maxConcurrency ?? 1 },
      },
    };
  }
  if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: state.gatewayUrl } };
  if (method === 'GET' && path === '/users/@me') return { status: 200, body: userObject(state.bot) };
  if (parts[0] === 'applications' && parts[1] === state.applicationId) return applicationCommands(state, method, parts, body);
  if (parts[0] === 'channels') return channelRoute(state, method, parts, body);
  return notFound();
}
