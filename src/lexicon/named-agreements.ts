// Well-known agreements by name, with their kind. Matched case-insensitively unless `exactCase`.
// Names with a capitalized head ("the Treaty of Lisbon", "the Abraham Accords") are also found by rule.
import type { AgreementKind } from '../doc.js';

/** A named agreement: how it is written, and its kind. */
export interface NamedAgreement {
  name: string;
  kind: AgreementKind;
  exactCase?: boolean;
  /** The name this is another way of writing ("Paris climate accord" is the Paris Agreement). */
  sameAs?: string;
  /** The fixed parties of an agreement between a few states, ISO codes: what an article need not say. */
  parties?: readonly string[];
}

/** Agreements known by a name whose head is not capitalized or is not an agreement noun. */
export const NAMED_AGREEMENTS: readonly NamedAgreement[] = [
  { name: 'Paris Agreement', kind: 'climate' },
  { name: 'Paris climate agreement', kind: 'climate', sameAs: 'Paris Agreement' },
  { name: 'Paris climate accord', kind: 'climate', sameAs: 'Paris Agreement' },
  { name: 'Paris accord', kind: 'climate', sameAs: 'Paris Agreement' },
  { name: 'Kyoto Protocol', kind: 'climate' },
  { name: 'Montreal Protocol', kind: 'climate' },
  { name: 'Good Friday Agreement', kind: 'peace', parties: ['GB', 'IE'] },
  { name: 'Oslo Accords', kind: 'peace' },
  { name: 'Dayton Accords', kind: 'peace' },
  { name: 'Camp David Accords', kind: 'peace', parties: ['EG', 'IL'] },
  { name: 'Abraham Accords', kind: 'peace' },
  { name: 'Minsk agreements', kind: 'ceasefire' },
  { name: 'Minsk accords', kind: 'ceasefire', sameAs: 'Minsk agreements' },
  { name: 'Iran nuclear deal', kind: 'security' },
  { name: 'Budapest Memorandum', kind: 'security' },
  { name: 'New START', kind: 'security', exactCase: true, parties: ['US', 'RU'] },
  { name: 'JCPOA', kind: 'security', exactCase: true, sameAs: 'Iran nuclear deal' },
  { name: 'NPT', kind: 'security', exactCase: true },
  { name: 'CTBT', kind: 'security', exactCase: true },
  { name: 'INF Treaty', kind: 'security', parties: ['US', 'RU'] },
  { name: 'NAFTA', kind: 'trade', exactCase: true },
  { name: 'USMCA', kind: 'trade', exactCase: true },
  { name: 'CPTPP', kind: 'trade', exactCase: true },
  { name: 'RCEP', kind: 'trade', exactCase: true },
  { name: 'Trans-Pacific Partnership', kind: 'trade' },
  { name: 'Black Sea Grain Initiative', kind: 'energy' },
  { name: 'Geneva Conventions', kind: 'other' },
];
