import type { AgreementKind, Party } from '../../doc.js';

/** How a phrase's determiner makes it refer. */
export type Reference = 'definite' | 'demonstrative' | 'indefinite' | 'generic' | 'possessive' | 'none';

/** A candidate agreement phrase: its span, its words, and what its words say. */
export interface Phrase {
  start: number;
  end: number;
  sentence: number;
  /** Word indices in the sentence: the span's first word, the head noun, the span's last word. */
  first: number;
  head: number;
  last: number;
  /** The head noun's singular ("agreement", "framework", "document"). */
  noun: string;
  /** strong: an agreement noun; weak: one only with support; anaphor: "the document", "the signing". */
  strength: 'strong' | 'weak' | 'anaphor';
  plural: boolean;
  ref: Reference;
  /** Lower-case name for a named agreement ("paris agreement"), else null. */
  named: string | null;
  /** A name from the lexicon of well-known agreements ("the Paris Agreement"), not one found by its capitals. */
  listed: boolean;
  kind: AgreementKind | null;
  /** The kind its own words name outright ("security" in "a security cooperation agreement"), not just a subject. */
  namedKind: AgreementKind | null;
  /** A memorandum, cooperation framework or declaration: of kind cooperation unless its agreement's words name one. */
  cooperation: boolean;
  /** "another", "a separate": a different agreement from the one in focus. */
  separate: boolean;
  /** "a bilateral accord": between two states, so none of a treaty open to many. */
  bilateral: boolean;
  /** Lower-case modifiers that tell this agreement apart ("trade", "partial"), neutral ones ("new") left out. */
  modifiers: string[];
  /** Content words of its topic ("a framework on green hydrogen"). */
  topic: string[];
  /** Content words of its prepositional postmodifier, whatever the preposition ("an accord between Nigeria and the Paris Club"). */
  tail: string[];
  /** "the new ceasefire": not one of the older agreements. */
  fresh: boolean;
  /** "the earlier ceasefire", "the original protocol": not the newer agreement. */
  past: boolean;
  /** Modifiers or a name that pick out one agreement among several ("the trade deal"). */
  distinguishing: boolean;
  /** Parties named inside the phrase ("the India deal", "the British-Canadian arrangement"), filled by readParties. */
  inner: Party[];
  /** Parties named in its postmodifier ("between Russia and Turkey", "that Mercosur and the EU concluded"), likewise. */
  trailing: Party[];
  /** The value of a date inside the phrase ("the January truce", "a 2019 swap line"), and of the event its clause
   * reports ("signed on January 20"), filled by the stage once the clauses are read. */
  dated: string | null;
  eventDate: string | null;
  /** The keys of the parties named anywhere in its sentence ("Tehran had delivered boats under the agreement"). */
  nearby: ReadonlySet<string>;
  /** A weak head made an agreement by a status verb or a fixed phrase. */
  supported: boolean;
}
