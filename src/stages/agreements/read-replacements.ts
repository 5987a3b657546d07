import { BACK_PRONOUNS } from '../../lexicon/agreement-clauses.js';
import type { SentenceWords } from './build-words.js';
import type { StatusCueAt } from './find-status-cues.js';
import { phraseIndexAt } from './nearest-phrase.js';
import type { Phrase } from './phrase.js';

// How far after "replaces" the replaced agreement may start: "to replace most of the original protocol".
const REPLACED_REACH = 5;

/**
 * Which agreement replaces which in a sentence: "It replaces a 2013 pact", "the Windsor Framework, which ... agreed to
 * replace the protocol". The replaced phrase (after the verb) maps to its successor: the phrase before the verb, or
 * `previous` (the last phrase before this sentence) when the sentence opens with "It".
 */
export function readReplacements(
  s: SentenceWords, phrases: Phrase[], cues: StatusCueAt[], previous: Phrase | null, out: Map<Phrase, Phrase>,
): void {
  for (const cue of cues) {
    if (!cue.replacing) continue;
    const next = phraseIndexAt(phrases, cue.at);
    const replaced = phrases[next] && phrases[next].first > cue.at && phrases[next].first - cue.at <= REPLACED_REACH ? phrases[next] : null;
    const successor = phrases[next - 1] ??
      (BACK_PRONOUNS.has(s.words[0]?.lower ?? '') ? previous : null);
    if (replaced && successor) out.set(replaced, successor);
  }
}
