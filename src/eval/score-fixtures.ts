// Scoring a record against a fixture's hand-made gold (docs/FIXTURES.md): mentions one-to-one by exact
// span, and each entity's attributes where its mentions line up with the gold entity's.
import type { ArticleRecord } from '../record.js';
import type { Span } from '../doc.js';
import { addTally, emptyTally, matchOneToOne, type Tally } from './score.js';

interface GoldMention extends Span { text: string; form?: string }
/** A fixture's gold file. */
export interface FixtureGold {
  referenceDate: string | null;
  people: { name: string; titles: string[]; country?: string; mentions: GoldMention[] }[];
  countries: { code: string; mentions: GoldMention[] }[];
  organizations: { name: string; code?: string; mentions: GoldMention[] }[];
  dates: (GoldMention & { type: string; value: string })[];
  agreements: { kind: string; status: string | null; date: string | null; legallyBinding: boolean | null; parties: string[]; mentions: GoldMention[] }[];
}

/** Tallies per figure: mention spans per kind, and attribute agreement counted as correct/total. */
export type FixtureTallies = Record<string, Tally>;

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const sorted = <S extends Span>(xs: S[]) => [...xs].sort((a, b) => a.start - b.start);

function spans(gold: Span[], predicted: Span[]): Tally {
  const pairs = matchOneToOne(sorted(gold), sorted(predicted), same);
  return { predicted: predicted.length, gold: gold.length, correctPredicted: pairs, correctGold: pairs };
}

/** Agreement of one attribute over matched entity pairs: `correct` of `total` pairs. */
function attribute(total: number, correct: number): Tally {
  return { predicted: total, gold: total, correctPredicted: correct, correctGold: correct };
}

/** The predicted entity sharing the most exact mention spans with a gold entity, if any. */
function partner<P extends { mentions: Span[] }>(gold: { mentions: Span[] }, predicted: P[]): P | undefined {
  let best: P | undefined;
  let bestShared = 0;
  for (const p of predicted) {
    const shared = gold.mentions.filter((g) => p.mentions.some((m) => same(g, m))).length;
    if (shared > bestShared) [best, bestShared] = [p, shared];
  }
  return best;
}

const key = (xs: string[]) => [...xs].sort().join(',');

/** Score one record against its gold. */
export function scoreFixture(record: ArticleRecord, gold: FixtureGold): FixtureTallies {
  const t: FixtureTallies = {};
  t['people.mentions'] = spans(gold.people.flatMap((p) => p.mentions), record.people.flatMap((p) => p.mentions));
  const people = gold.people.map((g) => [g, partner(g, record.people)] as const).filter(([, p]) => p);
  t['people.name'] = attribute(gold.people.length, people.filter(([g, p]) => g.name === p!.name).length);
  t['people.country'] = attribute(people.length, people.filter(([g, p]) => g.country === p!.country).length);
  t['people.linking'] = attribute(
    people.reduce((n, [g]) => n + g.mentions.length, 0),
    people.reduce((n, [g, p]) => n + g.mentions.filter((m) => p!.mentions.some((x) => same(x, m))).length, 0),
  );
  const countryMentions = record.countries.flatMap((c) => c.mentions.map((m) => ({ ...m, code: c.code })));
  const goldCountryMentions = gold.countries.flatMap((c) => c.mentions.map((m) => ({ ...m, code: c.code })));
  t['countries.mentions'] = spans(goldCountryMentions, countryMentions);
  const codeAndForm = matchOneToOne(sorted(goldCountryMentions), sorted(countryMentions), (g, p) => same(g, p) && g.code === p.code && g.form === p.form);
  t['countries.code+form'] = { predicted: countryMentions.length, gold: goldCountryMentions.length, correctPredicted: codeAndForm, correctGold: codeAndForm };
  t['organizations.mentions'] = spans(gold.organizations.flatMap((o) => o.mentions), record.organizations.flatMap((o) => o.mentions));
  const dates = record.dates;
  t['dates.mentions'] = spans(gold.dates, dates);
  const valued = matchOneToOne(sorted(gold.dates), sorted(dates), (g, p) => same(g, p) && g.value === p.value && g.type === p.type);
  t['dates.value'] = { predicted: dates.length, gold: gold.dates.length, correctPredicted: valued, correctGold: valued };
  t['agreements.mentions'] = spans(gold.agreements.flatMap((a) => a.mentions), record.agreements.flatMap((a) => a.mentions));
  const agreements = gold.agreements.map((g) => [g, partner(g, record.agreements)] as const);
  const found = agreements.filter(([, p]) => p);
  const count = (ok: (g: FixtureGold['agreements'][number], p: ArticleRecord['agreements'][number]) => boolean) =>
    attribute(gold.agreements.length, found.filter(([g, p]) => ok(g, p!)).length);
  t['agreements.kind'] = count((g, p) => g.kind === p.kind);
  t['agreements.status'] = count((g, p) => g.status === p.status);
  t['agreements.date'] = count((g, p) => g.date === p.date);
  t['agreements.legallyBinding'] = count((g, p) => g.legallyBinding === p.legallyBinding);
  t['agreements.parties'] = count((g, p) => key(g.parties) === key(p.parties.map((x) => x.code ?? x.name)));
  return t;
}

/** One gold agreement whose matched entity (or none) differs on some field: what gold says, what we said. */
export interface AgreementMismatch {
  mention: string;
  fields: { field: string; gold: unknown; predicted: unknown }[];
}

/** The gold agreements whose partner differs from them, field by field (for looking at, not for scoring). */
export function agreementMismatches(record: ArticleRecord, gold: FixtureGold): AgreementMismatch[] {
  const out: AgreementMismatch[] = [];
  for (const g of gold.agreements) {
    const p = partner(g, record.agreements);
    const mention = g.mentions.map((m) => `"${m.text}"@${m.start}`).join(', ');
    if (!p) {
      out.push({ mention, fields: [{ field: 'entity', gold: 'present', predicted: 'no partner' }] });
      continue;
    }
    const pairs: [string, unknown, unknown][] = [
      ['kind', g.kind, p.kind], ['status', g.status, p.status], ['date', g.date, p.date],
      ['legallyBinding', g.legallyBinding, p.legallyBinding],
      ['parties', key(g.parties), key(p.parties.map((x) => x.code ?? x.name))],
    ];
    const fields = pairs.filter(([, a, b]) => a !== b).map(([field, a, b]) => ({ field, gold: a, predicted: b }));
    if (fields.length > 0) out.push({ mention, fields });
  }
  return out;
}

/** Sum tallies over fixtures. */
export function sumTallies(all: FixtureTallies[]): FixtureTallies {
  const total: FixtureTallies = {};
  for (const t of all) for (const [k, v] of Object.entries(t)) addTally((total[k] ??= emptyTally()), v);
  return total;
}
