import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, isGzip } from '../../src/io/decode-html-bytes.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;
const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeHtmlBytes: character sets', () => {
  const rows: [string, Uint8Array, string | null, string][] = [
    ['UTF-8 declared by <meta charset>', Buffer.from(page('<meta charset="utf-8">', 'São Paulo – “accord”')), null, 'São Paulo – “accord”'],
    ['windows-1252 declared: curly quotes, dash and euro from bytes 0x80-0x9F', Buffer.concat([latin1('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]), latin1('</p></body></html>')]), null, '“A” – €5'],
    ['ISO-8859-1 declared by http-equiv: read as windows-1252, as browsers do', latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Caf\u00e9 \u0092s')), null, 'Café ’s'],
    ['the HTTP Content-Type wins over the page', latin1(page('<meta charset="utf-8">', 'Caf\u00e9')), 'text/html; charset=iso-8859-1', 'Café'],
    ['a UTF-8 byte-order mark wins over everything', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="windows-1252">', 'Zürich'))]), 'text/html; charset=iso-8859-1', 'Zürich'],
    ['UTF-16LE with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', 'Kyiv'), 'utf16le')]), null, 'Kyiv'],
    ['undeclared and valid UTF-8: UTF-8', Buffer.from(page('', 'Ñandú')), null, 'Ñandú'],
    ['undeclared and not UTF-8: windows-1252', latin1(page('', 'Ol\u00e1 \u0093x\u0094')), null, 'Olá “x”'],
    ['an unknown label is ignored: the bytes decide', Buffer.from(page('<meta charset="klingon-8">', 'Łódź')), null, 'Łódź'],
  ];
  it.each(rows)('%s', (_, bytes, contentType, expected) => {
    expect(decodeHtmlBytes(bytes, { contentType }).html).toContain(expected);
  });
});

describe('decodeHtmlBytes: gzip by its magic bytes, whatever the name', () => {
  const html = page('<meta charset="utf-8">', 'Kenya and Tanzania signed.');
  it('undoes gzip', () => {
    expect(isGzip(gzipSync(html))).toBe(true);
    expect(decodeHtmlBytes(gzipSync(html)).html).toBe(html);
  });
  it('checks --max-bytes on the decompressed page, not the file', () => {
    const big = gzipSync(page('', 'x'.repeat(100_000)));
    expect(big.length).toBeLessThan(1000);
    expect(() => decodeHtmlBytes(big, { maxBytes: 50_000 })).toThrow(/over --max-bytes 50000 once decompressed/);
    expect(decodeHtmlBytes(big, { maxBytes: 200_000 }).html.length).toBeGreaterThan(100_000);
  });
});

describe('decodeHtmlBytes: what is refused (negative cases)', () => {
  const full = gzipSync(page('', 'Kenya and Tanzania signed a rail agreement on Tuesday.'.repeat(20)));
  const rows: [string, Uint8Array, RegExp][] = [
    ['a truncated gzip file', full.subarray(0, full.length >> 1), /truncated gzip data/],
    ['corrupt gzip data', Buffer.concat([full.subarray(0, 10), Buffer.alloc(40, 0xff)]), /^corrupt gzip data: invalid block type$/],
    ['an image named .html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary data/],
    ['JSON named .html', Buffer.from('{"error": "not a page"}'), /not an HTML page \(no HTML markup\)/],
    ['plain text named .html', Buffer.from('Kenya and Tanzania signed a rail agreement.'), /no HTML markup/],
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a page over --max-bytes', Buffer.from(page('', 'x'.repeat(500))), /over --max-bytes 100/],
  ];
  it.each(rows)('%s', (_, bytes, message) => {
    expect(() => decodeHtmlBytes(bytes, { maxBytes: 100 + (message.source.includes('max-bytes') ? 0 : 1e6) })).toThrow(message);
  });
});

describe('decodeHtmlBytes: a Content-Encoding (a WARC record\'s payload as the server sent it)', () => {
  const html = page('', 'Kenya and Tanzania signed a rail agreement on Tuesday.');
  const rows: [string, Uint8Array, string][] = [
    ['gzip', gzipSync(html), 'gzip'],
    ['x-gzip', gzipSync(html), 'x-gzip'],
    ['deflate (zlib-wrapped, as the standard says)', deflateSync(html), 'deflate'],
    ['deflate sent raw (as some servers do)', deflateRawSync(html), 'deflate'],
    ['br', brotliCompressSync(html), 'br'],
    ['two codings, undone last first', brotliCompressSync(gzipSync(html)), 'gzip, br'],
    ['identity', Buffer.from(html), 'identity'],
    ['gzip named but the payload stored already decoded', Buffer.from(html), 'gzip'],
  ];
  it.each(rows)('%s', (_, bytes, contentEncoding) => {
    expect(decodeHtmlBytes(bytes, { contentEncoding }).html).toBe(html);
  });

  const bomb = (compress: (b: Buffer) => Buffer) => compress(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(20 * 1024 * 1024, 0x20)]));
  const refused: [string, Uint8Array, string, string][] = [
    ['a small gzip payload that inflates past --max-bytes', bomb(gzipSync), 'gzip', 'over --max-bytes 100000 once decompressed'],
    ['a small br payload that inflates past --max-bytes', bomb(brotliCompressSync), 'br', 'over --max-bytes 100000 once decompressed'],
    ['a deflate payload cut short', deflateSync(html).subarray(0, 20), 'deflate', 'truncated deflate data (the file is cut short)'],
    ['corrupt br data', Buffer.alloc(30, 0xff), 'br', 'corrupt br data: Decompression failed'],
    ['an encoding not known', Buffer.from(html), 'compress', 'unsupported Content-Encoding "compress"'],
  ];
  it.each(refused)('refuses %s (negative case)', (_, bytes, contentEncoding, message) => {
    expect(() => decodeHtmlBytes(bytes, { contentEncoding, maxBytes: 100000 })).toThrow(message);
  });
  it('with no --max-bytes, a large page inflates whole (no limit asked for)', () => {
    expect(decodeHtmlBytes(gzipSync(Buffer.from(page('', 'x'.repeat(300000)))), { contentEncoding: 'gzip' }).html).toHaveLength(300000 + page('', '').length);
  });
});
