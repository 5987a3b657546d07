// Article-body scoring by the HTML benchmark's rule (../shared/eval/html/README.md, its `evaluate.py`):
// 4-token shingles as multisets, per-page precision and recall, averaged; F1 of the averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** One page's counts, each divided by TP + FP + FN, and its precision and recall. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Did the prediction have at least one shingle (it then counts towards precision)? */
  predicted: boolean;
  /** Did the gold have at least one shingle (it then counts towards recall)? */
  gold: boolean;
  /** Are the token lists equal (the benchmark's "accuracy")? */
  exact: boolean;
}

/** The averages over a set of pages. */
export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** The benchmark's tokens: maximal runs of Unicode letters, digits and `_`. */
export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** Every run of 4 tokens, counted (1 to 3 tokens make one shingle of all of them). */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length && tokens.length < n) add(tokens.join('\u0000'));
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join('\u0000'));
  return counts;
}

/** Score one page's extracted body against its gold body. */
export function scorePage(predictedText: string, goldText: string): PageScore {
  const predictedTokens = tokenize(predictedText);
  const goldTokens = tokenize(goldText);
  const p = shingles(predictedTokens);
  const g = shingles(goldTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const gc = g.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [key, gc] of g) fn += Math.max(0, gc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  const perfect = fp === 0 && fn === 0;
  return {
    tp, fp, fn,
    precision: perfect ? 1 : tp + fp ? tp / (tp + fp) : 0,
    recall: perfect ? 1 : tp + fn ? tp / (tp + fn) : 0,
    predicted: p.size > 0,
    gold: g.size > 0,
    exact: predictedTokens.join('\u0000') === goldTokens.join('\u0000'),
  };
}

/** Average page scores: precision over pages with a prediction, recall over pages with gold, F1 of the two. */
export function averageScores(pages: PageScore[]): BodyScore {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.filter((s) => s.predicted).map((s) => s.precision));
  const recall = mean(pages.filter((s) => s.gold).map((s) => s.recall));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(pages.map((s) => (s.exact ? 1 : 0))), pages: pages.length };
}
