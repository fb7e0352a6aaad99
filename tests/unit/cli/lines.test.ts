import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../../src/cli/lines.ts';

async function lines(chunks: Array<string | Buffer>, keep: number) {
  const out = [];
  for await (const line of boundedLines(Readable.from(chunks), keep)) out.push(line);
  return out;
}

describe('boundedLines', () => {
  it('splits on line breaks across chunks, CRLF included, and keeps a last line without a break', async () => {
    expect(await lines(['アントの', '延滞率\r\nIBM', 'の順位\n\nlast'], 100)).toEqual([
      { text: 'アントの延滞率', length: 7 },
      { text: 'IBMの順位', length: 6 },
      { text: '', length: 0 },
      { text: 'last', length: 4 },
    ]);
  });

  it('keeps only the first characters of a long line and counts the rest', async () => {
    const [line, next] = await lines(['x'.repeat(70_000), 'y'.repeat(30_000), '\nok\n'], 10);
    expect(line).toEqual({ text: 'xxxxxxxxxx', length: 100_000 });
    expect(next).toEqual({ text: 'ok', length: 2 });
  });

  it('decodes UTF-8 split between chunks', async () => {
    const bytes = Buffer.from('延滞率\n');
    expect(await lines([bytes.subarray(0, 4), bytes.subarray(4)], 100)).toEqual([{ text: '延滞率', length: 3 }]);
  });
});
