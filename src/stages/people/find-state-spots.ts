// States a sentence names, and whether each acts there ("Yugoslavia had repaid") or is only a place, a possessor,
// a modifier or a people ("in Doha", "Iran's program", "U.S. duties", "British companies").
import { firstNotBefore, type Span } from '../../doc.js';
import { titleCase } from '../../text-case.js';
import { countryIn, placeWordsFrom, stateOf } from './find-country.js';
import type { Word } from './read-words.js';

const MAX_WORDS = 4;
// After these a state is where something happens or what it is about ("in Doha", "talks with Iran", "the case of Chile").
const PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'into', 'onto', 'near', 'over', 'across', 'inside', 'outside', 'via',
  'toward', 'towards', 'through', 'around', 'throughout', 'within', 'with', 'against', 'on', 'about', 'between', 'among',
  'for', 'of', 'under', 'beyond']);
// Nouns after a state that make it the actor even after a preposition: "close to the Manila government".
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'authorities', 'regime', 'leadership', 'cabinet']);
const LIST_WORDS = new Set(['and', 'or', ',']);

/** A state named in the text: words [from, to), its code, and whether it names the state as an actor. */
export interface StateSpot {
  from: number;
  to: number;
  code: string;
  actor: boolean;
}

const isUpper = (w: Word | undefined): boolean => !!w && (w.shape === 'cap' || w.shape === 'acronym');

/**
 * Does the state named by words [i, j) act in its sentence, as the subject of a verb ("Yugoslavia had repaid", "the US
 * has refused", "Moscow will") or as a government ("the Manila government")? Not its people ("British companies"), not
 * after a preposition ("in Doha", "talks with Iran"), not as a possessor or a modifier ("Iran's program", "U.S.
 * duties"), not inside a longer name ("Washington Post").
 */
function actsIn(words: Word[], i: number, j: number, demonym: boolean): boolean {
  const sameSentence = (w: Word | undefined): w is Word => w?.sentence === words[i].sentence;
  const next = words[j];
  if (demonym || !sameSentence(next) || isUpper(next) || (sameSentence(words[i - 1]) && isUpper(words[i - 1]) && words[i - 1].pos === 'PROPN')) return false;
  if (GOVERNMENT_NOUNS.has(next.lower)) return true;
  // "from the former Soviet Union", "with Canada and Israel": determiners, adjectives and a list stand between.
  let k = i - 1;
  while (k > 0 && i - k < 6 && sameSentence(words[k]) && (isUpper(words[k]) || LIST_WORDS.has(words[k].lower) ||
    (words[k].shape === 'lower' && (words[k].pos === 'DET' || words[k].pos === 'ADJ')))) k--;
  if (sameSentence(words[k]) && PREPOSITIONS.has(words[k].lower)) return false;
  let v = j;
  while (v < j + 2 && sameSentence(words[v]) && words[v].pos === 'ADV') v++;
  return sameSentence(words[v]) && words[v].shape === 'lower' && (words[v].pos === 'AUX' || words[v].pos === 'VERB');
}

/** Every state the words of one sentence name, by name, alias, people or capital (a capital speaks for its government: "Moscow will ..."). */
export function findStateSpots(words: Word[], sentence: number, text: string, dateline: Span | null): StateSpot[] {
  const spots: StateSpot[] = [];
  for (let i = firstNotBefore(words, (w) => w.sentence < sentence); i < words.length && words[i].sentence === sentence; i++) {
    if (!isUpper(words[i])) continue;
    // A dateline's place is written in capitals: "WASHINGTON, March 31 -".
    const inDateline = !!dateline && words[i].start >= dateline.start && words[i].end <= dateline.end;
    const most = placeWordsFrom(inDateline ? titleCase(words[i].text) : words[i].text);
    for (let j = Math.min(words.length, i + most, i + MAX_WORDS); j > i; j--) {
      if (words[j - 1].sentence !== sentence) continue;
      const written = text.slice(words[i].start, words[j - 1].end);
      const phrase = inDateline ? titleCase(written) : written;
      const hit = countryIn(phrase);
      const code = hit?.code ?? stateOf(phrase);
      if (!code) continue;
      spots.push({ from: i, to: j, code, actor: inDateline || actsIn(words, i, j, hit?.form === 'demonym') });
      i = j - 1;
      break;
    }
  }
  return spots;
}
