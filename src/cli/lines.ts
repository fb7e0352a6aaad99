/**
 * Lines of standard input read as a stream, each kept to at most `keep` characters while the rest
 * of a longer line is only counted: a 50 MB line costs its reading time and `keep` characters of
 * memory, not a 50 MB string.
 */
import { StringDecoder } from 'node:string_decoder';

export interface InputLine {
  /** The line's first `keep` characters (UTF-16 units), without its line break. */
  text: string;
  /** How long the whole line was. */
  length: number;
}

export async function* boundedLines(input: AsyncIterable<Buffer | string>, keep: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let length = 0;
  const take = (piece: string) => {
    if (text.length < keep) text += piece.slice(0, keep - text.length);
    length += piece.length;
  };
  const line = (): InputLine => {
    const done = { text: text.endsWith('\r') ? text.slice(0, -1) : text, length: text.endsWith('\r') ? length - 1 : length };
    text = '';
    length = 0;
    return done;
  };
  for await (const chunk of input) {
    const decoded = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let newline = decoded.indexOf('\n'); newline !== -1; newline = decoded.indexOf('\n', from)) {
      take(decoded.slice(from, newline));
      yield line();
      from = newline + 1;
    }
    take(decoded.slice(from));
  }
  take(decoder.end());
  if (text !== '' || length > 0) yield line();
}
