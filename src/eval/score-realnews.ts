// Entity-level scoring of real articles the way a dataset user reads a record (../shared/eval/realnews/README.md):
// people by name, countries as a set, dates by overlap with their values, agreements one entry each with their facts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputFailure } from '../input.js';
import type { AgreementRecord, ArticleRecord, PersonRecord } from '../record.js';
import type { Span } from '../doc.js';
import { extractOrFail, type CorpusReport, type Extractor, type Scores } from './run-eval.js';
import { addTally, emptyTally, figures, overlaps, type Tally } from './score.js';
import { extract } from '../extract.js';

/** One article's gold (realnews/gold.json). */
export interface RealnewsGold {
  date: string | null;
  people: { name: string; aliases: string[]; country: string | null }[];
  countries: string[];
  dates: { text: string; value: string }[];
  agreements: { text: string; parties: string[]; status: string; date: string | null; legallyBinding: boolean | null }[];
}

/** An article with its gold. */
export interface RealnewsDoc {
  id: string;
  text: string;
  gold: RealnewsGold;
}

/** Is `dir` a folder of articles with entity-level gold: gold.json keyed by article, and NN.txt for every key? */
export function isRealnewsFolder(dir: string): boolean {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) return false;
  let keys: string[];
  try {
    keys = Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object);
  } catch {
    return true; // scored as such, so that evaluateRealnews reports what is wrong with it, for this folder alone
  }
  const files = new Set(readdirSync(dir));
  return keys.length > 0 && keys.every((k) => files.has(`${k}.txt`));
}

/** The articles of such a folder, in key order. */
export function readRealnews(dir: string): RealnewsDoc[] {
  const path = join(dir, 'gold.json');
  let gold: Record<string, RealnewsGold>;
  try {
    gold = JSON.parse(readFileSync(path, 'utf8')) as Record<string, RealnewsGold>;
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  return Object.keys(gold).sort().map((id) => ({ id, text: readFileSync(join(dir, `${id}.txt`), 'utf8'), gold: gold[id] }));
}

/** A name as compared: case, accents and punctuation ignored. */
export const nameKey = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Gold status -> the record statuses that count as right (the README's table; a status always accepts itself, and
 * "unknown" a record that gives none). */
const ACCEPTED_STATUS: Record<string, string[]> = {
  signed: ['signed', 'agreed'],
  in_force: ['in_force', 'agreed', 'signed', 'ratified'],
  negotiating: ['negotiating', 'proposed'],
  ended: ['ended'],
  suspended: ['suspended', 'ended'],
};
export const statusAccepted = (gold: string, ours: string | null): boolean =>
  ours === null ? gold === 'unknown' : ours === gold || !!ACCEPTED_STATUS[gold]?.includes(ours);

/** A date value that is the gold one, or refines it with a part of day or a weekend ("2020-04-05TMO", "2019-W46-WE"). */
export const valueAccepted = (gold: string, ours: string | null | undefined): boolean =>
  !!ours && (ours === gold || ours.startsWith(`${gold}T`) || ours === `${gold}-WE`);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every occurrence of `needle` in `text` that is not part of a longer word. */
export function occurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const cut = (i: number, inside: number) => i < 0 || i >= text.length || !WORD_CHAR.test(text[i]) || !WORD_CHAR.test(text[inside]);
    if (cut(at - 1, at) && cut(end, end - 1)) found.push({ start: at, end });
  }
  return found;
}

/** Bipartite matching (augmenting paths): the most pairs of gold and predicted items that `fits` allows; gold index -> predicted index. */
export function bestMatching(gold: number, predicted: number, fits: (g: number, p: number) => boolean): Map<number, number> {
  const ownerOf = new Array<number>(predicted).fill(-1);
  const tryGold = (g: number, seen: Uint8Array): boolean => {
    for (let p = 0; p < predicted; p++) {
      if (seen[p] || !fits(g, p)) continue;
      seen[p] = 1;
      if (ownerOf[p] < 0 || tryGold(ownerOf[p], seen)) {
        ownerOf[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold; g++) tryGold(g, new Uint8Array(predicted));
  const pairs = new Map<number, number>();
  ownerOf.forEach((g, p) => g >= 0 && pairs.set(g, p));
  return pairs;
}

/** Correct of total, as a tally whose precision and recall are both the accuracy. */
const accuracy = (correct: number, total: number): Tally => ({ predicted: total, gold: total, correctPredicted: correct, correctGold: correct });
const partyCodes = (a: AgreementRecord) => a.parties.map((p) => p.code ?? p.name).sort();
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** The tallies of one article, and its mismatches as readable lines. */
export function scoreRealnews(doc: RealnewsDoc, record: Pick<ArticleRecord, 'people' | 'countries' | 'dates' | 'agreements'>) {
  const { gold, text } = doc;
  const t: Record<string, Tally> = {};
  const lines: string[] = [];
  const say = (kind: string, what: string) => lines.push(`${doc.id} ${kind.padEnd(10)} ${what}`);

  // People: by name, one to one; then each matched person's country where the gold gives one.
  const goldNames = gold.people.map((p) => new Set([p.name, ...p.aliases].map(nameKey)));
  const people = bestMatching(gold.people.length, record.people.length, (g, p) => goldNames[g].has(nameKey(record.people[p].name)));
  t.people = { gold: gold.people.length, predicted: record.people.length, correctGold: people.size, correctPredicted: people.size };
  let countryRight = 0;
  let countryTotal = 0;
  gold.people.forEach((g, i) => {
    const p = people.get(i);
    if (p === undefined) return say('person', `missed: ${g.name}${g.aliases.length ? ` (${g.aliases.join(', ')})` : ''}`);
    if (!g.country) return;
    countryTotal++;
    const ours = record.people[p].country ?? null;
    if (ours === g.country) countryRight++;
    else say('country-of', `${g.name}: gold ${g.country}, ours ${ours}`);
  });
  const matchedPeople = new Set(people.values());
  record.people.forEach((p: PersonRecord, i) => matchedPeople.has(i) || say('person', `spurious: ${p.name}${p.country ? ` (${p.country})` : ''}`));
  t['people.country'] = accuracy(countryRight, countryTotal);

  // Countries: the set of codes.
  const ours = new Set(record.countries.map((c) => c.code));
  const theirs = new Set(gold.countries);
  const both = [...ours].filter((c) => theirs.has(c)).length;
  t.countries = { gold: theirs.size, predicted: ours.size, correctGold: both, correctPredicted: both };
  for (const c of theirs) if (!ours.has(c)) say('countries', `missed: ${c}`);
  for (const c of ours) if (!theirs.has(c)) say('countries', `spurious: ${c}`);

  // Dates: every occurrence of each gold text (not inside a longer one), one to one by overlap; values over the matches.
  const all = gold.dates.flatMap((d) => occurrences(text, d.text).map((s) => ({ ...s, value: d.value, text: d.text })));
  const golds = all.filter((g) => !all.some((o) => o !== g && o.start <= g.start && o.end >= g.end && o.end - o.start > g.end - g.start))
    .sort((a, b) => a.start - b.start);
  const dates = record.dates.filter((d) => d.type === 'date' || d.type === 'time').sort((a, b) => a.start - b.start);
  const datePairs = bestMatching(golds.length, dates.length, (g, p) => overlaps(golds[g], dates[p]));
  t.dates = { gold: golds.length, predicted: dates.length, correctGold: datePairs.size, correctPredicted: datePairs.size };
  let valuesRight = 0;
  golds.forEach((g, i) => {
    const p = datePairs.get(i);
    if (p === undefined) return say('date', `missed: "${g.text}" @${g.start} (${g.value})`);
    if (valueAccepted(g.value, dates[p].value)) valuesRight++;
    else say('date-value', `"${g.text}" @${g.start}: gold ${g.value}, ours ${dates[p].value} ("${dates[p].text}")`);
  });
  const matchedDates = new Set(datePairs.values());
  dates.forEach((d, i) => matchedDates.has(i) || say('date', `spurious: "${d.text}" @${d.start} (${d.value})`));
  t['dates.value'] = accuracy(valuesRight, datePairs.size);

  // Agreements: a gold agreement is found by the one record agreement with a mention overlapping its text.
  const spans = gold.agreements.map((a) => occurrences(text, a.text));
  const found = bestMatching(gold.agreements.length, record.agreements.length, (g, p) =>
    record.agreements[p].mentions.some((m) => spans[g].some((s) => overlaps(s, m))));
  t.agreements = { gold: gold.agreements.length, predicted: record.agreements.length, correctGold: found.size, correctPredicted: found.size };
  const facts = { parties: [0, 0], status: [0, 0], date: [0, 0], legallyBinding: [0, 0] };
  gold.agreements.forEach((g, i) => {
    const p = found.get(i);
    if (p === undefined) return say('agreement', `missed: "${g.text}" (${g.status}; ${g.parties.join(' ')})`);
    const a = record.agreements[p];
    const check = (field: keyof typeof facts, right: boolean, goldValue: unknown, ourValue: unknown) => {
      facts[field][1]++;
      if (right) facts[field][0]++;
      else say(`agr-${field === 'legallyBinding' ? 'binding' : field}`, `"${g.text}": gold ${JSON.stringify(goldValue)}, ours ${JSON.stringify(ourValue)} ("${a.mentions[0].text}")`);
    };
    check('parties', sameSet(partyCodes(a), g.parties), g.parties, partyCodes(a));
    check('status', statusAccepted(g.status, a.status), g.status, a.status);
    check('date', g.date === a.date, g.date, a.date);
    if (g.legallyBinding !== null) check('legallyBinding', g.legallyBinding === a.legallyBinding, g.legallyBinding, a.legallyBinding);
  });
  const matchedAgreements = new Set(found.values());
  record.agreements.forEach((a, i) => matchedAgreements.has(i) || say('agreement', `spurious: ${a.mentions.map((m) => `"${m.text}"`).join(', ')} (${a.status})`));
  for (const [field, [right, total]] of Object.entries(facts)) t[`agreements.${field}`] = accuracy(right, total);
  return { tallies: t, mismatches: lines };
}

const AGREEMENT_FACTS = ['parties', 'status', 'date', 'legallyBinding'];
/** Figures that are a share of matched items (the precision and recall of such a tally are equal). */
const ACCURACIES = new Set(['people.country', 'dates.value', ...AGREEMENT_FACTS.map((k) => `agreements.${k}`)]);

/** Score every article of a realnews-style folder: people, country of each person, countries, dates and values, agreements and their facts. */
export function evaluateRealnews(dir: string, extractor: Extractor = extract): CorpusReport & { mismatches: string[] } {
  const docs = readRealnews(dir);
  const failures: InputFailure[] = [];
  const sums: Record<string, Tally> = {};
  const mismatches: string[] = [];
  for (const doc of docs) {
    const record = extractOrFail(extractor, doc, doc.gold.date, failures);
    const { tallies, mismatches: lines } = scoreRealnews(doc, record);
    for (const [k, v] of Object.entries(tallies)) addTally((sums[k] ??= emptyTally()), v);
    mismatches.push(...lines);
  }
  const scores: Scores = {};
  for (const [k, tally] of Object.entries(sums)) {
    const f = figures(tally);
    if (ACCURACIES.has(k)) {
      scores[`${k}.accuracy`] = f.recall;
    } else {
      scores[`${k}.precision`] = f.precision;
      scores[`${k}.recall`] = f.recall;
      scores[`${k}.f1`] = f.f1;
    }
  }
  const attributes = AGREEMENT_FACTS.map((k) => scores[`agreements.${k}.accuracy`]);
  scores['agreements.attributes.mean'] = attributes.reduce((a, b) => a + b, 0) / attributes.length;
  return { corpus: basename(dir), docs: docs.length, failures, scores, mismatches };
}
