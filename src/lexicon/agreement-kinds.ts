// Cue words for an agreement's kind, lower case: in the phrase ("a free trade agreement") or its topic
// ("an agreement on security guarantees"). When several cues meet, the first kind in KIND_PRECEDENCE wins.
import type { AgreementKind } from '../doc.js';

/** A word and the kind of agreement it signals. */
export const KIND_CUES: ReadonlyMap<string, AgreementKind> = new Map(Object.entries({
  security: 'security', nuclear: 'security', arms: 'security', 'arms-control': 'security',
  'non-proliferation': 'security', nonproliferation: 'security', intelligence: 'security',
  defence: 'defence', defense: 'defence', military: 'defence', 'mutual-defence': 'defence', weapons: 'defence',
  troop: 'defence', troops: 'defence', forces: 'defence', naval: 'defence', armoured: 'defence', armored: 'defence',
  tank: 'defence', tanks: 'defence', missile: 'defence', missiles: 'defence', ammunition: 'defence', fighter: 'defence',
  patrol: 'security', patrols: 'security', 'coast-guard': 'security', coastguard: 'security', counterterrorism: 'security',
  trade: 'trade', 'free-trade': 'trade', tariff: 'trade', tariffs: 'trade', customs: 'trade', commerce: 'trade',
  commercial: 'trade', economic: 'trade', export: 'trade', exports: 'trade', import: 'trade', imports: 'trade',
  grain: 'trade', wheat: 'trade', agricultural: 'trade', farm: 'trade',
  investment: 'investment', investments: 'investment', 'investment-protection': 'investment',
  ceasefire: 'ceasefire', 'cease-fire': 'ceasefire', truce: 'ceasefire', armistice: 'ceasefire', hostilities: 'ceasefire',
  hostage: 'ceasefire', hostages: 'ceasefire', prisoner: 'ceasefire', prisoners: 'ceasefire',
  peace: 'peace', normalization: 'peace', normalisation: 'peace', reconciliation: 'peace',
  finance: 'finance', financial: 'finance', financing: 'finance', currency: 'finance', swap: 'finance', loan: 'finance',
  loans: 'finance', debt: 'finance', credit: 'finance', tax: 'finance', banking: 'finance', monetary: 'finance',
  energy: 'energy', gas: 'energy', oil: 'energy', minerals: 'energy', mineral: 'energy', 'rare-earth': 'energy',
  lithium: 'energy', electricity: 'energy', power: 'energy', pipeline: 'energy', resources: 'energy', mining: 'energy',
  hydrogen: 'energy', lng: 'energy', crude: 'energy', fuel: 'energy', coal: 'energy',
  climate: 'climate', emissions: 'climate', carbon: 'climate', environmental: 'climate', warming: 'climate',
  cooperation: 'cooperation', partnership: 'cooperation', friendship: 'cooperation', strategic: 'cooperation',
}));

/** Which kind wins when a phrase carries cues of several. */
export const KIND_PRECEDENCE: readonly AgreementKind[] = [
  'ceasefire', 'peace', 'climate', 'trade', 'investment', 'finance', 'energy', 'security', 'defence',
  'cooperation', 'other',
];

/** Heads that carry a kind themselves: "a truce" is a ceasefire; a code of conduct between states governs their forces. */
export const HEAD_KINDS: ReadonlyMap<string, AgreementKind> = new Map(Object.entries({
  truce: 'ceasefire', ceasefire: 'ceasefire', armistice: 'ceasefire', cessation: 'ceasefire',
  guarantee: 'security', code: 'security',
}));

/**
 * Words that name a kind outright, not just a subject: "a security cooperation agreement" names security, "a hydrogen
 * pact" only a subject. A cooperation framework or memorandum keeps its own kind unless its agreement's words name one.
 */
export const KIND_NAMES: ReadonlySet<string> = new Set([
  'security', 'defence', 'defense', 'military', 'mutual-defence', 'trade', 'free-trade', 'investment', 'ceasefire',
  'cease-fire', 'truce', 'armistice', 'peace', 'finance', 'financial', 'energy', 'climate',
]);

/** Modifiers of a flow of goods ("a supply contract", "a transit agreement"): its kind is that of the goods named near it. */
export const FLOW_MODIFIERS: ReadonlySet<string> = new Set([
  'supply', 'supplies', 'transit', 'delivery', 'deliveries', 'purchase', 'purchasing', 'sale', 'sales', 'offtake',
]);

/** Words that give examples of a plural just before: "trade deals with several partners, including a 2023 agreement". */
export const EXAMPLE_MARKERS: readonly (readonly string[])[] = [['including'], ['such', 'as'], ['among', 'them'], ['notably']];

/** Kinds that say little, so fit any other when linking: no kind, "cooperation", "other". */
export const VAGUE_KINDS: ReadonlySet<AgreementKind | null> = new Set<AgreementKind | null>([null, 'cooperation', 'other']);
