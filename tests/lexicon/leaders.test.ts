import { describe, expect, it } from 'vitest';
import { LEADERS } from '../../src/lexicon/leaders.js';
import { countryName } from '../../src/lexicon/countries.js';

describe('the list of heads of state and government', () => {
  it.each(Object.keys(LEADERS))('%s is a state the country lexicon knows', (code) => {
    expect(countryName(code)).toBeTruthy();
  });
  it('lists no name under two states', () => {
    const seen = new Map<string, string>();
    for (const [code, names] of Object.entries(LEADERS)) {
      for (const n of names) {
        expect(seen.get(n.toLowerCase()) ?? code, n).toBe(code);
        seen.set(n.toLowerCase(), code);
      }
    }
  });
  it('lists full names, no titles (a title is read from the text)', () => {
    for (const names of Object.values(LEADERS)) for (const n of names) expect(n).not.toMatch(/^(?:President|King|Queen|Prime|Sheikh) /);
  });
});
