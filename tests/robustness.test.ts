// Bad input battery: each input fails alone with a clear reason, or is processed with exact offsets.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ArticleRecord } from '../src/record.js';
import { tempDir } from './temp-dir.js';

const BIN = join(process.cwd(), 'bin', 'wirescan.js');
const ARTICLE = 'Chile and Peru sign a trade deal\nLIMA, 3 May 2024 - Chilean President Ana Ruiz said on Friday that the agreement would take effect in 2025.\n';

/** Every span of a record, checked against the text. */
function expectExactOffsets(text: string, r: ArticleRecord): void {
  const all = [
    ...r.sentences, ...r.dates,
    ...[...r.people, ...r.countries, ...r.organizations, ...r.agreements].flatMap((e) => e.mentions as { start: number; end: number; text: string }[]),
  ];
  for (const s of all) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('a folder of bad inputs', () => {
  const dir = tempDir('wirescan-bad-');
  const files: Record<string, Buffer> = {
    'good.txt': Buffer.from(ARTICLE),
    'empty.txt': Buffer.alloc(0),
    'blank.txt': Buffer.from(' \n\t\n'),
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'latin1.txt': Buffer.from('Caf\xe9 talks in S\xe3o Paulo', 'latin1'),
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
    'crlf.txt': Buffer.from(ARTICLE.replace(/\n/g, '\r\n')),
    'non-english.txt': Buffer.from('Италия и Украина подписали соглашение о безопасности. 日本は合意した。'),
    'emoji.txt': Buffer.from('Talks 🤝🏽 in Ha\u0300 No\u0323i: Vie\u0323t Nam and Japan signed a pact on Monday 🎉.\n'),
    'formula.txt': Buffer.from('=cmd|\' /C calc\'!A0 said Kenya signed a deal.\n'),
    'huge.txt': Buffer.alloc(50 * 1024 * 1024, 'Kenya signed a deal. '),
    'long-line.txt': Buffer.alloc(5 * 1024 * 1024, 'Ghana and Togo agreed. '),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  mkdirSync(join(dir, 'nested'));
  symlinkSync('..', join(dir, 'nested', 'loop'));
  symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
  // A named pipe: reading it would wait for a writer forever.
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  // A file whose reading fails for any user, root included (permissions do not stop root): Linux's
  // /proc/self/mem, read from its start, is an input/output error.
  symlinkSync('/proc/self/mem', join(dir, 'unreadable.txt'));
  const out = join(tempDir('wirescan-out-'), 'out');
  const res = spawnSync(process.execPath, [BIN, 'extract', dir, '--out', out, '--quiet'], { encoding: 'utf8', timeout: 120_000 });
  const records = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord);
  const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; error: string });
  const reason = (id: string) => errors.find((e) => e.id === id)?.error;

  it('finishes, reports the failures in its exit code, and loses nothing', () => {
    expect(res.status, res.stderr).toBe(1);
    expect(records.length + errors.length).toBeGreaterThanOrEqual(Object.keys(files).length + 1);
  });
  const refused: [string, RegExp][] = [
    ['empty.txt', /empty/],
    ['blank.txt', /only white space/],
    ['binary.txt', /binary data/],
    ['latin1.txt', /not valid UTF-8/],
    ['huge.txt', /over --max-bytes/],
    ['long-line.txt', /over --max-bytes/],
    ['dangling.txt', /no such file/],
    ['nested/loop', /symbolic link loop/],
    ['pipe.txt', /not a regular file/],
    ['unreadable.txt', /input\/output error: cannot read it/],
  ];
  it.each(refused)('%s is refused: %s', (id, message) => {
    expect(reason(id)).toMatch(message);
    expect(records.map((r) => r.id)).not.toContain(id);
  });
  const processed = ['good.txt', 'utf16.txt', 'crlf.txt', 'non-english.txt', 'emoji.txt', 'formula.txt'];
  it.each(processed)('%s is processed with exact offsets', (id) => {
    const record = records.find((r) => r.id === id)!;
    expect(record).toBeDefined();
    const bytes = files[id];
    const text = id === 'utf16.txt' ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
    expectExactOffsets(text, record);
  });
  it('UTF-16 and CRLF give the same entities as the plain article', () => {
    const names = (id: string) => JSON.stringify(records.find((r) => r.id === id)!.people.map((p) => p.name));
    expect(names('utf16.txt')).toBe(names('good.txt'));
    expect(names('crlf.txt')).toBe(names('good.txt'));
  });
  it('escapes formula-looking text in the CSV files', () => {
    const csv = readFileSync(join(out, 'mentions.csv'), 'utf8');
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});

describe('extract never throws and keeps offsets exact on any text', () => {
  it('random Unicode (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectExactOffsets(text, extract(text));
      }),
      { numRuns: 300 },
    );
  });
  it('random news-like words', () => {
    const word = fc.constantFrom('Italy', 'signed', 'a', 'deal', 'on', 'Monday', 'President', 'Zelensky', "'s", '.', ',', '\n', '—', 'U.S.', 'the', 'agreement', '2024', 'May', 'Dr.', 'Jr.', '“', '”', '🇺🇦', 'e\u0301');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.array(fc.constantFrom(' ', '', '  ', '\n'), { maxLength: 80 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        expectExactOffsets(text, extract(text, { date: '2024-02-23' }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('long runs of spaces', () => {
  // wink records at most 65,534 spaces before a token: offsets must not come from that count.
  const rows: [string, number][] = [['a few', 3], ['just under the count wink keeps', 65_534], ['past it', 65_536], ['far past it', 70_000]];
  it.each(rows)('%s (%i spaces) before the article: the same entities, at exact offsets', (_, n) => {
    const text = `${' '.repeat(n)}President Joe Biden met Italy's premier on May 3, 2021.`;
    const r = extract(text, { date: '2024-02-23' });
    expectExactOffsets(text, r);
    expect(r.people.map((p) => p.name)).toEqual(['Joe Biden']);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['May 3, 2021', '2021-05-03']]);
    expect(r.countries.map((c) => c.code)).toEqual(['IT']);
  });
});

describe('spaces wink does not count', () => {
  // U+1680, U+2000, U+2001 and a zero-width no-break space inside a text: wink passes over them without counting them.
  const rows: [string, string][] = [['ogham space mark', '\u1680'], ['en quad', '\u2000'], ['em quad', '\u2001'], ['zero-width no-break space', '\uFEFF']];
  it.each(rows)('%s: the same entities, at exact offsets, after 70,000 spaces too', (_, space) => {
    for (const lead of ['', ' '.repeat(70_000)]) {
      const text = `${lead}Talks began.${space} President Joe Biden met Italy's premier on May 3, 2021.`;
      const r = extract(text, { date: '2024-02-23' });
      expectExactOffsets(text, r);
      expect(r.people.map((p) => p.name)).toEqual(['Joe Biden']);
      expect(r.dates.map((d) => d.text)).toEqual(['May 3, 2021']);
    }
  });
});

describe('no regular expression backtracks catastrophically', () => {
  // Each input is 100 KB of one pattern built to stress a stage; all must finish in linear time.
  // The bound is loose on purpose (a shared machine); exponential blow-up takes minutes, not seconds.
  const repeat = (s: string) => s.repeat(Math.ceil(100_000 / s.length));
  const rows: [string, string][] = [
    ['capitalised words', repeat('Abc ')],
    ['initials and periods', repeat('A. B. ')],
    ['dashes (datelines)', repeat('- ')],
    ['digits and separators (dates)', repeat('1-2/3 ')],
    ['month names', repeat('May June ')],
    ['title words', repeat('President Minister ')],
    ['agreement words', repeat('security cooperation ')],
    ['apostrophes', repeat("O'B's ")],
    ['one word, no spaces', repeat('a')],
    ['hyphenated', repeat('Al-')],
  ];
  it.each(rows)('%s', (_, text) => {
    const t0 = performance.now();
    extract(text, { date: '2024-02-23' });
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
