// Stage: person mentions and people, from runs of capitalised words read with the words around them.
import type { Doc, Mention, Person, Span, Stage } from '../doc.js';
import { findCompanies, isCompanyName } from './people/find-companies.js';
import { capitalWords, findKnownMentions } from './people/find-known-mentions.js';
import { inferCountries } from './people/infer-country.js';
import { leaderState } from './people/known-leader.js';
import { findRuns, type Run } from './people/find-runs.js';
import { groupPeople, indexPeople, type NameFind, type PersonDraft } from './people/group-people.js';
import { readName } from './people/read-name.js';
import { readWords, type Word } from './people/read-words.js';
import { FUNCTION_WORDS } from '../lexicon/person-names.js';

const PRIORITY = 2;
const inside = (s: Span | null, w: Span): boolean => !!s && w.start >= s.start && w.end <= s.end;

/** Is the headline written in Title Case: no lower-case word in it but small function words? */
function isTitleCased(doc: Doc, words: Word[]): boolean {
  if (!doc.title) return false;
  for (const w of words) {
    if (w.start >= doc.title.end) break;
    if (w.shape === 'lower' && !FUNCTION_WORDS.has(w.key)) return false;
  }
  return true;
}

/** The person's public form: name as written at its fullest, without titles. */
function toPerson(doc: Doc, p: PersonDraft, id: string): Person {
  const name = doc.text.slice(p.name[0].start, p.name[p.name.length - 1].end);
  return p.country ? { id, name, titles: p.titles, country: p.country } : { id, name, titles: p.titles };
}

/**
 * Stage: proposes person mentions (the name only, without titles) and `doc.people` (ids in order of
 * first mention). A run of capitalised words is a name when a title, a known given name, a verb of
 * saying or an apposition stands beside it; then every other mention of a known person by part of
 * the name counts too, in the headline as well (where Title Case alone proves nothing).
 */
export const tagPeople: Stage = (doc) => {
  const words = readWords(doc);
  const runs = findRuns(words, doc.norm, (w) => inside(doc.dateline, w));
  const companies = findCompanies(words, runs);
  // A headline in Title Case proves nothing by its capitals; one in sentence case ("..., by reporter Wen Chao") is read as text.
  const titleCased = isTitleCased(doc, words);
  const finds: NameFind[] = [];
  const rest: Run[] = [];
  for (const whole of runs) {
    // A company's name is no one's; the words after it in the run may be ("Texas Air Corp. Chairman Frank Lorenzo").
    const run = companies.runs.has(whole) ? companies.runs.get(whole) : whole;
    if (!run) continue;
    const find = titleCased && inside(doc.title, words[run.from]) ? null : readName(doc, words, run);
    if (find && !isCompanyName(companies.names, find)) finds.push(find);
    else rest.push(run);
  }
  const known = indexPeople(groupPeople(finds));
  const more = known.size ? rest.flatMap((run) => findKnownMentions(known, words, run)) : [];
  // Names written in capitals, as headlines do: "SOCCER-SHEARER NAMED AS ENGLAND CAPTAIN".
  const capitals = known.size ? capitalWords(words, known) : null;
  if (capitals) for (const run of capitals.runs) for (const f of findKnownMentions(known, capitals.words, run)) more.push({ ...f, capitals: true });
  const people = groupPeople([...finds, ...more].sort((a, b) => a.start - b.start));
  // A head of state or government the text ties to no state beside the name: the one a list of them gives ("President
  // Reagan"), before any state the sentence around them may suggest.
  for (const p of people) p.country ??= leaderState(p, doc.norm);
  inferCountries(people, words, doc.norm, doc.dateline);
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions: Mention[] = [];
  const out = people.map((p, n) => {
    const id = `person-${n + 1}`;
    for (const m of p.mentions) mentions.push({ kind: 'person', start: m.start, end: m.end, entity: id, priority: PRIORITY });
    return toPerson(doc, p, id);
  });
  return { ...doc, mentions: [...doc.mentions, ...mentions], people: [...doc.people, ...out] };
};
