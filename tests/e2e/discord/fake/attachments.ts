/**
 * Uploads as Discord takes them: a multipart body with `payload_json` and `files[n]` parts, and an
 * `attachments` list in the payload whose `id` n names the part. The fake turns each into an
 * attachment object (with a URL it serves the bytes under) and resolves `attachment://name` in
 * embed images the way Discord shows them.
 */
import { snowflake } from './ids.ts';
import type { DiscordError, Json } from './validate.ts';

/** Discord's upload limit per file for a server without boosts. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Discord: attachments per message. */
export const ATTACHMENTS_MAX = 10;

export interface Upload {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** `payload_json` as the body, and the files by index. */
export async function parseMultipart(raw: Buffer, contentType: string): Promise<{ body: Json; uploads: Map<string, Upload> }> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const payload = form.get('payload_json');
  const body: Json = typeof payload === 'string' ? JSON.parse(payload) : {};
  const uploads = new Map<string, Upload>();
  for (const [key, value] of form.entries()) {
    const index = /^files\[(\d+)\]$/.exec(key)?.[1];
    if (index === undefined || typeof value === 'string') continue;
    uploads.set(index, { filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, uploads };
}

function formError(path: (string | number)[], message: string): DiscordError {
  let errors: Json = { _errors: [{ code: 'ATTACHMENT_INVALID', message }] };
  for (const key of [...path].reverse()) errors = { [key]: errors };
  return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors } };
}

/**
 * Replace the `attachments` of a message payload (in `body.data` for interaction callbacks) with
 * attachment objects, storing the bytes in `store` under each attachment's id. Returns an error
 * for what Discord refuses: a reference to a file that was not sent, too many or too large files.
 */
export function resolveAttachments(body: Json, uploads: Map<string, Upload>, store: Map<string, Upload>, baseUrl: string): DiscordError | undefined {
  const message: Json = body?.data && typeof body.data === 'object' && 'type' in body ? body.data : body;
  const base = message === body ? [] : ['data'];
  const requested: Json[] = message?.attachments ?? [];
  if (requested.length > ATTACHMENTS_MAX) return formError([...base, 'attachments'], `Must be ${ATTACHMENTS_MAX} or fewer in length.`);
  const resolved: Json[] = [];
  for (const [index, attachment] of requested.entries()) {
    // An edit keeps an earlier attachment by naming its id; a new one names the index of its file part.
    const kept = store.get(String(attachment.id));
    const upload = kept ?? uploads.get(String(attachment.id));
    if (!upload) return formError([...base, 'attachments', index, 'id'], 'Unknown attachment: no file with this index was sent.');
    if (upload.data.length > UPLOAD_MAX_BYTES) return { status: 413, body: { code: 40005, message: 'Request entity too large' } };
    const id = kept ? String(attachment.id) : snowflake();
    const filename = kept ? kept.filename : (attachment.filename ?? upload.filename);
    store.set(id, { ...upload, filename });
    resolved.push({
      id,
      filename,
      size: upload.data.length,
      content_type: upload.contentType,
      url: `${baseUrl}/attachments/${id}/${filename}`,
      proxy_url: `${baseUrl}/attachments/${id}/${filename}`,
      ...(attachment.description ? { description: attachment.description } : {}),
    });
  }
  if (message && requested.length > 0) {
    message.attachments = resolved;
    for (const embed of message.embeds ?? []) {
      const name = /^attachment:\/\/(.+)$/.exec(embed.image?.url ?? '')?.[1];
      const target = resolved.find((attachment) => attachment.filename === name);
      if (target) embed.image = { url: target.url, proxy_url: target.proxy_url };
    }
  }
  return undefined;
}
