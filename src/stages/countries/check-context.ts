// Context checks for country words that name something else here: a person ("Michael Jordan", "Chad Hurley"),
// a US state ("Atlanta, Georgia"), or part of an institution's name ("Reserve Bank of India", "American Red Cross").
import { firstNotBefore, type Doc, type Token } from '../../doc.js';
import { lookupPlace } from '../../lexicon/countries.js';
import { upperFirst } from '../../text-case.js';
import {
  FEATURE_TAILS, FOLLOWERS_OK, GEORGIA_COUNTRY_SIGNS, GEORGIAN_PLACES, INSTITUTION_HEADS, INSTITUTION_TAILS, LEADERS_OK, PERSON_LIKE,
  US_GEORGIA_SIGNS,
} from '../../lexicon/not-countries.js';
import type { PhraseHit } from './find-phrases.js';
import { indexPersonSpans, inLongerPerson, type PersonSpans } from './person-spans.js';

/** What the checks need to know of the whole article, read once per article (never once per hit). */
export interface ArticleSigns {
  /** Does the article show it is about the US state ("Atlanta") and never the country ("Tbilisi")? Read at the first ask. */
  usGeorgia: () => boolean;
  /** The article's person mentions, indexed. */
  people: PersonSpans;
}

const STATE_OF_BEFORE = /\bstate of $/i;
const CITY_COMMA_BEFORE = /(?<city>\p{Lu}[\p{L}.'-]*), $/u;
const US_GEORGIA = new RegExp(`\\b(?:${US_GEORGIA_SIGNS.join('|')})\\b`);
const GEORGIA_COUNTRY = new RegExp(`\\b(?:${GEORGIA_COUNTRY_SIGNS.join('|')})`);
const INSTITUTION_OF = /(?<head>\p{Lu}\p{L}+) of (?:the )?$/u;
const NAME_WORD = /^\p{Lu}[\p{L}&'-]*$/u;
const CONNECTOR = new Set(['of', 'for', 'and', 'on', 'the']);

/** Read the article-wide signs once: at most one scan of the text per regular expression, one sort of the people. */
export function readArticleSigns(doc: Doc): ArticleSigns {
  let usGeorgia: boolean | undefined;
  return {
    usGeorgia: () => (usGeorgia ??= US_GEORGIA.test(doc.norm) && !GEORGIA_COUNTRY.test(doc.norm)),
    people: indexPersonSpans(doc.mentions),
  };
}

/** The index of the token that starts at `at`, or -1 (binary search). */
function tokenAt(tokens: Token[], at: number): number {
  const i = firstNotBefore(tokens, (t) => t.start < at);
  return tokens[i]?.start === at ? i : -1;
}

/** Is `token` a capitalised proper noun joined to its neighbour by one space, and not a place word itself? */
function isNameNeighbour(doc: Doc, token: Token | undefined, sentence: number, allowed: Set<string>): boolean {
  if (!token || token.sentence !== sentence || token.pos !== 'PROPN') return false;
  const text = doc.norm.slice(token.start, token.end);
  return upperFirst(text) && !allowed.has(text) && !lookupPlace(text);
}

/**
 * "Michael Jordan", "Chad Hurley": a person-like country word with a name right before it, or (for names and
 * capitals, not demonyms: "French Council" is French) right after it.
 */
function looksLikePerson(doc: Doc, hit: PhraseHit, people: PersonSpans): boolean {
  if (!PERSON_LIKE.has(hit.key)) return false;
  if (inLongerPerson(people, hit)) return true;
  const k = tokenAt(doc.tokens, hit.start);
  if (k < 0) return false;
  const me = doc.tokens[k];
  const prev = doc.tokens[k - 1];
  const next = doc.tokens[k + 1];
  const before = prev && doc.norm.slice(prev.end, me.start) === ' ' && isNameNeighbour(doc, prev, me.sentence, LEADERS_OK);
  const after = hit.entry.kind === 'country' && hit.entry.form !== 'demonym' && next && me.end === hit.end && doc.norm.slice(me.end, next.start) === ' ' && isNameNeighbour(doc, next, me.sentence, FOLLOWERS_OK);
  return Boolean(before || after);
}

/** "Atlanta, Georgia", "the state of Georgia", or an article about Atlanta that never names the country's things. */
function isUsGeorgia(doc: Doc, hit: PhraseHit, usGeorgiaArticle: () => boolean): boolean {
  if (hit.key !== 'Georgia' && hit.key !== 'GEORGIA') return false;
  const before = doc.norm.slice(Math.max(0, hit.start - 40), hit.start);
  if (STATE_OF_BEFORE.test(before)) return true;
  const city = CITY_COMMA_BEFORE.exec(before)?.groups?.city;
  if (city && !GEORGIAN_PLACES.has(city) && !lookupPlace(city)) return true;
  return usGeorgiaArticle();
}

const VERB_POS = new Set(['VERB', 'AUX']);

/**
 * "American Red Cross", "Zimbabwe Congress of Trade Unions": capitalised words after the country word end in an
 * institution word. A verb between them ends the name: "Poland Defies European Commission", a headline.
 */
function opensInstitutionName(doc: Doc, hit: PhraseHit): boolean {
  if (doc.norm[hit.end] !== ' ') return false;
  const words = doc.norm.slice(hit.end, hit.end + 80).split('\n')[0].split(' ');
  if (words[0] !== '' || !NAME_WORD.test(words[1] ?? '')) return false;
  let at = hit.end + 1;
  for (const raw of words.slice(1, 7)) {
    const word = raw.replace(/[,.;:!?)"']+$/, '');
    if (INSTITUTION_TAILS.has(word)) return true;
    if (word !== raw || !(NAME_WORD.test(word) || CONNECTOR.has(word))) return false;
    const k = tokenAt(doc.tokens, at);
    if (k >= 0 && VERB_POS.has(doc.tokens[k].pos)) return false;
    at += raw.length + 1;
  }
  return false;
}

/** "Reserve Bank of India", "British Broadcasting Corporation": a country word inside an institution's formal name. */
function isInInstitutionName(doc: Doc, hit: PhraseHit): boolean {
  const before = doc.norm.slice(Math.max(0, hit.start - 40), hit.start);
  // The pattern ends in " of " or " of the ": most country words have neither before them, and the pattern is not tried.
  const head = before.endsWith(' of ') || before.endsWith(' of the ') ? INSTITUTION_OF.exec(before)?.groups?.head : undefined;
  return (head !== undefined && INSTITUTION_HEADS.has(head)) || opensInstitutionName(doc, hit);
}

/** "the Senegal River", "the Niger Delta": a country name that opens a natural feature's name. */
function opensFeatureName(doc: Doc, hit: PhraseHit): boolean {
  if (doc.norm[hit.end] !== ' ') return false;
  const next = /^\p{Lu}\p{Ll}+/u.exec(doc.norm.slice(hit.end + 1, hit.end + 16));
  return !!next && FEATURE_TAILS.has(next[0]);
}

/** Does the context show that this country phrase names something else (a person, a US state, an institution, a river)? */
export function namesSomethingElse(doc: Doc, hit: PhraseHit, signs: ArticleSigns): boolean {
  return looksLikePerson(doc, hit, signs.people) || isUsGeorgia(doc, hit, signs.usGeorgia) || isInInstitutionName(doc, hit) ||
    (hit.entry.kind === 'country' && hit.entry.form === 'name' && opensFeatureName(doc, hit));
}
