// A page's bytes to its HTML text: gzip undone (by its magic bytes), then the character set the page
// declares (byte-order mark, HTTP Content-Type, <meta charset>), else UTF-8, else windows-1252.
import { TextDecoder } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { InputError } from './decode-text.js';

/** How to decode a page. */
export interface DecodeHtmlOptions {
  /** The HTTP Content-Type the page was served with (a WARC record's), whose charset wins over the page's own. */
  contentType?: string | null;
  /** Refuse a page larger than this many bytes, once decompressed. */
  maxBytes?: number;
}

/** A decoded page and the character set it was read with. */
export interface DecodedHtml {
  html: string;
  encoding: string;
}

const GZIP = [0x1f, 0x8b];
// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the page's first bytes.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<label>[\w.:-]+)/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?(?<label>[\w.:-]+)/i;
const PRESCAN_BYTES = 4096;

/** Is this a gzip stream (by its first two bytes)? */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === GZIP[0] && bytes[1] === GZIP[1];

/** Undo gzip, refusing output over `maxBytes` and a stream that is cut short or corrupt. */
function gunzip(bytes: Uint8Array, maxBytes: number | undefined): Buffer {
  try {
    return gunzipSync(bytes, maxBytes === undefined ? {} : { maxOutputLength: maxBytes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new InputError(`over --max-bytes ${maxBytes} once decompressed`);
    if (e.code === 'Z_BUF_ERROR') throw new InputError('truncated gzip data (the file is cut short)');
    throw new InputError(`corrupt gzip data: ${e.message}`);
  }
}

/** A decoder for a charset label, or null when the label is unknown. */
function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.toLowerCase().replace(/^x-/, '') === 'user-defined' ? 'windows-1252' : label);
  } catch {
    return null;
  }
}

/** The character set named by a byte-order mark, the HTTP header, or a <meta> near the top of the page. */
function declaredDecoder(bytes: Uint8Array, contentType: string | null | undefined): { decoder: TextDecoder; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { decoder: new TextDecoder('utf-8'), skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  const fromHeader = decoderFor(contentType ? HEADER_CHARSET.exec(contentType)?.groups?.label : undefined);
  if (fromHeader) return { decoder: fromHeader, skip: 0 };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const fromMeta = decoderFor(META_CHARSET.exec(head)?.groups?.label);
  // A page saved as UTF-16 cannot declare it in ASCII <meta>; a UTF-16 label there is read as UTF-8 (as browsers do).
  if (fromMeta) return { decoder: /^utf-16/.test(fromMeta.encoding) ? new TextDecoder('utf-8') : fromMeta, skip: 0 };
  return null;
}

/**
 * Decode a page's bytes (gzip-compressed or not) to HTML text. Refuses binary data, a truncated or corrupt
 * gzip stream, a page over `maxBytes` once decompressed, and text with no HTML markup in it.
 */
export function decodeHtmlBytes(input: Uint8Array, options: DecodeHtmlOptions = {}): DecodedHtml {
  const bytes = isGzip(input) ? gunzip(input, options.maxBytes) : input;
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) throw new InputError(`${bytes.length} bytes is over --max-bytes ${options.maxBytes}`);
  if (!bytes.length) throw new InputError('empty: no page');
  const declared = declaredDecoder(bytes, options.contentType);
  let decoder = declared?.decoder;
  if (!declared && bytes.subarray(0, PRESCAN_BYTES).includes(0)) throw new InputError('binary data (NUL bytes): not an HTML page');
  if (!decoder) {
    // Undeclared: UTF-8 when the bytes are valid UTF-8, else the web's default, windows-1252.
    try {
      return checkHtml({ html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
    } catch (err) {
      if (err instanceof InputError) throw err;
      decoder = new TextDecoder('windows-1252');
    }
  }
  return checkHtml({ html: decoder.decode(bytes.subarray(declared?.skip ?? 0)), encoding: decoder.encoding });
}

/** Refuse text that has no HTML markup, or binary data decoded as text. */
function checkHtml(page: DecodedHtml): DecodedHtml {
  if (page.html.includes('\u0000')) throw new InputError('binary data (NUL characters): not an HTML page');
  if (!/<(?:!doctype|html|head|body|meta|title|p|div|article)\b/i.test(page.html)) throw new InputError('not an HTML page (no HTML markup)');
  return page;
}
