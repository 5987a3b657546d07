// A page's bytes to its HTML text: its HTTP Content-Encoding (gzip, deflate, br) or gzip by its magic bytes
// undone, its output bounded by --max-bytes, then the character set the page declares (byte-order mark, HTTP
// Content-Type, <meta charset>), else UTF-8, else windows-1252.
import { TextDecoder } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync, type ZlibOptions } from 'node:zlib';
import { InputError } from './decode-text.js';

/** How to decode a page. */
export interface DecodeHtmlOptions {
  /** The HTTP Content-Type the page was served with (a WARC record's), whose charset wins over the page's own. */
  contentType?: string | null;
  /** The HTTP Content-Encoding the bytes are in (a WARC record's): gzip, x-gzip, deflate, br, identity. */
  contentEncoding?: string | null;
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
// windows-1252's bytes 0x80-0x9F (curly quotes, dashes, the euro sign...): Node 20's TextDecoder reads them as
// ISO-8859-1's control characters, so they are mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode with `decoder`, windows-1252 (also what ISO-8859-1 and ASCII labels name) done right. */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  if (decoder.encoding !== 'windows-1252') return decoder.decode(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Is this a gzip stream (by its first two bytes)? */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === GZIP[0] && bytes[1] === GZIP[1];

type Inflate = (bytes: Uint8Array, options: ZlibOptions) => Buffer;
/** Decompressors by Content-Encoding; deflate is zlib-wrapped as the standard says, or raw as some servers send it. */
const INFLATE: Record<string, Inflate> = {
  gzip: gunzipSync,
  deflate: (bytes, options) => {
    try {
      return inflateSync(bytes, options);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') return inflateRawSync(bytes, options);
      throw err;
    }
  },
  br: brotliDecompressSync as Inflate,
};

/** Undo a compression, refusing output over `maxBytes` (zlib stops there: a small bomb is never inflated whole) and a stream that is cut short or corrupt. */
function decompress(bytes: Uint8Array, encoding: string, maxBytes: number | undefined): Buffer {
  try {
    return INFLATE[encoding](bytes, maxBytes === undefined ? {} : { maxOutputLength: maxBytes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (maxBytes !== undefined && (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)) throw new InputError(`over --max-bytes ${maxBytes} once decompressed`);
    if (e.code === 'Z_BUF_ERROR') throw new InputError(`truncated ${encoding} data (the file is cut short)`);
    throw new InputError(`corrupt ${encoding} data: ${e.message}`);
  }
}

/** The bytes with their Content-Encoding undone (gzip also when it is only its magic bytes that say so). */
function undoEncoding(bytes: Uint8Array, contentEncoding: string | null | undefined, maxBytes: number | undefined): Uint8Array {
  // Each coding named, in the order they were applied ("gzip, br": gzip first), undone last first.
  const codings = (contentEncoding ?? '').toLowerCase().split(',').map((c) => c.trim().replace(/^x-gzip$/, 'gzip')).filter((c) => c && c !== 'identity');
  let out = bytes;
  for (const coding of codings.reverse()) {
    if (!(coding in INFLATE)) throw new InputError(`unsupported Content-Encoding "${coding}"`);
    // A payload stored already decoded under its original header (some crawlers do) is taken as it is.
    if (coding === 'gzip' && !isGzip(out)) continue;
    out = decompress(out, coding, maxBytes);
  }
  return isGzip(out) ? decompress(out, 'gzip', maxBytes) : out;
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
  const bytes = undoEncoding(input, options.contentEncoding, options.maxBytes);
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
  return checkHtml({ html: decodeWith(decoder, bytes.subarray(declared?.skip ?? 0)), encoding: decoder.encoding });
}

/** Refuse text that has no HTML markup, or binary data decoded as text. */
function checkHtml(page: DecodedHtml): DecodedHtml {
  if (page.html.includes('\u0000')) throw new InputError('binary data (NUL characters): not an HTML page');
  if (!/<(?:!doctype|html|head|body|meta|title|p|div|article)\b/i.test(page.html)) throw new InputError('not an HTML page (no HTML markup)');
  return page;
}
