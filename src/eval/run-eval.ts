import { basename, dirname } from 'node:path';
import { extract } from '../extract.js';
import type { ArticleRecord } from '../record.js';
import type { InputFailure } from '../input.js';
import type { Span } from '../doc.js';
import { lookupCountry } from '../lexicon/countries.js';
import type { GoldDoc } from './read-gold.js';
import type { Figures } from './score.js';
import { addTally, emptyTally, figures, overlaps, tallyCoverage, tallyOneToOne } from './score.js';

/** Flat figures for one corpus, named like "people.f1" or "dates.value.f1". */
export type Scores = Record<string, number>;

/** The result of evaluating one corpus. */
export interface CorpusReport {
  corpus: string;
  docs: number;
  /** Documents the pipeline threw on: scored as an empty record (their gold all missed), listed here. */
  failures: InputFailure[];
  scores: Scores;
}

const LEADING_THE = /^the\s+/i;
const POSSESSIVE = /['\u2019]s?$/;

/** Does a gold place span name a country or its people (by our lexicon, capitals excluded)? */
export function namesCountry(text: string): boolean {
  const phrase = text.replace(LEADING_THE, '').replace(POSSESSIVE, '').trim();
  const hit = lookupCountry(phrase);
  return !!hit && hit.form !== 'capital';
}

function put(scores: Scores, name: string, f: Figures): void {
  scores[`${name}.precision`] = f.precision;
  scores[`${name}.recall`] = f.recall;
  scores[`${name}.f1`] = f.f1;
}

const byStart = <S extends Span>(spans: S[]): S[] => spans.sort((a, b) => a.start - b.start);

/** Something that turns a text into a record: wirescan's `extract`, or a peer wrapped to look like it. */
export type Extractor = (text: string, options: { id: string; date: string | null; dateSource: 'input' }) => ArticleRecord;

/** The entities of a record the pipeline failed to make: none. */
const NOTHING: Pick<ArticleRecord, 'people' | 'countries' | 'dates' | 'agreements'> = { people: [], countries: [], dates: [], agreements: [] };

/**
 * Run `extractor` on one document; an exception is recorded in `failures` and the document scores as a
 * record with nothing in it, so one bad document neither stops the corpus nor drops out of the figures.
 */
export function extractOrFail(extractor: Extractor, doc: { id: string; text: string }, date: string | null, failures: InputFailure[]): typeof NOTHING {
  try {
    return extractor(doc.text, { id: doc.id, date, dateSource: 'input' });
  } catch (err) {
    failures.push({ id: doc.id, error: err instanceof Error ? err.message : String(err) });
    return NOTHING;
  }
}

/** The gold labels each figure reads, across the corpora's label sets (GMB, OntoNotes, CoNLL, TempEval, RAMS). */
const LABELS = {
  /** A person's name. OntoNotes `PERSON` and CoNLL `PER` exclude titles; GMB `per` often includes them. */
  person: new Set(['per', 'PERSON', 'PER']),
  /** Places a country mention may stand in: GMB `geo`/`gpe`; OntoNotes `GPE`, `NORP` (nationalities), `LOC`; CoNLL `LOC`, `MISC` (nationalities). */
  place: new Set(['geo', 'gpe', 'GPE', 'NORP', 'LOC', 'MISC']),
  /** Spans that count for country recall when their text names a country or its people: all places but OntoNotes `LOC` (regions, seas). */
  countryRecall: (label: string, corpusLabels: Set<string>) => LABELS.place.has(label) && !(label === 'LOC' && corpusLabels.has('GPE')),
  date: new Set(['DATE', 'TIME']),
};

/** A mismatch line: the document, what kind of error, and the text at issue. */
const mismatch = (id: string, kind: string, text: string, at: number) => `${id} ${kind.padEnd(16)} "${text}" @${at}`;

/**
 * Run the pipeline (or `extractor`) over every gold document and score it by the eval README's rules: people by
 * overlap and by exact span, countries, dates and their values (only where gold dates carry values: TempEval; OntoNotes
 * `DATE` has none and counts durations and ages), agreement triggers. `mismatches` lists every error by document.
 */
export function evaluate(path: string, docs: GoldDoc[], extractor: Extractor = extract): CorpusReport & { mismatches: string[] } {
  const t = {
    people: emptyTally(), peopleExact: emptyTally(), countries: emptyTally(),
    dates: emptyTally(), dateValues: emptyTally(), agreements: emptyTally(),
  };
  const has = { people: false, countries: false, dates: false, agreements: false };
  const failures: InputFailure[] = [];
  const mismatches: string[] = [];
  const corpusLabels = new Set(docs.flatMap((d) => d.entities.map((e) => e.label)));
  for (const doc of docs) {
    const record = extractOrFail(extractor, doc, doc.dct ? doc.dct.slice(0, 10) : null, failures);
    const gold = (test: (label: string) => boolean) => byStart(doc.entities.filter((e) => test(e.label)));
    const say = (kind: string, s: Span) => mismatches.push(mismatch(doc.id, kind, doc.text.slice(s.start, s.end), s.start));

    const goldPeople = gold((l) => LABELS.person.has(l));
    const places = gold((l) => LABELS.place.has(l));
    const goldDates = gold((l) => LABELS.date.has(l)).filter((e) => e.value !== undefined);
    const goldAgreements = gold((l) => l.startsWith('EVENT:') && l.includes('agreement'));
    has.people ||= goldPeople.length > 0;
    has.countries ||= places.length > 0;
    has.dates ||= goldDates.length > 0;
    has.agreements ||= goldAgreements.length > 0;

    const people = byStart(record.people.flatMap((p) => p.mentions));
    addTally(t.people, tallyOneToOne(goldPeople, people, overlaps));
    addTally(t.peopleExact, tallyOneToOne(goldPeople, people, (g, p) => g.start === p.start && g.end === p.end));
    for (const g of goldPeople) {
      const hit = people.find((p) => overlaps(g, p));
      if (!hit) say('person missed', g);
      else if (hit.start !== g.start || hit.end !== g.end) mismatches.push(`${mismatch(doc.id, 'person span', g.text, g.start)} ours "${hit.text}"`);
    }
    for (const p of people) if (!goldPeople.some((g) => overlaps(g, p))) say('person spurious', p);

    if (places.length) {
      // Recall: gold country spans covered by any country mention. Precision: mentions other than
      // capitals that overlap any gold place span.
      const countryMentions = record.countries.flatMap((c) => c.mentions);
      const goldCountries = places.filter((p) => LABELS.countryRecall(p.label, corpusLabels) && namesCountry(p.text));
      const counted = countryMentions.filter((m) => m.form !== 'capital');
      const missed = goldCountries.filter((g) => !countryMentions.some((m) => overlaps(m, g)));
      const outside = counted.filter((m) => !places.some((p) => overlaps(m, p)));
      addTally(t.countries, {
        gold: goldCountries.length,
        correctGold: goldCountries.length - missed.length,
        predicted: counted.length,
        correctPredicted: counted.length - outside.length,
      });
      for (const g of missed) say('country missed', g);
      for (const m of outside) say('country spurious', m);
    }

    if (goldDates.length) {
      const dates = byStart(record.dates.filter((d) => d.type === 'date' || d.type === 'time'));
      addTally(t.dates, tallyOneToOne(goldDates, dates, overlaps));
      addTally(t.dateValues, tallyOneToOne(goldDates, dates, (g, p) => overlaps(g, p) && g.value === p.value));
      for (const g of goldDates) {
        const hit = dates.find((d) => overlaps(g, d));
        if (!hit) say('date missed', g);
        else if (hit.value !== g.value) mismatches.push(`${mismatch(doc.id, 'date value', g.text, g.start)} gold ${g.value}, ours ${hit.value}`);
      }
      for (const d of dates) if (!goldDates.some((g) => overlaps(g, d))) say('date spurious', d);
    }

    const agreementMentions = record.agreements.flatMap((a) => a.mentions);
    addTally(t.agreements, tallyCoverage(goldAgreements, agreementMentions, goldAgreements));
    for (const g of goldAgreements) if (!agreementMentions.some((m) => overlaps(m, g))) say('agreement missed', g);
  }

  const scores: Scores = {};
  if (has.people) {
    put(scores, 'people', figures(t.people));
    put(scores, 'people.exact', figures(t.peopleExact));
  }
  if (has.countries) put(scores, 'countries', figures(t.countries));
  if (has.dates) {
    put(scores, 'dates', figures(t.dates));
    put(scores, 'dates.value', figures(t.dateValues));
  }
  if (has.agreements) {
    scores['agreements.recall'] = figures(t.agreements).recall;
    scores['agreements.gold'] = t.agreements.gold;
  }
  return { corpus: basename(dirname(path)), docs: docs.length, failures, scores, mismatches };
}

/** The floors a corpus's scores must reach, keyed like the scores; returns the ones that fall short. */
export function belowFloors(report: CorpusReport, floors: Record<string, Record<string, number>>): string[] {
  const mine = floors[report.corpus] ?? {};
  return Object.entries(mine)
    .filter(([name, floor]) => !(name in report.scores) || report.scores[name] < floor)
    .map(([name, floor]) => `${report.corpus} ${name}: ${(report.scores[name] ?? NaN).toFixed(3)} < floor ${floor}`);
}

