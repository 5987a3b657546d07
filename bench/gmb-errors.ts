// `npm run eval:gmb-errors`: where the people and country figures on GMB dev are lost, split into what the
// silver labels' conventions cause and what is left, so that the analysis in docs/BENCHMARKS.md can be checked.
// People:
// - gold `per` spans made only of title words ("Prime" in "Prime Minister X", "Mr."): a mention is the name
//   only, so no mention can ever match them;
// - our mentions that overlap no `per` span although GMB labels the same name `per` elsewhere in the corpus
//   ("Ahmadinejad" labelled `org` in one sentence and `per` in another).
// Countries: the country mentions that count against precision (no `geo`/`gpe` span), by what GMB put there.
import { extract } from '../src/index.js';
import { readGold } from '../src/eval/read-gold.js';
import { matchOneToOne, overlaps } from '../src/eval/score.js';
import { HONORIFICS, OFFICES, TITLE_MODIFIERS } from '../src/lexicon/titles.js';
import { namesCountry } from '../src/eval/run-eval.js';
import type { Span } from '../src/doc.js';

const path = process.argv[2] ?? '../shared/eval/gmb_ner/dev.jsonl';
const docs = readGold(path);
const key = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isTitleWord = (w: string) => HONORIFICS.has(key(w)) || OFFICES.has(key(w)) || TITLE_MODIFIERS.has(key(w));
const labelledPer = new Set(docs.flatMap((d) => d.entities.filter((e) => e.label === 'per').flatMap((e) => e.text.split(/\s+/).map(key))));

let gold = 0, predicted = 0, pairs = 0, titleOnly = 0, perElsewhere = 0;
const country = { predicted: 0, correct: 0, gold: 0, covered: 0, sameAsOrg: 0, insideOrg: 0, unlabelled: 0, other: 0 };
for (const doc of docs) {
  const goldPeople = doc.entities.filter((e) => e.label === 'per').sort((a, b) => a.start - b.start);
  const record = extract(doc.text, { id: doc.id, date: doc.dct?.slice(0, 10) ?? null, dateSource: 'input' });
  const mentions: Span[] = record.people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  gold += goldPeople.length;
  predicted += mentions.length;
  pairs += matchOneToOne(goldPeople, mentions, overlaps);
  titleOnly += goldPeople.filter((g) => g.text.split(/\s+/).every(isTitleWord)).length;
  for (const m of mentions) {
    if (goldPeople.some((g) => overlaps(g, m))) continue;
    const other = doc.entities.some((e) => e.label !== 'per' && overlaps(e, m));
    if (other && doc.text.slice(m.start, m.end).split(/\s+/).some((w) => labelledPer.has(key(w)))) perElsewhere++;
  }
  const places = doc.entities.filter((e) => e.label === 'geo' || e.label === 'gpe');
  if (!places.length) continue;
  const countryMentions = record.countries.flatMap((c) => c.mentions);
  const goldCountries = places.filter((p) => namesCountry(p.text));
  country.gold += goldCountries.length;
  country.covered += goldCountries.filter((g) => countryMentions.some((m) => overlaps(m, g))).length;
  for (const m of countryMentions.filter((c) => c.form !== 'capital')) {
    country.predicted++;
    if (places.some((p) => overlaps(m, p))) { country.correct++; continue; }
    const org = doc.entities.find((e) => e.label === 'org' && overlaps(e, m));
    if (org) org.start === m.start && org.end === m.end ? country.sameAsOrg++ : country.insideOrg++;
    else if (doc.entities.some((e) => overlaps(e, m))) country.other++;
    else country.unlabelled++;
  }
}
const f1 = (c: number, g: number, p: number) => (2 * c) / (g + p);
console.log(`${path}: ${gold} gold per spans, ${predicted} person mentions, ${pairs} matched`);
console.log(`people F1 (overlap)                                   ${f1(pairs, gold, predicted).toFixed(3)}`);
console.log(`gold spans of title words only (never matchable)      ${titleOnly}`);
console.log(`unmatched mentions of names GMB labels per elsewhere  ${perElsewhere}`);
console.log(`F1 without those two label effects                    ${f1(pairs, gold - titleOnly, predicted - perElsewhere).toFixed(3)}`);
console.log(`F1 ceiling: every other error fixed                   ${f1(gold - titleOnly, gold, gold - titleOnly + perElsewhere).toFixed(3)}`);

const p = country.correct / country.predicted;
const r = country.covered / country.gold;
console.log(`\ncountries: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}; mentions counted against precision:`);
console.log(`  the whole span labelled org (a country acting: "Iran says")  ${country.sameAsOrg}`);
console.log(`  inside a longer org span ("U.S. State Department")           ${country.insideOrg}`);
console.log(`  no label at all ("U.S.-led", "Egypt" left unlabelled)       ${country.unlabelled}`);
console.log(`  other labels (per, eve, art, tim)                          ${country.other}`);
