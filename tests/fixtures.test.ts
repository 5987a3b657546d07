// Every fixture's record: schema-valid, every span exact; and output/ is what `npm start` writes today.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extract, recordSchema } from '../src/index.js';
import type { ArticleRecord } from '../src/record.js';
import { tempDir } from './temp-dir.js';

const FIXTURES = 'fixtures';
const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const validate = new Ajv({ allErrors: true, strict: false }).compile(recordSchema);

/** Every span-bearing object in a record, with where it sits. */
function spans(record: ArticleRecord): { where: string; start: number; end: number; text: string }[] {
  return [
    ...record.sentences.map((s, i) => ({ where: `sentence ${i}`, ...s })),
    ...record.people.flatMap((p) => p.mentions.map((m) => ({ where: `person ${p.name}`, ...m }))),
    ...record.countries.flatMap((c) => c.mentions.map((m) => ({ where: `country ${c.code}`, ...m }))),
    ...record.organizations.flatMap((o) => o.mentions.map((m) => ({ where: `organization ${o.name}`, ...m }))),
    ...record.dates.map((d) => ({ where: `date ${d.value}`, ...d })),
    ...record.agreements.flatMap((a) => a.mentions.map((m) => ({ where: `agreement ${a.id}`, ...m }))),
  ];
}

describe('fixtures', () => {
  it('there is the seed article and at least six of our own', () => {
    expect(articles).toContain('italy-ukraine-security-agreement.txt');
    expect(articles.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(articles)('%s', (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const record = extract(text, { id: file });
    it('is valid against the published JSON Schema', () => {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    });
    it('every span satisfies text.slice(start, end) === span.text', () => {
      for (const s of spans(record)) expect(text.slice(s.start, s.end), s.where).toBe(s.text);
    });
    it('mentions point at their sentence', () => {
      for (const s of spans(record).filter((x) => !x.where.startsWith('sentence'))) {
        const sentence = record.sentences[(s as unknown as { sentence: number }).sentence];
        expect(sentence && sentence.start <= s.start && s.end <= sentence.end, s.where).toBe(true);
      }
    });
  });
});

describe('output/', () => {
  it('is exactly what `wirescan extract fixtures --out output` writes now', () => {
    const out = tempDir('wirescan-out-');
    const res = spawnSync(process.execPath, ['bin/wirescan.js', 'extract', FIXTURES, '--out', out, '--quiet'], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    for (const name of ['articles.jsonl', 'mentions.csv', 'agreements.csv']) {
      expect(readFileSync(join('output', name), 'utf8'), `output/${name} is stale: run npm start`).toBe(readFileSync(join(out, name), 'utf8'));
    }
  });
});
