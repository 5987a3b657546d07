// The second party of an agreement whose clauses name one state only: "a similar agreement with Britain" in an article on
// Nigeria's debts is Nigeria's too.
import type { Party } from '../../doc.js';
import { wordIndexAfter, type SentenceWords } from './build-words.js';
import { isPlace, standsApart } from './read-parties.js';
import { isOpenTreaty } from './find-named-agreements.js';
import type { Chain } from './pick-antecedent.js';

/**
 * Whether the sentence joins the state to a named party that is no state: "Washington and the Taliban had been holding
 * talks", "the Taliban and Kabul" — the agreement is between them, and has one state.
 */
function withNonState(s: SentenceWords, code: string): boolean {
  const { words, mentions } = s;
  // A word inside a state's or bloc's mention ("Korea" in "South Korea") is the state's, not a named counterpart's.
  const isState = (k: number) => mentions.some((m) => m.start <= words[k].start && words[k].end <= m.end && (m.kind === 'country' || m.kind === 'organization'));
  const named = (k: number) => !!words[k] && words[k].capital && words[k].pos === 'PROPN' && !isState(k);
  for (const m of mentions) {
    if (m.kind !== 'country' || m.entity !== code) continue;
    const k = wordIndexAfter(words, m.start);
    const after = wordIndexAfter(words, m.end - 1) + 1;
    const next = words[after + 1]?.lower === 'the' ? after + 2 : after + 1;
    if (words[after]?.lower === 'and' && named(next)) return true;
    const before = words[k - 1]?.lower === 'the' ? k - 2 : k - 1;
    if (words[before]?.lower === 'and' && named(before - 1)) return true;
  }
  return false;
}

/**
 * The other state of a chain with one state as its party, if the text gives one: among the states named in its phrases'
 * clauses (not as a place) and in the sentence before each (in the same paragraph), the one the article names most; else
 * the state the article names most (at least three times). One the sentence joins to a named party that is no state
 * ("Washington and the Taliban"), a state's financing deal
 * (with banks, creditors, the IMF) and a treaty open to many keep their one party.
 */
export function secondParty(
  chain: Chain, sentences: SentenceWords[], index: Map<string, Party>, weight: Map<string, number>,
): Party | null {
  const [only] = chain.parties;
  if (chain.parties.length !== 1 || !index.has(`country:${only.code}`) || chain.kind === 'finance') return null;
  if (chain.phrases.some(isOpenTreaty)) return null;
  if (chain.phrases.some((p) => withNonState(sentences[p.sentence], only.code ?? ''))) return null;
  let best: Party | null = null;
  let bestWeight = 0;
  const seen = new Set<number>();
  for (const p of chain.phrases) {
    for (const s of [p.sentence - 1, p.sentence]) {
      if (s < 0 || seen.has(s) || sentences[s].paragraph !== sentences[p.sentence].paragraph) continue;
      seen.add(s);
      for (const m of sentences[s].mentions) {
        if (m.kind !== 'country' || m.entity === only.code) continue;
        const k = wordIndexAfter(sentences[s].words, m.start);
        if (s === p.sentence ? standsApart(sentences[s].words, k, p) : isPlace(sentences[s].words, k)) continue;
        const w = weight.get(m.entity) ?? 0;
        if (w > bestWeight) [best, bestWeight] = [index.get(`country:${m.entity}`) ?? null, w];
      }
    }
  }
  if (best) return best;
  // Else the state the article names most after this one: an article on Canada and the US is about their deals.
  for (const [code, w] of weight) if (code !== only.code && w > bestWeight) [best, bestWeight] = [index.get(`country:${code}`) ?? null, w];
  return bestWeight >= ARTICLE_WEIGHT ? best : null;
}

// How often the article must name a state for it to be the other party of an agreement whose own sentences name none.
const ARTICLE_WEIGHT = 3;
