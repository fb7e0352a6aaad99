import { describe, expect, it } from 'vitest';
import { parseMultipart, resolveAttachments, UPLOAD_MAX_BYTES, type Upload } from './fake/attachments.ts';

const png = (bytes: number): Upload => ({ filename: 'chart.png', contentType: 'image/png', data: Buffer.alloc(bytes, 1) });

describe('the fake Discord’s uploads', () => {
  it('reads payload_json and files[n] from a multipart body', async () => {
    const form = new FormData();
    form.set('payload_json', JSON.stringify({ type: 4, data: { attachments: [{ id: '0' }] } }));
    form.set('files[0]', new Blob([Buffer.from('abc')], { type: 'image/png' }), 'chart.png');
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const raw = Buffer.from(await request.arrayBuffer());
    const { body, uploads } = await parseMultipart(raw, request.headers.get('content-type')!);
    expect(body).toEqual({ type: 4, data: { attachments: [{ id: '0' }] } });
    expect(uploads.get('0')).toEqual({ filename: 'chart.png', contentType: 'image/png', data: Buffer.from('abc') });
  });

  it('turns attachments into attachment objects and points embed images at them', () => {
    const store = new Map<string, Upload>();
    const body = { content: '', embeds: [{ image: { url: 'attachment://chart.png' } }], attachments: [{ id: 0 }] };
    expect(resolveAttachments(body, new Map([['0', png(3)]]), store, 'http://fake/api')).toBeUndefined();
    const [attachment] = body.attachments as unknown as Array<{ id: string; url: string; size: number }>;
    expect(attachment!.size).toBe(3);
    expect(body.embeds[0]!.image.url).toBe(attachment!.url);
    expect(store.get(attachment!.id)?.data.length).toBe(3);
  });

  it('rejects what Discord rejects: a missing file part, a file over the limit', () => {
    const missing = resolveAttachments({ type: 4, data: { attachments: [{ id: 1 }] } }, new Map([['0', png(3)]]), new Map(), 'http://fake/api');
    expect(missing?.status).toBe(400);
    expect(missing?.body.code).toBe(50035);
    expect(missing?.body.errors.data.attachments[0].id._errors[0].code).toBe('ATTACHMENT_INVALID');
    const large = resolveAttachments({ attachments: [{ id: 0 }] }, new Map([['0', png(UPLOAD_MAX_BYTES + 1)]]), new Map(), 'http://fake/api');
    expect(large).toEqual({ status: 413, body: { code: 40005, message: 'Request entity too large' } });
  });
});
