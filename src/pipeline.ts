import type { Ctx, Doc, Stage } from './doc.js';
import { createDoc } from './doc.js';
import { normalizeText } from './stages/normalize-text.js';
import { splitSentences } from './stages/split-sentences.js';
import { findReferenceDate } from './stages/find-reference-date.js';
import { tagPeople } from './stages/tag-people.js';
import { tagCountries } from './stages/tag-countries.js';
import { tagDates } from './stages/tag-dates.js';
import { tagAgreements } from './stages/tag-agreements.js';
import { resolveOverlaps } from './stages/resolve-overlaps.js';

/** The stages, in order. Each reads what the ones before it wrote. */
export const STAGES: readonly Stage[] = [
  normalizeText, // doc.norm: typographic variants folded, offsets unchanged
  splitSentences, // tokens + POS (wink-nlp); sentences; headline and dateline
  findReferenceDate, // the date relative dates resolve against
  tagPeople, // candidate person mentions + people
  tagCountries, // candidate country and bloc mentions + countries, organizations
  tagDates, // candidate date mentions with TIMEX3 values
  tagAgreements, // candidate agreement mentions + agreements (parties from country mentions)
  resolveOverlaps, // one decision over all candidates: longest span, then priority
];

/** Run every stage over one article. */
export function runPipeline(id: string, text: string, ctx: Ctx): Doc {
  return STAGES.reduce((doc, stage) => stage(doc, ctx), createDoc(id, text));
}
