import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe('decodeText', () => {
  const rows: [string, Uint8Array, string][] = [
    ['plain UTF-8', utf8('Kyiv said.'), 'Kyiv said.'],
    ['a UTF-8 BOM is dropped', bytes(0xef, 0xbb, 0xbf, ...utf8('Rome.')), 'Rome.'],
    ['UTF-16 with a BOM', utf16le('Doha talks.'), 'Doha talks.'],
    ['emoji and combining marks pass through', utf8('Te\u0301 👍🏽.'), 'Te\u0301 👍🏽.'],
  ];
  it.each(rows)('%s', (_, input, expected) => {
    expect(decodeText(input)).toBe(expected);
  });

  const refused: [string, Uint8Array, RegExp][] = [
    ['empty', bytes(), /empty/],
    ['white space only', utf8(' \n\t '), /white space/],
    ['binary (NUL bytes)', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), /binary/],
    ['invalid UTF-8', bytes(0x48, 0xc3, 0x28, 0x69), /not valid UTF-8/],
  ];
  it.each(refused)('refuses %s', (_, input, message) => {
    expect(() => decodeText(input)).toThrow(message);
  });
});
