// Well-known agreements by name, with their kind. Matched case-insensitively unless `exactCase`.
// Names with a capitalized head ("the Treaty of Lisbon", "the Abraham Accords") are also found by rule; they are listed
// here when an article need not say what they are: their parties, whether they bind, or their other names.
import type { AgreementKind } from '../doc.js';

/** A named agreement: how it is written, and its kind. */
export interface NamedAgreement {
  name: string;
  kind: AgreementKind;
  exactCase?: boolean;
  /** The name this is another way of writing ("Paris climate accord" is the Paris Agreement). */
  sameAs?: string;
  /** The fixed parties of an agreement between a few states, ISO codes or bloc codes: what an article need not say. */
  parties?: readonly string[];
  /** Binding by its nature (a treaty, GATT, the UN Charter): what an article need not say. */
  binding?: boolean;
  /** Open to many states: a state named near it is a party only where the text has it sign, ratify or leave it. */
  multilateral?: boolean;
}

const same = (sameAs: string, names: string[], exactCase = false): NamedAgreement[] =>
  names.map((name) => ({ name, kind: 'other', sameAs, ...(exactCase ? { exactCase } : {}) }));

/** Agreements known by name, each with its other names after it. */
export const NAMED_AGREEMENTS: readonly NamedAgreement[] = [
  // Climate and environment.
  { name: 'Paris Agreement', kind: 'climate', multilateral: true },
  ...same('Paris Agreement', ['Paris climate agreement', 'Paris climate accord', 'Paris accord', 'Paris climate deal', 'Paris climate pact']),
  { name: 'Kyoto Protocol', kind: 'climate', binding: true, multilateral: true },
  ...same('Kyoto Protocol', ['Kyoto treaty', 'Kyoto accord', 'Kyoto agreement']),
  { name: 'Montreal Protocol', kind: 'climate', binding: true, multilateral: true },
  { name: 'United Nations Framework Convention on Climate Change', kind: 'climate', binding: true, multilateral: true },
  ...same('United Nations Framework Convention on Climate Change', ['UNFCCC'], true),
  // Peace, borders and post-war settlements.
  { name: 'Good Friday Agreement', kind: 'peace', parties: ['GB', 'IE'] },
  ...same('Good Friday Agreement', ['Belfast Agreement']),
  { name: 'Oslo Accords', kind: 'peace' },
  { name: 'Dayton Accords', kind: 'peace' },
  ...same('Dayton Accords', ['Dayton agreement', 'Dayton peace agreement', 'Dayton peace accords']),
  { name: 'Camp David Accords', kind: 'peace', parties: ['EG', 'IL'] },
  { name: 'Abraham Accords', kind: 'peace' },
  { name: 'Minsk agreements', kind: 'ceasefire' },
  ...same('Minsk agreements', ['Minsk accords', 'Minsk agreement', 'Minsk peace deal']),
  { name: 'Sino-British Joint Declaration', kind: 'other', parties: ['CN', 'GB'], binding: true },
  { name: 'Treaty of Versailles', kind: 'peace', binding: true },
  // Security and arms control.
  { name: 'Iran nuclear deal', kind: 'security' },
  ...same('Iran nuclear deal', ['Iran nuclear accord', 'Iran nuclear agreement', 'Joint Comprehensive Plan of Action']),
  ...same('Iran nuclear deal', ['JCPOA'], true),
  { name: 'Budapest Memorandum', kind: 'security' },
  { name: 'New START', kind: 'security', exactCase: true, parties: ['US', 'RU'], binding: true },
  { name: 'Non-Proliferation Treaty', kind: 'security', binding: true, multilateral: true },
  ...same('Non-Proliferation Treaty', ['Nuclear Non-Proliferation Treaty', 'Nuclear Nonproliferation Treaty', 'Nonproliferation Treaty',
    'Treaty on the Non-Proliferation of Nuclear Weapons']),
  ...same('Non-Proliferation Treaty', ['NPT'], true),
  { name: 'Comprehensive Nuclear-Test-Ban Treaty', kind: 'security', binding: true, multilateral: true },
  ...same('Comprehensive Nuclear-Test-Ban Treaty', ['Comprehensive Nuclear Test Ban Treaty', 'Comprehensive Test Ban Treaty', 'Comprehensive Test-Ban Treaty',
    'nuclear test ban treaty', 'nuclear test-ban treaty']),
  ...same('Comprehensive Nuclear-Test-Ban Treaty', ['CTBT'], true),
  { name: 'INF Treaty', kind: 'security', parties: ['US', 'RU'], binding: true },
  ...same('INF Treaty', ['Intermediate-Range Nuclear Forces Treaty', 'Intermediate Nuclear Forces Treaty']),
  { name: 'Anti-Ballistic Missile Treaty', kind: 'security', parties: ['US', 'SU'], binding: true },
  ...same('Anti-Ballistic Missile Treaty', ['ABM Treaty', 'ABM (Anti-Ballistic Missile) Treaty']),
  { name: 'Chemical Weapons Convention', kind: 'security', binding: true, multilateral: true },
  { name: 'Biological Weapons Convention', kind: 'security', binding: true, multilateral: true },
  { name: 'Open Skies Treaty', kind: 'security', binding: true, multilateral: true },
  ...same('Open Skies Treaty', ['Treaty on Open Skies']),
  { name: 'Conventional Armed Forces in Europe Treaty', kind: 'security', binding: true, multilateral: true },
  ...same('Conventional Armed Forces in Europe Treaty', ['CFE Treaty', 'CFE treaty']),
  { name: 'Arms Trade Treaty', kind: 'security', binding: true, multilateral: true },
  { name: 'Ottawa Treaty', kind: 'security', binding: true, multilateral: true },
  // Trade and commodities.
  { name: 'General Agreement on Tariffs and Trade', kind: 'trade', binding: true, multilateral: true },
  ...same('General Agreement on Tariffs and Trade', ['GATT'], true),
  { name: 'Multi-Fibre Arrangement', kind: 'trade', binding: true, multilateral: true },
  ...same('Multi-Fibre Arrangement', ['Multi-Fibre Agreement', 'Multifibre Arrangement', 'Multi-Fiber Arrangement', 'Multi-Fiber Agreement',
    'Multifiber Arrangement']),
  ...same('Multi-Fibre Arrangement', ['MFA'], true),
  { name: 'International Coffee Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'International Cocoa Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'International Sugar Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'International Natural Rubber Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'International Tin Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'International Wheat Agreement', kind: 'trade', binding: true, multilateral: true },
  { name: 'North American Free Trade Agreement', kind: 'trade', parties: ['US', 'CA', 'MX'] },
  ...same('North American Free Trade Agreement', ['NAFTA'], true),
  { name: 'United States-Mexico-Canada Agreement', kind: 'trade', parties: ['US', 'MX', 'CA'] },
  ...same('United States-Mexico-Canada Agreement', ['U.S.-Mexico-Canada Agreement', 'US-Mexico-Canada Agreement', 'Canada-United States-Mexico Agreement']),
  ...same('United States-Mexico-Canada Agreement', ['USMCA', 'CUSMA', 'T-MEC'], true),
  { name: 'Canada-U.S. Free Trade Agreement', kind: 'trade', parties: ['CA', 'US'] },
  { name: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership', kind: 'trade', multilateral: true },
  ...same('Comprehensive and Progressive Agreement for Trans-Pacific Partnership', ['CPTPP'], true),
  { name: 'Regional Comprehensive Economic Partnership', kind: 'trade', multilateral: true },
  ...same('Regional Comprehensive Economic Partnership', ['RCEP'], true),
  { name: 'Trans-Pacific Partnership', kind: 'trade', multilateral: true },
  { name: 'Black Sea Grain Initiative', kind: 'energy' },
  ...same('Black Sea Grain Initiative', ['Black Sea grain deal']),
  // Founding and constitutional treaties, and law of war.
  { name: 'UN Charter', kind: 'other', parties: ['UN'], binding: true },
  ...same('UN Charter', ['U.N. Charter', 'United Nations Charter', 'Charter of the United Nations', 'United Nations (Charter)']),
  { name: 'North Atlantic Treaty', kind: 'defence', parties: ['NATO'], binding: true },
  { name: 'Geneva Conventions', kind: 'other', binding: true, multilateral: true },
  { name: 'United Nations Convention on the Law of the Sea', kind: 'other', binding: true, multilateral: true },
  ...same('United Nations Convention on the Law of the Sea', ['UN Convention on the Law of the Sea', 'U.N. Convention on the Law of the Sea']),
  ...same('United Nations Convention on the Law of the Sea', ['UNCLOS'], true),
  { name: 'Schengen Agreement', kind: 'other', binding: true, multilateral: true },
  { name: 'Vienna Convention on Diplomatic Relations', kind: 'other', binding: true, multilateral: true },
];
