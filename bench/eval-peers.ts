// `npm run eval:peers`: the peers out of the box (compromise for people and places, chrono-node for
// dates), scored on the same corpora by the same rules as `wirescan eval`, for the tables in docs/BENCHMARKS.md.
import compromise from 'compromise';
import * as chrono from 'chrono-node';
import { goldFiles, formatReport } from '../src/eval/eval-command.js';
import { readGold } from '../src/eval/read-gold.js';
import { evaluate, type Extractor } from '../src/eval/run-eval.js';
import type { ArticleRecord, MentionRecord } from '../src/record.js';

interface Match { text: string; offset: { start: number; length: number } }
const spans = (matches: Match[]): MentionRecord[] =>
  matches.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, text: m.text, sentence: 0 }));
const pad = (n: number) => String(n).padStart(2, '0');

/** chrono-node's result as a TIMEX3-style value: as precise as the components it is sure of. */
function chronoValue(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = c.get('year');
  if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday') && !/\b(yesterday|today|tomorrow|ago|last|next)\b/i.test(r.text)) return String(y);
  if (!c.isCertain('day') && !c.isCertain('weekday') && !/\b(yesterday|today|tomorrow|ago)\b/i.test(r.text)) return `${y}-${pad(c.get('month')!)}`;
  return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

/** compromise + chrono-node, out of the box, dressed as a wirescan record. */
const peers: Extractor = (text, { id, date }) => {
  const doc = compromise(text);
  const people = spans(doc.people().json({ offset: true }) as Match[]);
  const places = spans(doc.places().json({ offset: true }) as Match[]);
  const ref = date ? new Date(`${date}T12:00:00`) : new Date('2000-01-01T12:00:00');
  const dates = chrono.parse(text, ref).map((r) => ({
    start: r.index, end: r.index + r.text.length, text: r.text, sentence: 0, type: 'date' as const, value: chronoValue(r),
  }));
  const record: ArticleRecord = {
    schemaVersion: 1, id, title: null, date, dateSource: 'input', sentences: [],
    people: people.map((m, i) => ({ id: `p${i}`, name: m.text, titles: [], mentions: [m] })),
    countries: places.map((m, i) => ({ id: `c${i}`, code: 'XX', name: m.text, mentions: [{ ...m, form: 'name' as const }] })),
    organizations: [], dates, agreements: [],
  };
  return record;
};

const files = goldFiles([process.argv[2] ?? '../shared/eval']).filter((f) => !f.includes('rams'));
for (const file of files) console.log(formatReport(evaluate(file, readGold(file), peers)));
