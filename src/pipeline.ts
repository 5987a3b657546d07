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

/** Run every stage over one article; an error of a stage is thrown. */
export function runPipeline(id: string, text: string, ctx: Ctx): Doc {
  const [doc] = runPipelineGroup([{ id, text, ctx }]);
  if (doc instanceof Error) throw doc;
  return doc;
}

/** An article to run the pipeline over, with its context. */
export interface PipelineInput {
  id: string;
  text: string;
  ctx: Ctx;
}

/**
 * Run every stage over a group of articles, one stage at a time over all of them: each stage's code and tables
 * then stay in the CPU's caches from one article to the next, which makes the pipeline about a sixth faster on real
 * news than running each article through every stage in turn (docs/BENCHMARKS.md). The docs are the same as
 * `runPipeline` gives each article (no stage reads another article). An article a stage throws on gets its error
 * in its place and goes through no later stage; the others go on. (`stages` is for tests.)
 */
export function runPipelineGroup(articles: readonly PipelineInput[], stages: readonly Stage[] = STAGES): (Doc | Error)[] {
  const docs: (Doc | Error)[] = articles.map((a) => createDoc(a.id, a.text));
  for (const stage of stages) {
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (doc instanceof Error) continue;
      try {
        docs[i] = stage(doc, articles[i].ctx);
      } catch (err) {
        docs[i] = err instanceof Error ? err : new Error(String(err));
      }
    }
  }
  return docs;
}
