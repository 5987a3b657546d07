import type { Phrase } from './phrase.js';

/** Word distance from word `at` to a phrase (0 inside it). */
export function distance(p: Phrase, at: number): number {
  return at < p.first ? p.first - at : at > p.last ? at - p.last : 0;
}

/** The phrase nearest to word `at` (the earlier one on a tie) among those `fits` accepts, or null. */
export function nearestPhrase(phrases: Phrase[], at: number, fits: (p: Phrase) => boolean = () => true): Phrase | null {
  let best: Phrase | null = null;
  for (const p of phrases) if (fits(p) && (!best || distance(p, at) < distance(best, at))) best = p;
  return best;
}
