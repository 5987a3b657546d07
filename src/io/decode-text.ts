// Bytes to article text, or a clear reason why the input is not an article.
import { TextDecoder } from 'node:util';

/** An input that cannot be processed, with a reason a person can act on. */
export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decode an article: UTF-8 (a leading BOM dropped), or UTF-16 when it starts with a BOM.
 * Refuses binary data, invalid UTF-8, and files with no text.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith(utf16le, bytes.subarray(2), 'UTF-16LE');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith(utf16be, bytes.subarray(2), 'UTF-16BE');
  else {
    if (bytes.includes(0)) throw new InputError('binary data (NUL bytes): not a text article');
    text = decodeWith(utf8, bytes, 'UTF-8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  return checkText(text);
}

/** Refuse text that is empty, only white space, or holds NUL characters. */
export function checkText(text: string): string {
  if (text.includes('\u0000')) throw new InputError('binary data (NUL characters): not a text article');
  if (!/\S/.test(text)) throw new InputError(text.length ? 'only white space: no article text' : 'empty: no article text');
  return text;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`not valid ${name} text`);
  }
}
