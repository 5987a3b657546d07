// `npm run eval:fixtures`: every fixture's record against its hand-made gold (docs/FIXTURES.md); `-- --mismatches` lists the agreements that differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { figures } from '../src/eval/score.js';
import { agreementMismatches, scoreFixture, sumTallies, type FixtureGold } from '../src/eval/score-fixtures.js';

/** Each fixture in `dir`: its file name, its record and its gold. */
function readFixtures(dir: string) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    file: f,
    gold: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as FixtureGold,
    record: extract(readFileSync(join(dir, f), 'utf8'), { id: f }),
  }));
}

/** Per-figure precision/recall/F1 over all fixtures in `dir`. */
export function evalFixtures(dir = 'fixtures') {
  const tallies = readFixtures(dir).map(({ record, gold }) => scoreFixture(record, gold));
  return Object.fromEntries(Object.entries(sumTallies(tallies)).map(([k, t]) => [k, figures(t)]));
}

/** `--mismatches`: every gold agreement whose fields differ from ours, by fixture. */
function printMismatches(dir = 'fixtures') {
  for (const { file, record, gold } of readFixtures(dir)) {
    for (const m of agreementMismatches(record, gold)) {
      console.log(`${file}: ${m.mention}`);
      for (const f of m.fields) console.log(`    ${f.field}: gold ${JSON.stringify(f.gold)}, ours ${JSON.stringify(f.predicted)}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A folder argument scores another set of articles with gold: `-- bench/heldout` (docs/BENCHMARKS.md).
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'fixtures';
  console.log('figure                        precision  recall     F1   (gold / predicted)');
  for (const [k, f] of Object.entries(evalFixtures(dir))) {
    console.log(`${k.padEnd(28)}${f.precision.toFixed(3).padStart(10)}${f.recall.toFixed(3).padStart(8)}${f.f1.toFixed(3).padStart(8)}   (${f.gold} / ${f.predicted})`);
  }
  if (process.argv.includes('--mismatches')) printMismatches(dir);
}
