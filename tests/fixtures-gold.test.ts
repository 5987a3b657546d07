// The fixtures' hand-made gold: each figure must stay at or above its floor in bench/floors.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalFixtures } from '../bench/eval-fixtures.js';

const floors = JSON.parse(readFileSync('bench/floors.json', 'utf8')).fixtures as Record<string, number>;
const scores = evalFixtures('fixtures');

describe('fixtures against their gold', () => {
  it('every floored figure exists', () => {
    expect(Object.keys(floors).length).toBeGreaterThan(10);
    for (const name of Object.keys(floors)) expect(Object.keys(scores)).toContain(name.replace(/\.(f1|recall|precision)$/, ''));
  });
  it.each(Object.entries(floors))('%s >= %s', (name, floor) => {
    const [, figure, measure] = /^(.*)\.(f1|recall|precision)$/.exec(name)!;
    expect(scores[figure][measure as 'f1']).toBeGreaterThanOrEqual(floor);
  });
});
