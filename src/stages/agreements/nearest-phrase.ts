import { firstEndingAfter, firstNotBefore } from '../../doc.js';
import type { Phrase } from './phrase.js';

/** Word distance from word `at` to a phrase (0 inside it). */
export function distance(p: Phrase, at: number): number {
  return at < p.first ? p.first - at : at > p.last ? at - p.last : 0;
}

/** The index of the first phrase that does not end before word `at` (phrases in text order, not overlapping). */
export const phraseIndexAt = (phrases: Phrase[], at: number): number => firstNotBefore(phrases, (p) => p.last < at);

/** The index of the first phrase that ends after text offset `offset` (phrases in text order, not overlapping). */
export const phraseEndingAfter = (phrases: Phrase[], offset: number): number => firstEndingAfter(phrases, offset);

/**
 * The phrase nearest to word `at` (the earlier one on a tie) among those `fits` accepts and within `reach` words, or
 * null. Phrases are in text order and do not overlap, so the search walks out from `at` and stops early.
 */
export function nearestPhrase(
  phrases: Phrase[], at: number, fits: (p: Phrase) => boolean = () => true, reach = Infinity,
): Phrase | null {
  const split = phraseIndexAt(phrases, at);
  let best: Phrase | null = null;
  let bestDistance = reach + 1;
  for (let k = split - 1; k >= 0 && distance(phrases[k], at) < bestDistance; k--) {
    if (fits(phrases[k])) [best, bestDistance] = [phrases[k], distance(phrases[k], at)];
  }
  for (let k = split; k < phrases.length && distance(phrases[k], at) < bestDistance; k++) {
    if (fits(phrases[k])) [best, bestDistance] = [phrases[k], distance(phrases[k], at)];
  }
  return best;
}
