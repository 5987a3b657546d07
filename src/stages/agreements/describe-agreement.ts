import type { Agreement, AgreementStatus, Party } from '../../doc.js';
import { BLOCS, type Bloc } from '../../lexicon/blocs.js';
import { STATUS_RANK } from '../../lexicon/agreement-statuses.js';
import { BINDING_BY_NATURE } from '../../lexicon/agreement-nouns.js';
import { namedBinding } from './find-named-agreements.js';
import type { Chain } from './link-agreements.js';
import type { Phrase } from './phrase.js';
import { strongerKind } from './read-kind.js';

/** What the clause around each phrase says: its status cue with that clause's date, and any word on bindingness. */
export interface PhraseFacts {
  status?: AgreementStatus;
  date?: string | null;
  binding?: boolean;
  /** Whether the status holds only under a condition ("if banks sign up for the deal"). */
  conditional?: boolean;
}

// How many words a name must share with the main agreement's modifiers and topic to be about the same subject.
const SUBJECT_OVERLAP = 2;

/**
 * Whether a name found by its capitals is about the main agreement's subject: "the Declaration on the Conduct of
 * Parties in the South China Sea", beside talks on "a code of conduct for the South China Sea".
 */
function sharesSubject(chain: Chain, main: Chain): boolean {
  if (chain === main) return false;
  const words = new Set(chain.phrases.flatMap((p) => (p.named && !p.listed ? p.named.split(' ') : [])));
  let shared = 0;
  for (const w of words) if (main.topics.has(w) || main.modifiers.has(w)) shared++;
  return shared >= SUBJECT_OVERLAP;
}

/** A calendar day, the only date an agreement's `date` holds: the day it was signed or agreed. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a chain refers to an agreement that exists: one named ("the Treaty of Rome", "GATT"), told apart by a definite
 * phrase of its own ("the Mexican accord"), dated in an earlier year, or brought in with a definite or possessive phrase
 * ("the pact with Israel", "its recent debt package"); not one brought in with "a deal" and only referred back to ("the
 * accord"), whose existence only its verbs could tell.
 */
const presupposed = (chain: Chain, referenceDate: string | null) =>
  chain.phrases.some((p) => p.named || before(p.dated, referenceDate) || (p.ref === 'definite' && p.distinguishing && p.strength === 'strong')) ||
  ((chain.phrases[0].ref === 'definite' || chain.phrases[0].ref === 'possessive') && chain.phrases[0].strength === 'strong');

/** Whether a date inside a phrase lies in a year before the reference date's: "a 1984 agreement" in 1987 exists. */
const before = (dated: string | null, referenceDate: string | null) =>
  !!dated && !!referenceDate && /^\d{4}/.test(dated) && dated.slice(0, 4) < referenceDate.slice(0, 4);

/** Statuses of an agreement still sought: a well-known agreement, which exists, takes none of them from its clauses. */
const SOUGHT = new Set<AgreementStatus>(['proposed', 'negotiating']);

/**
 * One agreement's fields from its chain: the strongest kind its phrases name, the furthest status they report
 * (with the day of the clause that reported it, when the text gives a day), the first word on bindingness (else true for
 * a treaty by its nature), and the parties. Where its own words
 * name no kind or no party, those of its `successor` (the agreement that replaced it) stand; else its parties are those
 * of `main`, the article's main agreement. A bloc's members are no parties beside it.
 */
export function describeAgreement(
  id: string, chain: Chain, facts: Map<Phrase, PhraseFacts>, referenceDate: string | null, main: Chain | undefined, successor?: Chain,
): Agreement {
  // "despite its refusal to sign the Kyoto Protocol", "talks on GATT": about a party's joining, not whether it exists.
  const listed = chain.phrases.some((p) => p.listed);
  let kind = null;
  let status: AgreementStatus | null = null;
  let date: string | null = null;
  let legallyBinding: boolean | null = null;
  const own = chain.own.length > 0 ? chain.own : chain.phrases;
  // A cooperation framework is of kind cooperation unless a phrase for it names another outright ("a hydrogen pact"
  // only names a subject; "a security cooperation agreement" names security).
  const framed = own.some((p) => p.cooperation);
  for (const p of own) kind = strongerKind(kind, framed && !p.cooperation ? p.namedKind : p.kind);
  if (!kind && successor) kind = successor.kind;
  for (const p of chain.phrases) {
    const f = facts.get(p);
    if (!f) continue;
    // What the text says of bindingness stands even where the phrase's status is set aside below ("talks on the Kyoto
    // Protocol, which is not legally binding").
    if (legallyBinding === null && f.binding !== undefined) legallyBinding = f.binding;
    if (f.status && listed && SOUGHT.has(f.status)) continue;
    // "Argentina's new financing package ... if banks sign up for the deal": a condition on an agreement the article
    // presupposes is about another event (joining it), not about whether the agreement exists.
    if (f.status === 'proposed' && f.conditional && presupposed(chain, referenceDate)) continue;
    if (f.status && (!status || STATUS_RANK[f.status] > STATUS_RANK[status])) {
      status = f.status;
      date = f.date ?? null;
    } else if (f.status && f.status === status && !date) date = f.date ?? null;
  }
  // Unless the text says, a treaty binds by its nature, as does a well-known agreement listed as binding; an agreement
  // the article presupposes with no word on its status has been concluded.
  legallyBinding ??= chain.phrases.some((p) => (p.listed ? namedBinding(p.named!) : BINDING_BY_NATURE.has(p.noun))) || null;
  if (!status && presupposed(chain, referenceDate)) status = 'signed';
  if (date && !DAY.test(date)) date = null;
  // An agreement whose clauses name no party is between its successor's parties, or between the article's main parties
  // unless it has a name of its own that is not about the same subject.
  const named = chain.phrases.some((p) => p.named);
  const fallback = successor?.parties.length ? successor : named && !(main && sharesSubject(chain, main)) ? undefined : main;
  const parties = chain.parties.length === 0 && fallback ? fallback.parties : chain.parties;
  return { id, kind: kind ?? 'other', status, date, legallyBinding, parties: withoutMembers(parties, referenceDate) };
}

const BLOC_BY_CODE = new Map(BLOCS.filter((b) => b.members).map((b) => [b.code, b]));

/** Whether a state was a member of a bloc at the article's date (today's members when it has none). */
function memberAt(bloc: Bloc, code: string, referenceDate: string | null): boolean {
  if (bloc.members!.includes(code)) return true;
  const until = bloc.formerMembers?.[code];
  return !!until && !!referenceDate && referenceDate <= until;
}

/**
 * Parties without the members of a bloc that is one, at the article's date: "Uruguay pushes a Mercosur trade deal with
 * the Gulf" is Mercosur's; in 2005, "Should the United Kingdom approve the treaty ... for the European Union" is the EU's.
 */
function withoutMembers(parties: Party[], referenceDate: string | null): Party[] {
  const blocs = parties.map((p) => BLOC_BY_CODE.get(p.code ?? '')).filter((b) => b !== undefined);
  if (blocs.length === 0) return parties;
  return parties.filter((p) => !blocs.some((b) => memberAt(b, p.code ?? '', referenceDate)));
}
