// The state of an office holder the text names beside the office, not with it: "Deputy Prime Minister X said that
// Yugoslavia ...", "The US has refused ... President Bush's advisers ...", "Biden's national security adviser X".
import { firstEndingAfter, type Span } from '../../doc.js';
import { STATE_OFFICE_HEADS, TITLE_MODIFIERS, TITLE_PRE_WORDS } from '../../lexicon/titles.js';
import { findStateSpots, type StateSpot } from './find-state-spots.js';
import type { NameFind, PersonDraft } from './group-people.js';
import type { Word } from './read-words.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

// Offices of international bodies and companies end like a state's: "Secretary General", "Executive Vice President".
const NOT_STATE_OFFICE = /\b(?:Executive|Secretary[- ]General|Director[- ]General)\b/i;

/** The head word of a title, lower case: "minister" of "Deputy Prime Minister", "secretary" of "Secretary of State". */
const headOf = (title: string): string => title.replace(/ (?:of|for|to) .*$/, '').split(' ').pop()!.toLowerCase();

/** Is a title an office that serves a state ("Deputy Prime Minister", "Secretary of State", "envoy")? */
const isStateOffice = (title: string): boolean => !NOT_STATE_OFFICE.test(title) && STATE_OFFICE_HEADS.has(headOf(title));

/**
 * The state of an office written without a name in the sentence before, with the head of one of the person's titles:
 * "South Korea's top general and a U.S. admiral agreed ... . Chairman Gen. Kim Seung-kyum ...".
 */
function roleBefore(spots: StateSpot[], heads: Set<string>, words: Word[], taken: Set<number>): string | undefined {
  const codes = new Set<string>();
  for (const s of spots) {
    if (taken.has(s.from)) continue;
    let k = s.to;
    if (words[k]?.lower === "'s" || words[k]?.text === "'") k++;
    while (k < s.to + 4 && words[k] && !heads.has(words[k].key) && (TITLE_MODIFIERS.has(words[k].key) || TITLE_PRE_WORDS.has(words[k].key))) k++;
    const head = words[k];
    if (!head || head.sentence !== words[s.from].sentence || !heads.has(head.key) || words[k + 1]?.shape === 'cap') continue;
    codes.add(s.code);
  }
  return codes.size === 1 ? codes.values().next().value : undefined;
}

/** Does the person hold an office that serves a state? */
const holdsStateOffice = (p: PersonDraft): boolean => p.titles.some(isStateOffice);

/** The one state among spots no other person's mention or tie accounts for, or undefined when none or several. */
function onlyState(spots: StateSpot[] | undefined, taken: Set<number>): string | undefined {
  const codes = new Set<string>();
  for (const s of spots ?? []) if (!taken.has(s.from) && s.actor) codes.add(s.code);
  return codes.size === 1 ? codes.values().next().value : undefined;
}

/**
 * The person a title belongs to by a possessive before it: "Biden's national security adviser X" (a person named
 * right before "'s"), "her defence minister, X" (the last person with a state office and a state named before, in
 * that sentence or the one before).
 */
function ownerOf(f: NameFind, words: Word[], byWord: Map<number, PersonDraft>, people: PersonDraft[]): PersonDraft | undefined {
  if (f.titleAt === undefined) return undefined;
  const k = f.titleAt - 1;
  if (k < 0 || words[k].sentence !== words[f.titleAt].sentence) return undefined;
  if (words[k].lower === "'s") return byWord.get(k - 1);
  if (!POSSESSIVE_PRONOUNS.has(words[k].lower)) return undefined;
  // The office holder named last before it in its sentence; else the first named in the sentence before, its subject
  // ("British Prime Minister Thatcher has been one of President Reagan's supporters. ... her defence minister, X").
  const sentence = words[k].sentence;
  let here: [PersonDraft, number] | undefined;
  let before: [PersonDraft, number] | undefined;
  for (const p of people) {
    if (!p.country || !holdsStateOffice(p)) continue;
    for (const m of p.mentions) {
      const at = firstEndingAfter(words, m.start);
      if (at >= k) continue;
      if (words[at].sentence === sentence && (!here || at > here[1])) here = [p, at];
      if (words[at].sentence === sentence - 1 && (!before || at < before[1])) before = [p, at];
    }
  }
  return (here ?? before)?.[0];
}

/**
 * Give each office holder the text ties no state to the state the text names around the office: one state named in
 * the sentence of a mention and by no one else's title there (or, with none there, one named in the sentence before,
 * other than as a place where something happens), the same for every such mention; or the state of the person whose
 * office it is ("Biden's national security adviser X").
 */
export function inferCountries(people: PersonDraft[], words: Word[], text: string, dateline: Span | null): void {
  const found = new Map<number, StateSpot[]>(); // read only where someone needs it
  const spotsIn = (sentence: number): StateSpot[] => {
    let spots = found.get(sentence);
    if (!spots) found.set(sentence, (spots = findStateSpots(words, sentence, text, dateline)));
    return spots;
  };
  const taken = new Set<number>();
  const byWord = new Map<number, PersonDraft>();
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.capitals) continue;
      if (m.countryAt !== undefined) taken.add(m.countryAt);
      const from = firstEndingAfter(words, m.start);
      for (let i = from; i < words.length && words[i].end <= m.end; i++) {
        taken.add(i);
        byWord.set(i, p);
      }
    }
  }
  for (const p of people) {
    if (p.country || p.bloc) continue;
    const owner = p.mentions.map((m) => ownerOf(m, words, byWord, people)).find((o) => o?.country);
    if (owner) {
      p.country = owner.country;
      continue;
    }
    if (!holdsStateOffice(p)) continue;
    const votes = new Set<string>();
    const heads = new Set(p.titles.map(headOf));
    for (const m of p.mentions) {
      if (!m.titles.some(isStateOffice)) continue;
      const sentence = words[firstEndingAfter(words, m.start)].sentence;
      const here = spotsIn(sentence);
      const named = here.some((s) => !taken.has(s.from));
      const vote = onlyState(here, taken) ?? (named ? undefined : onlyState(spotsIn(sentence - 1), taken) ?? roleBefore(spotsIn(sentence - 1), heads, words, taken));
      if (vote) votes.add(vote);
    }
    if (votes.size === 1) p.country = votes.values().next().value;
  }
}
