// Scoring by the rules in ../shared/eval/README.md: spans matched one-to-one by overlap.
import type { Span } from '../doc.js';

/** Counts behind precision and recall. */
export interface Tally {
  /** Predictions that count (the precision denominator). */
  predicted: number;
  /** Gold spans (the recall denominator). */
  gold: number;
  /** Predictions that matched (precision numerator). */
  correctPredicted: number;
  /** Gold spans that were matched (recall numerator). */
  correctGold: number;
}

/** Precision, recall and F1 from a tally. */
export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

/** A tally of nothing yet. */
export const emptyTally = (): Tally => ({ predicted: 0, gold: 0, correctPredicted: 0, correctGold: 0 });

/** Add one tally into another. */
export function addTally(into: Tally, t: Tally): void {
  into.predicted += t.predicted;
  into.gold += t.gold;
  into.correctPredicted += t.correctPredicted;
  into.correctGold += t.correctGold;
}

/** Precision, recall and F1 of a tally (0 where a denominator is 0). */
export function figures(t: Tally): Figures {
  const precision = t.predicted ? t.correctPredicted / t.predicted : 0;
  const recall = t.gold ? t.correctGold / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: t.gold, predicted: t.predicted };
}

/** Do two half-open spans share a character? */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * One-to-one matching: each gold span takes the first unmatched prediction that `fits` it
 * (both lists in text order). Returns how many pairs were made.
 */
export function matchOneToOne<G extends Span, P extends Span>(gold: G[], predicted: P[], fits: (g: G, p: P) => boolean): number {
  const used = new Uint8Array(predicted.length);
  let pairs = 0;
  for (const g of gold) {
    for (let i = 0; i < predicted.length; i++) {
      if (!used[i] && fits(g, predicted[i])) {
        used[i] = 1;
        pairs++;
        break;
      }
    }
  }
  return pairs;
}

/** Tally of a one-to-one match: every prediction and every gold span counts. */
export function tallyOneToOne<G extends Span, P extends Span>(gold: G[], predicted: P[], fits: (g: G, p: P) => boolean): Tally {
  const pairs = matchOneToOne(gold, predicted, fits);
  return { predicted: predicted.length, gold: gold.length, correctPredicted: pairs, correctGold: pairs };
}

/** Tally where gold spans are covered by any prediction and predictions hit any of `targets`. */
export function tallyCoverage(gold: Span[], predicted: Span[], targets: Span[]): Tally {
  return {
    predicted: predicted.length,
    gold: gold.length,
    correctPredicted: predicted.filter((p) => targets.some((t) => overlaps(p, t))).length,
    correctGold: gold.filter((g) => predicted.some((p) => overlaps(p, g))).length,
  };
}
