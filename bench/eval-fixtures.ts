// `npm run eval:fixtures`: every fixture's record against its hand-made gold (docs/FIXTURES.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { figures } from '../src/eval/score.js';
import { scoreFixture, sumTallies, type FixtureGold } from '../src/eval/score-fixtures.js';

/** Per-figure precision/recall/F1 over all fixtures in `dir`. */
export function evalFixtures(dir = 'fixtures') {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const tallies = files.map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as FixtureGold;
    return scoreFixture(extract(readFileSync(join(dir, f), 'utf8'), { id: f }), gold);
  });
  return Object.fromEntries(Object.entries(sumTallies(tallies)).map(([k, t]) => [k, figures(t)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('figure                        precision  recall     F1   (gold / predicted)');
  for (const [k, f] of Object.entries(evalFixtures())) {
    console.log(`${k.padEnd(28)}${f.precision.toFixed(3).padStart(10)}${f.recall.toFixed(3).padStart(8)}${f.f1.toFixed(3).padStart(8)}   (${f.gold} / ${f.predicted})`);
  }
}
