// Articles with hand-made gold (fixtures/, and bench/heldout*/ written blind to the rules): each figure must stay at or
// above its floor in bench/floors.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalFixtures } from '../bench/eval-fixtures.js';

const allFloors = JSON.parse(readFileSync('bench/floors.json', 'utf8')) as Record<string, Record<string, number>>;

describe.each([['fixtures', 'fixtures'], ['heldout', 'bench/heldout'], ['heldout2', 'bench/heldout2']])('%s against their gold', (key, dir) => {
  const floors = allFloors[key];
  const scores = evalFixtures(dir);
  it('every floored figure exists', () => {
    expect(Object.keys(floors).length).toBeGreaterThan(10);
    for (const name of Object.keys(floors)) expect(Object.keys(scores)).toContain(name.replace(/\.(f1|recall|precision)$/, ''));
  });
  it.each(Object.entries(floors))('%s >= %s', (name, floor) => {
    const [, figure, measure] = /^(.*)\.(f1|recall|precision)$/.exec(name)!;
    expect(scores[figure][measure as 'f1']).toBeGreaterThanOrEqual(floor);
  });
});
