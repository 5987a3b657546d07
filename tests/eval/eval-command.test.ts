// `wirescan eval` over several gold sources: one whose gold cannot be read is that source's failure (named by its
// path and file), and every other source is still scored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runEvalCommand } from '../../src/eval/eval-command.js';
import { tempDir } from '../temp-dir.js';

/** Three invented gold lines, CoNLL-style labels. */
const GOOD_LINES = [
  { id: 'g1', text: 'Ana Ruiz flew to Chile on Monday.', dct: '2024-05-06', entities: [{ start: 0, end: 8, label: 'PER', text: 'Ana Ruiz' }, { start: 17, end: 22, label: 'LOC', text: 'Chile' }] },
  { id: 'g2', text: 'Peru and Bolivia met in Lima.', dct: '2024-05-06', entities: [{ start: 0, end: 4, label: 'LOC', text: 'Peru' }, { start: 9, end: 16, label: 'LOC', text: 'Bolivia' }] },
  { id: 'g3', text: 'Tomas Vidal spoke in Quito.', dct: '2024-05-06', entities: [{ start: 0, end: 11, label: 'PER', text: 'Tomas Vidal' }] },
].map((l) => JSON.stringify(l)).join('\n');

/** A realnews-style article and a gold.json entry for it. */
const ARTICLE = 'Chile and Peru sign a fishing pact\n\nLIMA, May 3 - Chile and Peru signed a fishing pact on Friday.';
const entry = (people: unknown[]) => ({ '01': { date: '2024-05-03', people, countries: ['CL', 'PE'], dates: [], agreements: [] } });

/** A root holding the good corpus `a` and, as `b`, the source a row names. */
function root(b: { files: Record<string, string> }): string {
  const dir = tempDir('wirescan-eval-cmd-');
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'dev.jsonl'), `${GOOD_LINES}\n`);
  mkdirSync(join(dir, 'b'));
  for (const [name, text] of Object.entries(b.files)) writeFileSync(join(dir, 'b', name), text);
  return dir;
}

async function run(dir: string, flags: Parameters<typeof runEvalCommand>[1] = {}) {
  let text = '';
  const out = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  const code = await runEvalCommand([dir], flags, out);
  return { code, text };
}

describe('wirescan eval: a bad gold source fails alone', () => {
  it.each<{ name: string; files: Record<string, string>; error: RegExp; at: string }>([
    { name: 'a truncated gold.json (realnews)', files: { '01.txt': ARTICLE, 'gold.json': '{"01": ' }, error: /b\/gold\.json: not JSON \(/, at: 'b' },
    { name: 'a gold.json entry with no aliases', files: { '01.txt': ARTICLE, 'gold.json': JSON.stringify(entry([{ name: 'Ana Ruiz', country: 'CL' }])) }, error: /aliases/, at: 'b' },
    { name: 'a dev.jsonl with a line that is not JSON', files: { 'dev.jsonl': `${GOOD_LINES}\n{"id": "g4", "te\n` }, error: /b\/dev\.jsonl:4: not JSON \(/, at: 'b/dev.jsonl' },
    { name: 'a dev.jsonl with a line that is not a gold document', files: { 'dev.jsonl': '{"id":"g5","text":"No entities here."}\n' }, error: /b\/dev\.jsonl:1: expected/, at: 'b/dev.jsonl' },
  ])('$name: corpus a is scored, b is one failure naming it, exit 1', async ({ files, error, at }) => {
    const dir = root({ files });
    const { code, text } = await run(dir);
    expect(code).toBe(1);
    expect(text).toMatch(/^a \(3 docs\)\n/);
    expect(text).toMatch(/\n {2}people\.f1 +\d/);
    const failed = text.split('\n').filter((l) => l.includes('FAILED'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(new RegExp(`^ {2}FAILED ${join(dir, at).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(failed[0]).toMatch(error);
    expect(text).toMatch(/\nb \(0 docs, 1 failed\)\n/);
    expect(text).toMatch(/\n1 document failed/);
  });

  it('with --check, the failed source\'s floors are short, the good one\'s met', async () => {
    const dir = root({ files: { '01.txt': ARTICLE, 'gold.json': '{"01": ' } });
    const floors = join(dir, 'floors.json');
    writeFileSync(floors, JSON.stringify({ a: { 'people.recall': 0 }, b: { 'people.recall': 0 } }));
    const { code, text } = await run(dir, { check: floors });
    expect(code).toBe(1);
    expect(text).toContain(`below the floors in ${floors}:\n  b people.recall: NaN < floor 0\n`);
    expect(text).not.toMatch(/ {2}a people/);
  });

  it('every source good (negative): each scored, no failure, exit 0', async () => {
    const dir = root({ files: { '01.txt': ARTICLE, 'gold.json': JSON.stringify(entry([{ name: 'Ana Ruiz', aliases: [], country: 'CL' }])) } });
    const { code, text } = await run(dir);
    expect(code).toBe(0);
    expect(text).toMatch(/^a \(3 docs\)\n/);
    expect(text).toMatch(/\nb \(1 docs\)\n/);
    expect(text).not.toContain('FAILED');
  });
});
