import type { Mention, Stage } from '../doc.js';

/** Which of two overlapping mentions wins: the longer span, then the higher priority, then the earlier one. */
function beats(a: Mention, b: Mention): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.start < b.start;
}

/** Which kept mention (index + 1) covers each character, per layer: containers, and the rest. */
class Layers {
  readonly container: Int32Array;
  readonly plain: Int32Array;
  constructor(length: number) {
    this.container = new Int32Array(length);
    this.plain = new Int32Array(length);
  }
}

/**
 * Does `m` fit beside what is kept? Within a layer, nothing may overlap. Across layers, a plain
 * mention may sit wholly inside one container mention ("India" in "the India deal"), never across its edge.
 */
function fits(m: Mention, layers: Layers): boolean {
  const own = m.container ? layers.container : layers.plain;
  const other = m.container ? layers.plain : layers.container;
  for (let i = m.start; i < m.end; i++) if (own[i]) return false;
  if (m.container) {
    // Every plain mention it overlaps must lie wholly inside it.
    if (other[m.start] && m.start > 0 && other[m.start - 1] === other[m.start]) return false;
    if (other[m.end - 1] && m.end < other.length && other[m.end] === other[m.end - 1]) return false;
    return true;
  }
  const host = other[m.start];
  for (let i = m.start; i < m.end; i++) if (other[i] !== host) return false;
  return true;
}

/** Keep a set of mentions that do not clash: every candidate is taken in order of strength, if it fits. */
export function pickMentions(candidates: Mention[], textLength: number): Mention[] {
  const ranked = [...candidates].sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
  const layers = new Layers(textLength);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (m.end <= m.start || m.start < 0 || m.end > textLength || !fits(m, layers)) continue;
    kept.push(m);
    (m.container ? layers.container : layers.plain).fill(kept.length, m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Stage: the one place where overlapping candidates from all taggers are decided. */
export const resolveOverlaps: Stage = (doc) => ({ ...doc, mentions: pickMentions(doc.mentions, doc.text.length) });
