import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from '../../src/stages/normalize-text.js';
import { createDoc } from '../../src/doc.js';

describe('foldText', () => {
  const rows: [string, string, string][] = [
    ['Ukraine\u2019s', "Ukraine's", 'curly apostrophe becomes a straight one'],
    ['\u201Cquoted\u201D', '"quoted"', 'curly double quotes'],
    ['TOKYO \u2014 Japan', 'TOKYO - Japan', 'em dash'],
    ['2020\u20132024', '2020-2024', 'en dash'],
    ['10\u00A0000', '10 000', 'no-break space'],
    ['line\r\nnext', 'line\n\nnext', 'carriage return becomes a line break'],
  ];
  it.each(rows)('%s -> %s (%s)', (input, expected) => {
    expect(foldText(input)).toBe(expected);
    expect(foldText(input)).toHaveLength(input.length);
  });

  const unchanged: [string, string][] = [
    ['plain ASCII text, with - and \' and "', 'already plain'],
    ['café e\u0301 👍🏽 日本', 'accents, combining marks, emoji and CJK are left alone'],
  ];
  it.each(unchanged)('leaves %s unchanged (%s)', (input) => {
    expect(foldText(input)).toBe(input);
  });
});

describe('normalizeText', () => {
  it('fills norm and keeps text as read', () => {
    const doc = normalizeText(createDoc('a', 'Kyiv\u2019s plan'), {});
    expect(doc.text).toBe('Kyiv\u2019s plan');
    expect(doc.norm).toBe("Kyiv's plan");
  });
});
