import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.js';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000 });
const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

const ARTICLE = 'Kyiv and Rome sign pact\nROME, 22 February 2024 - Italian Foreign Minister Antonio Tajani said on Thursday that Italy signed a security agreement with Ukraine.\n';

function corpus(): string {
  const dir = tempDir('wirescan-cli-');
  writeFileSync(join(dir, 'b.txt'), ARTICLE);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.md'), 'Ghana and Togo agreed on a trade deal in 2023.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
  writeFileSync(join(dir, 'notes.json'), '{"ignored": true}');
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  return dir;
}

describe('wirescan extract: a folder', () => {
  const dir = corpus();
  const out = join(tempDir('wirescan-out-'), 'out');
  const res = run(['extract', dir, '--out', out]);

  it('writes one record per good article, in path order, ids relative to the folder', () => {
    expect(lines(readFileSync(join(out, 'articles.jsonl'), 'utf8')).map((r) => r.id)).toEqual(['b.txt', 'sub/a.md']);
  });
  it('records every bad input with its reason, goes on, and exits 1', () => {
    const errors = lines(readFileSync(join(out, 'errors.jsonl'), 'utf8'));
    expect(errors.map((e) => e.id)).toEqual(expect.arrayContaining(['binary.txt', 'empty.txt', 'latin1.txt']));
    expect(errors.find((e) => e.id === 'latin1.txt').error).toMatch(/UTF-8/);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/binary\.txt: binary data/);
    expect(res.stderr).toMatch(/2 articles extracted, \d+ failed/);
  });
  it('writes both CSV files with headers and no partial files', () => {
    expect(readFileSync(join(out, 'mentions.csv'), 'utf8').split('\n')[0]).toBe('article_id,kind,entity_id,name,text,start,end,sentence,value');
    expect(readFileSync(join(out, 'agreements.csv'), 'utf8').split('\n')[0]).toMatch(/^article_id,agreement_id,kind,status/);
    expect(existsSync(join(out, '.articles.jsonl.partial'))).toBe(false);
  });
  it('gives the same output whatever the concurrency', () => {
    const one = run(['extract', dir, '--concurrency', '1', '--quiet']);
    const many = run(['extract', dir, '--concurrency', '16', '--quiet']);
    expect(one.stdout).toBe(many.stdout);
    expect(one.stdout).toBe(readFileSync(join(out, 'articles.jsonl'), 'utf8'));
  });
});

describe('wirescan extract: a folder larger than a batch (worker threads)', () => {
  const dir = tempDir('wirescan-cli-many-');
  const places = ['Kenya', 'Chile', 'Norway', 'Japan', 'Peru'];
  for (let i = 0; i < 150; i++) {
    const text = `${places[i % 5]} and ${places[(i + 2) % 5]} signed trade deal number ${i} on 3 May 2021, officials said.\n`;
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), text);
  }
  const out = join(tempDir('wirescan-out-'), 'out');
  run(['extract', dir, '--out', out, '--concurrency', '2', '--quiet']);
  const file = (name: string) => readFileSync(join(out, name), 'utf8');

  it('writes every record, in order, into the folder', () => {
    expect(lines(file('articles.jsonl')).map((r) => r.id)).toEqual(Array.from({ length: 150 }, (_, i) => `a${String(i).padStart(3, '0')}.txt`));
    expect(lines(file('articles.jsonl'))[149].countries.map((c: { id: string }) => c.id)).toEqual(['PE', 'CL']);
  });
  it('prints to stdout exactly what it writes into the folder (JSON Lines and mentions CSV)', () => {
    expect(run(['extract', dir, '--concurrency', '2', '--quiet']).stdout).toBe(file('articles.jsonl'));
    expect(run(['extract', dir, '--concurrency', '2', '--quiet', '--format', 'csv']).stdout).toBe(file('mentions.csv'));
  });
});

describe('wirescan extract: stdin', () => {
  it('reads a piped article as one record with id "stdin"', () => {
    const res = run(['extract'], ARTICLE);
    expect(res.status).toBe(0);
    const [record] = lines(res.stdout);
    expect(record).toMatchObject({ schemaVersion: 1, id: 'stdin', title: 'Kyiv and Rome sign pact', date: '2024-02-22', dateSource: 'dateline' });
  });
  it('--date overrides the dateline', () => {
    expect(lines(run(['extract', '-', '--date', '2024-03-01'], ARTICLE).stdout)[0]).toMatchObject({ date: '2024-03-01', dateSource: 'option' });
  });
  it('reads JSON Lines inputs; a bad line fails alone', () => {
    const input = `{"id":"x1","text":"Chile signed a deal.","date":"2020-05-01"}\nnot json\n{"id":"x3","text":"Peru left."}\n`;
    const res = run(['extract', '--input-format', 'jsonl'], input);
    expect(lines(res.stdout).map((r) => [r.id, r.date, r.dateSource])).toEqual([['x1', '2020-05-01', 'input'], ['x3', null, null]]);
    expect(res.stderr).toMatch(/stdin:2: not a JSON object/);
    expect(res.status).toBe(1);
  });
  it('JSON Lines: a BOM is dropped; invalid UTF-8 and an over-long line fail alone', () => {
    const input = Buffer.concat([
      Buffer.from('\ufeff{"id":"a","text":"Germany signed a deal."}\n'),
      Buffer.from('{"id":"b","text":"Germany '), Buffer.from([0xff]), Buffer.from(' signed."}\n'),
      Buffer.from(`{"id":"c","text":"${'Chile and Peru talked. '.repeat(20)}"}\r\n`),
      Buffer.from('{"id":"d","text":"Peru signed."}\n'),
    ]);
    const res = run(['extract', '--input-format', 'jsonl', '--max-bytes', '200'], input);
    expect(lines(res.stdout).map((r) => r.id)).toEqual(['a', 'd']);
    expect(res.stderr).toMatch(/stdin:2: not valid UTF-8/);
    expect(res.stderr).toMatch(/stdin:3: line of \d+ bytes is over --max-bytes 200/);
    expect(res.status).toBe(1);
  });
  it('--format json prints one JSON array; csv prints mention rows', () => {
    expect(JSON.parse(run(['extract', '--format', 'json'], ARTICLE).stdout)).toHaveLength(1);
    expect(run(['extract', '--format', 'csv'], ARTICLE).stdout.split('\n')[0]).toBe('article_id,kind,entity_id,name,text,start,end,sentence,value');
  });
  it('an empty stdin is a failed input, exit 1', () => {
    const res = run(['extract'], '');
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/stdin: empty/);
  });
});

describe('wirescan: usage errors exit 2 and name the fix', () => {
  const rows: [string[], RegExp][] = [
    [['extract', '--date', '2024-13-40', '-'], /invalid date "2024-13-40".*YYYY-MM-DD/],
    [['extract', '--concurrency', 'zero', '-'], /--concurrency takes a whole number/],
    [['extract', '--format', 'xml', '-'], /Allowed choices are jsonl, json, csv/],
    [['extract', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command/],
  ];
  it.each(rows)('%j', (args, message) => {
    const res = run(args, 'x');
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(message);
  });
  it('a missing file is a failed input (exit 1), not a usage error', () => {
    const res = run(['extract', '/nonexistent/file.txt']);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/nonexistent\/file\.txt: no such file/);
  });
});

describe('wirescan schema', () => {
  it('prints the JSON Schema', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.schemaVersion).toEqual({ const: 1 });
  });
});
