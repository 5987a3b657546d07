import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Mention } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { tagAgreements } from '../../src/stages/tag-agreements.js';

// Country, bloc and date mentions are built by hand here, so these rows test this stage alone.
const COUNTRIES: Record<string, [code: string, name: string, form: Mention['form']]> = {
  Italy: ['IT', 'Italy', 'name'], Ukraine: ['UA', 'Ukraine', 'name'], Denmark: ['DK', 'Denmark', 'name'],
  Poland: ['PL', 'Poland', 'name'], Lithuania: ['LT', 'Lithuania', 'name'], India: ['IN', 'India', 'name'],
  'United Arab Emirates': ['AE', 'United Arab Emirates', 'name'], Sudan: ['SD', 'Sudan', 'name'],
  Russia: ['RU', 'Russia', 'name'], Turkey: ['TR', 'Turkey', 'name'], Japan: ['JP', 'Japan', 'name'],
  Australia: ['AU', 'Australia', 'name'], Canada: ['CA', 'Canada', 'name'], Chile: ['CL', 'Chile', 'name'],
  Kenya: ['KE', 'Kenya', 'name'], Egypt: ['EG', 'Egypt', 'name'], Polish: ['PL', 'Poland', 'demonym'],
  Italian: ['IT', 'Italy', 'demonym'], Paris: ['FR', 'France', 'capital'], Oslo: ['NO', 'Norway', 'capital'],
  'U.S.': ['US', 'United States', 'name'], Britain: ['GB', 'United Kingdom', 'alias'], Qatar: ['QA', 'Qatar', 'name'], Norway: ['NO', 'Norway', 'name'],
  Turkish: ['TR', 'Turkey', 'demonym'], Kyiv: ['UA', 'Ukraine', 'capital'], Dublin: ['IE', 'Ireland', 'capital'],
  Kinshasa: ['CD', 'DR Congo', 'capital'], Washington: ['US', 'United States', 'capital'], Israel: ['IL', 'Israel', 'name'],
  Jordan: ['JO', 'Jordan', 'name'], Russian: ['RU', 'Russia', 'demonym'], China: ['CN', 'China', 'name'],
  Turkmenistan: ['TM', 'Turkmenistan', 'name'], Azerbaijan: ['AZ', 'Azerbaijan', 'name'],
  'Saudi Arabia': ['SA', 'Saudi Arabia', 'name'], Chad: ['TD', 'Chad', 'name'], Brazil: ['BR', 'Brazil', 'name'],
  Egyptian: ['EG', 'Egypt', 'demonym'], Chinese: ['CN', 'China', 'demonym'], Japanese: ['JP', 'Japan', 'demonym'],
  Canadian: ['CA', 'Canada', 'demonym'], Israeli: ['IL', 'Israel', 'demonym'], Venezuela: ['VE', 'Venezuela', 'name'],
  Argentina: ['AR', 'Argentina', 'name'], Peru: ['PE', 'Peru', 'name'],
};
const BLOCS: Record<string, [code: string, name: string]> = {
  EU: ['EU', 'European Union'], EC: ['EU', 'European Union'], Mercosur: ['MERCOSUR', 'Mercosur'], ASEAN: ['ASEAN', 'ASEAN'], UN: ['UN', 'United Nations'],
  'African Union': ['AU', 'African Union'],
};
const DATES: Record<string, string> = {
  'March 3': '2024-03-03', 'February 22': '2024-02-22', 'the same day': '2024-03-03', '2023': '2023', '2002': '2002',
  'the 1990s': '199', 'the following week': '2024-W38', November: '2024-11', 'last year': '2023', '2021': '2021',
  'May 3, 2023': '2023-05-03', 'November 12': '2024-11-12', 'June 1': '2023-06-01', Monday: '2024-03-04', '1989': '1989',
  '1984': '1984', '1985': '1985', '1995': '1995', '2007': '2007', '1983': '1983', '2018': '2018',
};
// People, with the country the people stage would give them.
const PEOPLE: Record<string, string> = { Kobayashi: 'JP' };
const escape = (s: string) => s.replace(/[.]/g, '\\.');
const words = (table: object) =>
  new RegExp(`(?<![\\w.])(?:${Object.keys(table).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w])`, 'g');

/** A document through sentence splitting, with the other taggers' mentions laid by hand. */
function prepare(text: string, referenceDate: string | null = null): Doc {
  const doc = { ...splitSentences(normalizeText(createDoc('t', text), {}), {}), referenceDate };
  const mentions: Mention[] = [];
  for (const m of text.matchAll(words(COUNTRIES))) {
    const [code, name, form] = COUNTRIES[m[0]];
    if (!doc.countries.some((c) => c.id === code)) doc.countries.push({ id: code, code, name });
    mentions.push({ kind: 'country', start: m.index!, end: m.index! + m[0].length, entity: code, priority: 3, form });
  }
  for (const m of text.matchAll(words(BLOCS))) {
    const [code, name] = BLOCS[m[0]];
    if (!doc.organizations.some((o) => o.id === code)) doc.organizations.push({ id: code, code, name });
    mentions.push({ kind: 'organization', start: m.index!, end: m.index! + m[0].length, entity: code, priority: 3 });
  }
  for (const m of text.matchAll(words(PEOPLE))) {
    if (!doc.people.some((p) => p.id === m[0])) doc.people.push({ id: m[0], name: m[0], titles: [], country: PEOPLE[m[0]] });
    mentions.push({ kind: 'person', start: m.index!, end: m.index! + m[0].length, entity: m[0], priority: 2 });
  }
  for (const m of text.matchAll(words(DATES))) {
    mentions.push({ kind: 'date', start: m.index!, end: m.index! + m[0].length, entity: '', priority: 4, type: 'date', value: DATES[m[0]] });
  }
  return { ...doc, mentions };
}

const tag = (text: string, referenceDate: string | null = null) => tagAgreements(prepare(text, referenceDate), {});
/** The agreement mentions of a text, in order. */
const spans = (text: string) => tag(text).mentions.filter((m) => m.kind === 'agreement').map((m) => text.slice(m.start, m.end));
/** The agreements of a text, each with its mentions' texts. */
function agreements(text: string, referenceDate: string | null = null) {
  const doc = tag(text, referenceDate);
  return doc.agreements.map((a) => ({
    ...a,
    parties: a.parties.map((p) => p.code ?? p.name),
    mentions: doc.mentions.filter((m) => m.entity === a.id).map((m) => text.slice(m.start, m.end)),
  }));
}

/** A row: an article, which of its agreements, the facts expected of it, and why. */
type FactRow = [string, number, Partial<ReturnType<typeof agreements>[number]>, string];

/** One test per row: the agreement at that index has the expected facts. */
function expectFacts(rows: FactRow[]): void {
  it.each(rows)('%j #%d -> %j (%s)', (text, which, expected) => {
    expect(agreements(text)[which]).toMatchObject(expected);
  });
}

describe('tagAgreements: mention spans (determiner and premodifiers in, postmodifiers out)', () => {
  const rows: [string, string[], string][] = [
    ['Italy and Ukraine sign a bilateral security cooperation agreement.', ['a bilateral security cooperation agreement'], 'a long premodified phrase'],
    ['The two countries signed a critical minerals partnership on Monday.', ['a critical minerals partnership'], 'a weak head with a status verb'],
    ['Both sides signed a memorandum of understanding.', ['a memorandum of understanding'], 'an of-complement that is part of the noun'],
    ['A ceasefire agreement took effect at midnight.', ['A ceasefire agreement'], 'a noun before the head is a premodifier'],
    ['Talks on a free trade agreement resumed.', ['a free trade agreement'], 'after a preposition'],
    ['Canada signed an investment treaty with Chile.', ['an investment treaty'], '"with Chile" stays out'],
    ['The rebels adopted a declaration of principles.', ['a declaration of principles'], 'declaration of principles'],
    ['The central banks extended a currency swap arrangement.', ['a currency swap arrangement'], 'a fixed weak phrase'],
    ['The protocol was ratified last year.', ['The protocol'], 'a weak head made an agreement by "ratified"'],
    ['The two sides agreed a truce.', ['a truce'], 'truce'],
    ['The accord was signed in Oslo.', ['The accord'], 'accord, with a capital as a place'],
    ['A new cooperation framework focused on security was signed.', ['A new cooperation framework'], 'a framework with a status verb a few words on'],
    ['Denmark offered Ukraine security guarantees on Monday.', ['security guarantees'], 'security guarantees'],
    ['Italy and Ukraine sign security pact', ['security pact'], 'a headline has no determiner; the verb stays out'],
    ['India and Canada said their new bilateral investment treaty had entered into force.', ['their new bilateral investment treaty'], 'a possessive pronoun is the determiner'],
    ['Parliament approved the Italy-Ukraine agreement.', ['the Italy-Ukraine agreement'], 'country mentions nest inside'],
    ['Russia withdrew from the Paris Agreement.', ['the Paris Agreement'], 'a named agreement'],
    ['The Treaty of Rome was signed in 1957.', ['The Treaty of Rome'], 'a name that goes on with "of"'],
    ['Israel and the PLO signed the Oslo Accords.', ['the Oslo Accords'], 'a named plural'],
    ['Russia suspended New START.', ['New START'], 'a name from the lexicon'],
    ['The Good Friday Agreement ended the conflict.', ['The Good Friday Agreement'], 'a name holding a date-like phrase'],
    ['It was the last treaty limiting warheads.', ['the last treaty'], 'a treaty'],
    ['He has praised post-World War II agreements.', ['post-World War II agreements'], 'a plural with a name in it is particular'],
    ['The leaders signed a pact on Friday. The document runs to ten pages.', ['a pact', 'The document'], '"the document" refers back'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('tagAgreements: where a known name is found', () => {
  const rows: [string, string[], string][] = [
    ['Ministers cited the Kyoto Protocol and the Paris Agreement.', ['the Kyoto Protocol', 'the Paris Agreement'], 'the search goes on after a name'],
    ['Brazil left the International Coffee Agreement in 1989.', ['the International Coffee Agreement'], 'one first word opening many names'],
    ['The Trans-Pacific Partnership was signed.', ['The Trans-Pacific Partnership'], 'a name whose first word holds a hyphen'],
    ['Delegates in Paris agreed on nothing.', [], 'a first word with no name after it'],
    ['The KyotoProtocol blog closed.', [], 'a name glued inside a longer word is none'],
    ['Both sides praised the new start of talks.', [], 'a name in its exact case only, not in lower case'],
    ['The Paris Agreement Secretariat said on Monday that reports were late.', [], 'a known name going on as a body\'s'],
    ['The United States rejoined the Paris Agreement Wednesday, officials said.', ['the Paris Agreement'], 'a day after a name does not make it a body\'s'],
    ['Reporters were told that the country had rejoined the Paris Agreement State officials said on Friday.', ['the Paris Agreement'], 'a capitalized word after a name that ends no body'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('tagAgreements: what is not an agreement', () => {
  const rows: [string, string][] = [
    ['The ministers were in agreement with the plan.', 'in agreement with'],
    ['Officials agreed that the plan should go ahead.', 'agreed that'],
    ['It took a good deal of effort.', 'a good deal of'],
    ['The government must deal with the crisis.', 'deal as a verb'],
    ['She spent a great deal of time abroad.', 'a great deal'],
    ['The bloc should first deal with the crisis in its farm sector.', 'deal with after an adverb'],
    ['There is broad agreement that reform is needed.', 'agreement as consensus'],
    ['He resigned of his own accord.', 'of his own accord'],
    ['The talks will establish a framework for cooperation.', 'a framework with no status verb'],
    ['The document was published in Paris.', '"the document" with no agreement in focus'],
    ['Hospitals follow strict hygiene protocols.', 'protocols with no status verb'],
    ['Losing the match is no big deal.', 'a big deal'],
    ['Security agreements are being set up with many partners. Such agreements help.', 'generic plurals are not annotated'],
    ['Ukraine signed trade deals with several partners.', 'a generic plural even with a status verb'],
    ['They acted within the framework of the alliance.', '"the framework of": not a reference back'],
    ['The President announced a New Deal for workers.', 'the New Deal is a programme'],
    ['The two leaders were in complete agreement on the matter.', '"in agreement": consensus, with a modifier'],
    ['Both sides agreed that talks should resume.', '"agreed that" with no agreement noun'],
    ['There was a great deal of anger in the capital.', '"a great deal of"'],
    ['Ministers met to deal with the crisis on the border.', '"deal with" as a verb after "to"'],
    ['Officials dealt with the fallout for weeks.', '"dealt" is a verb, not a head'],
    ['The minister called the tariff a deal-breaker.', '"deal-breaker" is one word, not a deal'],
    ['Doctors followed the hospital protocol for the surgery.', 'a medical protocol with no status verb'],
    ['The envoy breached diplomatic protocol at the dinner.', 'protocol as etiquette'],
    ['Poland has security agreements with many partners.', 'a generic plural with a party after it'],
    ['Critics say these accords rarely last.', '"these accords" with nothing to refer to'],
    ['They reached the decision of their own accord.', '"of their own accord"'],
    ['The Parisian Agreement Society met on Tuesday to discuss its budget.', 'a capitalized name going on as a body\'s'],
    ['Seoul recalled its delegates to the Korean Military Armistice Commission last week.', 'an agreement\'s name inside a body\'s'],
    ['Lawmakers in Washington said the Canada Trade Agreement Act would pass on Friday.', 'an agreement\'s name inside a law\'s'],
  ];
  it.each(rows)('%j has none (%s)', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('tagAgreements: parties, kind, status, date, bindingness', () => {
  type Row = [string, Partial<ReturnType<typeof agreements>[number]>, string];
  const rows: Row[] = [
    ['Italy and Ukraine signed a security agreement on February 22.', { parties: ['IT', 'UA'], kind: 'security', status: 'signed', date: '2024-02-22' }, 'subject parties, signed on a date'],
    ['India and the United Arab Emirates signed a comprehensive economic partnership agreement.', { parties: ['IN', 'AE'], kind: 'trade', status: 'signed' }, 'economic partnership is trade'],
    ['The EU and Mercosur concluded a free trade agreement.', { parties: ['EU', 'MERCOSUR'], kind: 'trade', status: 'agreed' }, 'blocs as parties'],
    ["Representatives of Sudan's army and a militia signed a ceasefire agreement in Jeddah.", { parties: ['SD'], kind: 'ceasefire', status: 'signed' }, 'a possessive country'],
    ['Japan and Australia are negotiating a defence pact.', { parties: ['JP', 'AU'], kind: 'defence', status: 'negotiating' }, 'negotiating'],
    ['Japan and Australia plan to sign a trade agreement.', { status: 'proposed' }, 'a plan'],
    ['Russia withdrew from the treaty on May 3, 2023.', { parties: ['RU'], status: 'ended', date: '2023-05-03' }, 'withdrew from'],
    ['Russia withdrew from the treaty in 2023.', { status: 'ended', date: null }, 'a year is no day: the date is the day it was signed, agreed or ended'],
    ['The accord entered into force on May 3, 2023.', { status: 'ratified', date: '2023-05-03' }, 'entered into force'],
    ['The deal lapsed last year.', { status: 'ended' }, 'lapsed'],
    ['The two countries have never signed a peace treaty.', { kind: 'peace', status: null }, 'a denied cue says nothing'],
    ['Kenya and Egypt signed a pact. It is not legally binding.', { legallyBinding: false }, '"It" refers to the pact just named'],
    ['The treaty is legally binding on both parties.', { legallyBinding: true }, 'legally binding'],
    ['The agreement is not legally binding.', { legallyBinding: false }, 'not legally binding'],
    ['Ukraine signed an agreement with Denmark.', { parties: ['UA', 'DK'] }, '"with" names a party'],
    ['Turkey brokered a grain deal between Russia and Ukraine.', { parties: ['RU', 'UA'], kind: 'trade' }, 'a broker is not a party; farm goods are trade'],
    ['Chile and Canada signed a coastguard patrol agreement.', { parties: ['CL', 'CA'], kind: 'security', status: 'signed' }, 'patrols are security'],
    ['Kenya and Norway signed an armoured vehicle deal.', { parties: ['KE', 'NO'], kind: 'defence', status: 'signed' }, 'weapons and vehicles of war are defence'],
    ['The agreement was signed in Paris.', { parties: [] }, 'a place is not a party'],
    ['Officials said on February 22 that the deal had been signed.', { status: 'signed', date: null }, 'the date of a report is not the date of the event'],
    ['The U.S.-brokered truce between Russia and Ukraine was signed in Kyiv.', { parties: ['RU', 'UA'], kind: 'ceasefire', status: 'signed' }, 'a glued "-brokered" country is a mediator'],
    ['The Qatar-mediated ceasefire between Israel and Jordan took effect.', { parties: ['IL', 'JO'] }, 'a glued "-mediated" country is a mediator'],
    ['A Turkish-backed deal between Russia and Ukraine was signed.', { parties: ['RU', 'UA'] }, 'a glued "-backed" nationality is a mediator'],
    ['A truce mediated by Egypt between Israel and Jordan was signed.', { parties: ['IL', 'JO'] }, '"mediated by" introduces a mediator'],
    ['A deal brokered by the U.S. between Russia and Ukraine was signed.', { parties: ['RU', 'UA'] }, '"brokered by the" introduces a mediator'],
    ['With the help of Norway, Israel and Jordan signed an accord.', { parties: ['IL', 'JO'] }, '"with the help of" introduces a mediator'],
    ['The U.S.-backed deal between the U.S. and Japan was signed.', { parties: ['US', 'JP'] }, 'a mediator also named as a party is a party'],
    ['Kinshasa had opened talks with Washington on a minerals deal.', { parties: ['CD', 'US'], status: 'negotiating' }, 'capitals beside a status word are parties'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(agreements(text)[0]).toMatchObject(expected);
  });
});

describe('tagAgreements: who is not a party', () => {
  const rows: [string, string[], string][] = [
    ['The U.S.-brokered truce between Russia and Ukraine was signed in Kyiv.', ['RU', 'UA'], 'not the mediator'],
    ['Qatar brokered a ceasefire between Israel and Jordan.', ['IL', 'JO'], 'not a mediator that is the subject of "brokered"'],
    ['The agreement was signed in Kyiv.', [], 'not a capital named only as the place of signing'],
    ['The accord was signed at a ceremony in Paris on Monday.', [], 'not a place after "in", a few words on'],
    ['Italy and Ukraine signed a security pact. Russia launched missiles at Kyiv.', ['IT', 'UA'], 'not a country in another sentence about something else'],
    ['Dublin was satisfied with the pact, which Kenya and Egypt signed.', ['KE', 'EG'], 'not a capital that only comments on it'],
    ['Japan and Australia signed a defence pact as Canada watched.', ['JP', 'AU'], 'not a country beyond a clause opener'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(agreements(text)[0].parties).toEqual(expected);
  });
});

describe('tagAgreements: one entry per agreement', () => {
  const passage = [
    'Poland and Ukraine sign defence cooperation agreement',
    'A new defence framework was signed between Poland and Ukraine on March 3. The document commits both sides to joint training.',
    'Polish officials said a defence agreement had been signed with Ukraine. The agreement is not legally binding.',
    'On the same day, a separate agreement was announced with Lithuania. That arrangement covers air defence.',
    'Such agreements are spreading across Europe.',
  ].join('\n');

  it('links the headline, an indefinite restatement and references back; keeps the separate agreement apart', () => {
    expect(agreements(passage)).toEqual([
      {
        id: 'agreement-1', kind: 'defence', status: 'signed', date: '2024-03-03', legallyBinding: false, parties: ['PL', 'UA'],
        mentions: ['defence cooperation agreement', 'A new defence framework', 'The document', 'a defence agreement', 'The agreement'],
      },
      {
        // Its clause names Lithuania alone; the other party is the state the passage names most (Poland, before Ukraine).
        id: 'agreement-2', kind: 'other', status: 'agreed', date: '2024-03-03', legallyBinding: null, parties: ['LT', 'PL'],
        mentions: ['a separate agreement', 'That arrangement'],
      },
    ]);
  });

  it('joins a named agreement to its other names and a definite with its kind', () => {
    const text = 'Washington left the Paris Agreement in 2020. Critics said leaving the 2015 climate accord was a mistake.';
    expect(agreements(text).map((a) => a.mentions)).toEqual([['the Paris Agreement', 'the 2015 climate accord']]);
  });

  it('takes an apposition as the same agreement', () => {
    const text = 'This includes the Geneva Conventions, a treaty ratified by 196 nations.';
    expect(agreements(text).map((a) => [a.mentions, a.status])).toEqual([[['the Geneva Conventions', 'a treaty'], 'ratified']]);
  });

  const seed = 'fixtures/italy-ukraine-security-agreement.txt';
  it('reads the seed article as designed', () => {
    const found = agreements(readFileSync(seed, 'utf8'));
    expect(found).toMatchObject([
      { kind: 'security', status: 'signed', date: '2024-02-22', legallyBinding: false, parties: ['IT', 'UA'],
        mentions: ['a bilateral security cooperation agreement', 'A new cooperation framework', 'the document', 'a security agreement', 'the agreement'] },
      { kind: 'security', status: 'agreed', date: '2024-02-22', legallyBinding: null, parties: ['DK', 'UA'],
        mentions: ['a separate agreement', 'That arrangement'] },
    ]);
    expect(found).toHaveLength(2);
  });
});

describe('tagAgreements: status and date from the clause', () => {
  // [text, which agreement (0-based), expected fields, reason, reference date]
  type Row = [string, number, Partial<ReturnType<typeof agreements>[number]>, string, string?];
  const rows: Row[] = [
    ['EU and Mercosur edge closer to trade pact', 0, { status: 'negotiating', parties: ['EU', 'MERCOSUR'] }, '"closer to" an agreement: still negotiating'],
    ['Japan and Australia are nearing a trade deal.', 0, { status: 'negotiating' }, '"nearing" an agreement'],
    ['Officials planned to sign a trade agreement.', 0, { status: 'proposed' }, '"planned to sign" is a plan, not a signing'],
    ['India and Kenya signed an investment treaty. It replaces a 2013 pact.', 1, { kind: 'investment', status: 'ended', parties: ['IN', 'KE'] }, 'a replaced agreement ends, of its successor\'s kind and parties'],
    ['Italy and Ukraine agreed on Monday to replace the old protocol.', 0, { status: 'ended', date: '2024-03-04', parties: ['IT', 'UA'] }, '"agreed (on a day) to replace": what was agreed, not a plan'],
    ['Canada and Chile signed the Santiago Framework, which replaces the earlier protocol.', 0, { status: 'signed', parties: ['CA', 'CL'] }, 'the successor keeps its own status'],
    ['Canada and Chile signed the Santiago Framework, which replaces the earlier protocol.', 1, { status: 'ended', parties: ['CA', 'CL'] }, '"which replaces": the phrase after the verb ends'],
    ['Japan and Australia are negotiating a trade agreement, with talks due to resume the following week.', 0, { status: 'negotiating', date: null }, 'a date after the article\'s is a plan\'s, no event\'s', '2024-08-27'],
    ['Japan and Australia began negotiating a trade agreement on March 3.', 0, { status: 'negotiating', date: '2024-03-03' }, 'a date before the article\'s stands', '2024-08-27'],
    ['Officials said the pact could be adopted before the summit on November 12.', 0, { status: 'proposed', date: '2024-11-12' }, '"before the summit": a preposition, not another event\'s clause'],
    ['Mercosur had concluded trade deals with several partners since the 1990s, including an agreement with Chile on May 3, 2023.', 0, { kind: 'trade', status: 'agreed', date: '2023-05-03', parties: ['MERCOSUR', 'CL'] }, 'an example of a plural: its kind; "since the 1990s" neither a date nor a clause'],
  ];
  it.each(rows)('%j #%d -> %j (%s)', (text, which, expected, _reason, referenceDate) => {
    expect(agreements(text, referenceDate ?? null)[which]).toMatchObject(expected);
  });
});

describe('tagAgreements: what the clause does not say', () => {
  const rows: FactRow[] = [
    ['The treaty was drafted close to the capital.', 0, { status: 'proposed' }, '"close to" speaks only of an agreement after it'],
    ['An accord was replaced by a treaty in 2023.', 0, { status: null }, '"replaced by": the agreement after "by" goes on'],
    ['Italy needs to replace gas it bought under a supply contract with Azerbaijan.', 0, { status: null }, 'a planned replacement ends nothing'],
    ['Italy signed the pact after Russia invaded in 2023.', 0, { status: 'signed', date: null, parties: ['IT'] }, '"after" with a verb opens another clause: its date and country are not the pact\'s'],
    ['Since 2023, Italy has signed a pact with Ukraine.', 0, { status: 'signed', date: null }, 'a date after "since" starts a period, it dates no event'],
    ['Italy signed trade deals with many partners. Later a 2023 agreement with Chile lapsed.', 0, { kind: 'other' }, 'not an example of a plural in another sentence'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: parties and kinds beyond the clause', () => {
  const rows: FactRow[] = [
    ['Kobayashi noted that Ukraine had signed a pact with Italy.', 0, { parties: ['UA', 'IT'] }, 'a speaker is not a signer'],
    ['Kobayashi signed a memorandum with Italy.', 0, { parties: ['JP', 'IT'] }, 'a signer counts as their country'],
    ['U.S. officials said Washington would consider joining the pact between Italy and Ukraine.', 0, { parties: ['IT', 'UA'] }, 'a country before "officials" is a nationality'],
    ['U.S. officials signed a pact with Japan.', 0, { parties: ['US', 'JP'] }, 'officials who sign bind their country'],
    ['New START, the last treaty limiting U.S. and Russian warheads, expires soon.', 0, { parties: ['US', 'RU'] }, 'a nationality joined by "and" to a party'],
    ['The U.S. withdrew from the treaty in 2019 after accusing Russia of violations.', 0, { parties: ['US', 'RU'] }, 'a country accused of breaching a treaty is bound by it'],
    ['Italy and Ukraine signed the UN convention.', 0, { parties: ['IT', 'UA'] }, 'the UN hosts conventions but is no party'],
    ['Japan is pushing to deepen ties with Ukraine. Officials in both governments said a memorandum of understanding was planned.', 0, { parties: ['JP', 'UA'] }, '"both governments": the two named last'],
    ['Japan is pushing ties with Ukraine to track Polish vessels. Officials in both governments said a memorandum of understanding was planned.', 0, { parties: ['JP', 'UA'] }, 'a nationality of things is no actor'],
    ['Kobayashi is pushing ties with Ukraine. Officials in both governments said a memorandum of understanding was planned.', 0, { parties: ['JP', 'UA'] }, 'a person counts as their country'],
    ['Dublin said any new deal must respect the Good Friday Agreement.', 0, { parties: ['GB', 'IE'] }, 'a well-known agreement between two states'],
    ['ASEAN and China are negotiating a code of conduct.', 0, { kind: 'security', parties: ['ASEAN', 'CN'] }, 'a code of conduct between states governs their forces'],
    ['Saudi Arabia and Jordan sign hydrogen pact\nThe two countries signed a cooperation framework on green hydrogen on Monday.', 0, { kind: 'cooperation', mentions: ['hydrogen pact', 'a cooperation framework'] }, 'a cooperation framework stays one when its other phrases only name a subject'],
    ['Italy needs gas it once bought under a supply contract with Azerbaijan.', 0, { kind: 'energy' }, 'a supply contract is of the goods named near it'],
    ['Italy and Turkey signed a supply contract. Melnychuk, a deputy energy minister, said gas would flow.', 0, { kind: 'energy' }, 'the goods may be named in the same paragraph'],
    ['Italy and Turkey signed a supply contract.\nMelnychuk, a deputy energy minister, said gas would flow.', 0, { kind: 'other' }, 'but not in another paragraph'],
    ['ASEAN and China are negotiating a code of conduct for the Spratly Islands.\nHa noted that the Declaration on the Conduct of Parties in the Spratly Islands, signed in 2002, was not legally binding and had failed to prevent clashes.', 1, { parties: ['ASEAN', 'CN'] }, 'a name on the main agreement\'s subject is between its parties'],
    ['Japan and Australia sign defence pact\nA defence pact allowing troops to train entered into force on March 3.\nUnder the Reciprocal Access Agreement, which is legally binding, troops can enter either country.', 0, { legallyBinding: true, mentions: ['defence pact', 'A defence pact', 'the Reciprocal Access Agreement'] }, 'a new name right after the headline\'s agreement enters the body names it'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: who is not a party, and what is not linked', () => {
  const rows: FactRow[] = [
    ['The treaty limits Russian warheads.', 0, { parties: [] }, 'a nationality alone after the phrase is not a party'],
    ['The U.S. withdrew from the treaty in 2019 after Russia invaded.', 0, { parties: ['US'] }, 'a country beyond a clause opener, not accused of a breach'],
    ['Italy and Ukraine sign security pact\nCanada and Chile held talks.\nExperts recalled a framework signed by both countries in 2023.', 1, { parties: ['IT', 'UA'] }, 'a pair with no party in its paragraph: the main parties'],
    ['Italy signed a supply contract with Ukraine.', 0, { kind: 'other' }, 'a supply contract with no goods near it'],
    ['Saudi Arabia and Jordan sign hydrogen pact', 0, { kind: 'energy' }, 'a pact on a subject, with no framework, has the subject\'s kind'],
    ['Italy and Ukraine sign security pact\nCanada signed a trade pact.\nThe Treaty of Rome was signed in 1957.', 2, { parties: [] }, 'a name on another subject is not between the main parties'],
    ['Japan and Australia sign defence pact\nA defence pact entered into force on March 3.\nThe pact was ratified.\nUnder the Reciprocal Access Agreement, troops can enter.', 1, { mentions: ['the Reciprocal Access Agreement'] }, 'a name later than the next sentence is its own agreement'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: a definite phrase whose parties clash is another agreement', () => {
  it('keeps "the gas transit agreement between Russia and Turkey" apart from an Italy-Ukraine gas deal', () => {
    const found = agreements('Italy signed a gas deal with Ukraine. The gas transit agreement between Russia and Turkey was signed in 2023.');
    expect(found.map((a) => [a.mentions, a.parties])).toEqual([[['a gas deal'], ['IT', 'UA']], [['The gas transit agreement'], ['RU', 'TR']]]);
  });
  it('still joins "the gas deal" to it when its clause names one of its parties', () => {
    const found = agreements('Italy signed a gas deal with Ukraine. Ukraine said the gas deal was signed in 2023.');
    expect(found.map((a) => a.mentions)).toEqual([['a gas deal', 'the gas deal']]);
  });
});

describe('tagAgreements: swaps and swap lines', () => {
  const rows: [string, string[], string][] = [
    ['The two central banks signed a currency swap on Monday.', ['a currency swap'], '"currency swap" names an agreement'],
    ['Chile ended a 2021 swap line with Japan.', ['a 2021 swap line'], '"swap line": the head takes its tail in'],
    ['Chile and Japan signed a currency swap. The swap covers two months of imports.', ['a currency swap', 'The swap'], '"the swap" refers back'],
    ['Egypt and Chad agreed a prisoner swap.', ['a prisoner swap'], 'a weak head with a status verb'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  const none: [string, string][] = [
    ['Traders swap bonds every day.', '"swap" as a verb'],
    ['The two banks may swap staff next year.', '"swap" as a verb after a modal'],
    ['Analysts expect a swap of board seats.', 'a swap with no status verb or agreement in focus'],
  ];
  it.each(none)('%j has none (%s)', (text) => {
    expect(spans(text)).toEqual([]);
  });
  it('gives a prisoner swap the kind of a hostage deal', () => {
    expect(agreements('Egypt and Chad agreed a prisoner swap.')[0]).toMatchObject({ kind: 'ceasefire', status: 'agreed' });
  });
});

describe('tagAgreements: a headline name before a singular head', () => {
  const rows: [string, string[], string][] = [
    ['Chile signs Japan trade pact as copper prices fall', ['Japan trade pact'], 'a singular head without a determiner: the name modifies it'],
    ['Egypt quits Russia grain deal', ['Russia grain deal'], 'after another verb too'],
    ['Norway gave Kenya security guarantees on Friday.', ['security guarantees'], 'before a plural the name is a noun of its own'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('tagAgreements: ending verbs', () => {
  const rows: FactRow[] = [
    ['Egypt quits Russia grain deal', 0, { status: 'ended', parties: ['EG', 'RU'] }, '"quits" ends the agreement'],
    ['Japan withdrew on June 1 from the fisheries accord with Chile.', 0, { status: 'ended', date: '2023-06-01' }, 'an adverbial between "withdrew" and "from"'],
    ['The accord, which covered fishing rights, ended on May 3, 2023.', 0, { status: 'ended', date: '2023-05-03' }, '"ended" with no object ends its subject'],
    ['Canada ended the pact on March 3.', 0, { status: 'ended', date: '2024-03-03' }, '"ended" ends its object'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['A pact ended the border war.', 0, { status: null }, 'an agreement that ends something else is not ended'],
    ['Fighting ended after the truce took effect.', 0, { status: 'ratified' }, '"ended" does not reach an agreement after it'],
    ['Italy withdrew its troops from the valley covered by a truce.', 0, { status: null }, 'a parted "from" speaks only of the phrase just after it'],
  ];
  expectFacts(none);
});

describe('tagAgreements: noun cues (talks, negotiations)', () => {
  const rows: FactRow[] = [
    ['Kenya and Egypt opened talks in the capital on March 3 on a water pact.', 0, { status: 'negotiating', date: '2024-03-03' }, 'talks reach their topic past adverbials of place and time'],
    ['Chile proposed on March 3 that Mercosur open negotiations on a trade pact.', 0, { status: 'proposed', date: '2024-03-03' }, 'negotiations put forward in a proposal are a proposal'],
    ['Officials said talks on the pact could end within a year.', 0, { status: 'proposed' }, 'a modal after the noun cue\'s topic makes it a plan'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Kenya and Egypt opened talks on a water pact.', 0, { status: 'negotiating' }, 'talks held are no proposal'],
    ['Talks on the pact resumed in March.', 0, { status: 'negotiating' }, 'a verb that is no modal leaves talks as they are'],
    ['Talks on a pact that would cut tariffs resumed.', 0, { status: 'negotiating' }, 'a modal in the topic\'s relative clause is not the talks\''],
    ['Kenya held talks in the capital, and Egypt later drafted a water pact.', 0, { status: 'proposed' }, 'talks do not reach a topic past a comma'],
  ];
  expectFacts(none);
});

describe('tagAgreements: a verb far from its subject', () => {
  const rows: FactRow[] = [
    ['A pact between Kenya and Egypt to share the waters of the great river that feeds millions of farmers across the dry north took effect on March 3.', 0, { status: 'ratified', date: '2024-03-03', parties: ['KE', 'EG'] }, 'the subject\'s long postmodifier'],
    ['A pact between Kenya and Egypt covers the waters of the great river, though farmers across the dry north say that the new dam built upstream took effect in 2023.', 0, { status: null }, 'not past a comma into another clause'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: bindingness stated of a subject', () => {
  const rows: FactRow[] = [
    ['Japan and Chad signed a memorandum. Kobayashi said the memorandum was not legally binding and that a supply contract with Italy would follow.', 0, { legallyBinding: false }, 'a linking verb states it of the subject before it'],
    ['Japan and Chad signed a memorandum. Kobayashi said the memorandum was not legally binding and that a supply contract with Italy would follow.', 1, { legallyBinding: null }, 'not of the phrase after it'],
    ['Egypt and Chad signed a memorandum, and a binding treaty may follow.', 1, { legallyBinding: true }, '"a binding treaty" still states it of its noun'],
    ['Egypt and Chad signed a memorandum, and a binding treaty may follow.', 0, { legallyBinding: null }, 'and not of the phrase before'],
  ];
  expectFacts(rows);
});

describe("tagAgreements: bindingness the text states where a phrase's status is set aside", () => {
  const rows: FactRow[] = [
    ['Chile and Peru are negotiating the Montreal Protocol, which is not legally binding.', 0, { legallyBinding: false },
      'a listed treaty still sought: its status is set aside, what the text says of bindingness is not'],
    ['Norway and Chile opened talks on the Arms Trade Treaty. It is not legally binding.', 0, { legallyBinding: false },
      'the same said in the next sentence'],
    ['If Canada signs the Ottawa Treaty, which is not legally binding, the fields will be cleared.', 0, { legallyBinding: false },
      'a condition on joining a presupposed treaty: its status is set aside, not its bindingness'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Chile and Peru are negotiating the Montreal Protocol.', 0, { legallyBinding: true }, 'with no word on it, the listed treaty binds by its nature'],
    ['If Canada signs the Ottawa Treaty, the fields will be cleared.', 0, { legallyBinding: true }, 'likewise under a condition'],
  ];
  expectFacts(none);
});

describe('tagAgreements: parties from institutions, officials, pairs and blocs', () => {
  const rows: FactRow[] = [
    ['The Bank of Ghana and the Central Bank of Peru signed a currency swap.', 0, { parties: ['GH', 'PE'] }, 'a central bank signs for its state'],
    ['The Reserve Bank of Malawi and the Central Bank of the UAE extended a swap arrangement.', 0, { parties: ['MW', 'AE'] }, 'a country\'s abbreviation counts too'],
    ['Norway\'s foreign minister signed a pact with Chile.', 0, { parties: ['NO', 'CL'] }, 'an official who signs binds the country before the possessive'],
    ['Egypt and Sudan share the river. Sudan buys power from Egyptian plants under a supply deal, and both governments profit.', 0, { parties: ['EG', 'SD'] }, '"both governments" completes a phrase that names one of them'],
    ['Chad and Egypt opened talks. Kobayashi, the envoy for both countries, said a truce was near.', 0, { parties: ['TD', 'EG'] }, 'a pair in a person\'s apposition is not that person'],
    ['Brazil pushes Mercosur trade deal with Japan', 0, { parties: ['MERCOSUR', 'JP'] }, 'a bloc\'s member is no party beside it'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['The Bank of America signed a loan agreement with Chile.', 0, { parties: ['CL'] }, 'not a country alias inside a company\'s name'],
    ['Norway\'s special envoy said a truce between Egypt and Chad had been signed.', 0, { parties: ['EG', 'TD'] }, 'not the country of an official who only speaks'],
    ['The African Union brokered a truce between Egypt and Chad.', 0, { parties: ['EG', 'TD'] }, 'not the African Union, whose code is Australia\'s'],
    ['Chile and Mercosur signed a trade deal.', 0, { parties: ['CL', 'MERCOSUR'] }, 'a country that is no member stays'],
  ];
  expectFacts(none);
});

describe('tagAgreements: which agreement a phrase refers to', () => {
  const linked = (text: string) => agreements(text).map((a) => a.mentions);
  const rows: [string, string[][], string][] = [
    ['Chile and Japan are negotiating a trade deal. Chile also wants to ratify the trade agreement that Mercosur and the EU concluded.',
      [['a trade deal'], ['the trade agreement']], 'a definite whose postmodifier names a party the agreement lacks is another'],
    ['Chad and Egypt are negotiating a new truce. The earlier ceasefire collapsed in March. Officials hope to sign the new truce soon.',
      [['a new truce', 'the new truce'], ['The earlier ceasefire']], 'new and earlier are two agreements'],
    ['Chad and Egypt signed a truce in 2023. The two sides are negotiating a new truce. The last truce failed.',
      [['a truce', 'The last truce'], ['a new truce']], '"the last truce" is the older one'],
    ['Chad and Egypt opened talks on a new truce. The earlier ceasefire collapsed. Envoys said a new deal must include monitors.',
      [['a new truce', 'a new deal'], ['The earlier ceasefire']], '"a new deal" restates the new agreement in focus, not the older one'],
    ['Chad and Egypt signed a truce in 2023. Chad and Egypt are negotiating a new ceasefire. Officials said the 2023 truce had failed.',
      [['a truce', 'the 2023 truce'], ['a new ceasefire']], 'a date inside the phrase picks the agreement of that date'],
    ['Kenya and Egypt signed a water pact. The pact shares the river. Chile and Japan signed a trade deal. Egypt said boats would sail under the agreement.',
      [['a water pact', 'The pact', 'the agreement'], ['a trade deal']], 'a party named in the sentence picks its agreement'],
    ['Senegal and Chad sign river treaty\nSenegal and Chad signed a river treaty. The accord shares the water. The deal protects farmers.\nEgypt will propose a climate pact to Chad.\nChad let its fishing agreement with the EU expire.\nExperts said the pact was overdue.',
      [['river treaty', 'a river treaty', 'The accord', 'The deal', 'the pact'], ['a climate pact'], ['its fishing agreement']],
      'an agreement already called by two nouns any agreement goes by may be called by a third'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });
  const none: [string, string[][], string][] = [
    ['Chad and Sudan sign truce\nChad and Sudan signed a truce. The truce took effect at once. The truce holds.\nMediators proposed a peace accord.\nChad let its fishing agreement with the EU expire.\nMediators will draft the text of the accord.',
      [['truce', 'a truce', 'The truce', 'The truce'], ['a peace accord', 'the accord'], ['its fishing agreement']],
      'one known by a single name keeps "the accord" for the accord named before'],
    ['Kenya and China signed a currency swap. The EU did not see the Chinese swap as a threat.',
      [['a currency swap', 'the Chinese swap']], 'a party before the phrase that only comments on it does not make it another'],
    ['Chad and Egypt signed a truce in 2023. Chad and Egypt are negotiating a new ceasefire. Officials said the truce had failed.',
      [['a truce'], ['a new ceasefire', 'the truce']], 'without a date the latest agreement of its kind is meant'],
    ['Kenya and Egypt signed a water pact. The pact shares the river. Chile and Japan signed a trade deal. Officials said boats would sail under the agreement.',
      [['a water pact', 'The pact'], ['a trade deal', 'the agreement']], 'without a party named, the agreement just named'],
  ];
  it.each(none)('%j -> %j (%s)', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });
  it('keeps a reference back from adding parties to an agreement that has its two', () => {
    expect(agreements('Kenya and China signed a currency swap. The EU did not see the Chinese swap as a threat.')[0].parties).toEqual(['KE', 'CN']);
  });
  it('still lets it add a party to an agreement that lacks one', () => {
    expect(agreements('Kenya signed a water pact. The water pact with Egypt was ratified.')[0].parties).toEqual(['KE', 'EG']);
  });
});

describe('tagAgreements: an agreement with no parties of its own', () => {
  const rows: FactRow[] = [
    ['Italy and Ukraine sign security pact\nKenya and Egypt signed a memorandum on power. Officials said a supply contract for power would follow.', 2, { parties: ['KE', 'EG'] }, 'between the parties of the agreement named just before it in its paragraph'],
    ['Italy and Ukraine sign security pact\nKenya and Egypt signed a memorandum on power.\nOfficials said a supply contract for power would follow.', 2, { parties: ['IT', 'UA'] }, 'not across a paragraph: the main parties'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: what news need not say (bindingness by nature, presupposed agreements, well-known names)', () => {
  const rows: FactRow[] = [
    ['Italy and Ukraine signed a treaty.', 0, { legallyBinding: true }, 'a treaty binds by its nature'],
    ['The treaty is not legally binding.', 0, { legallyBinding: false }, 'what the text says wins over the nature of a treaty'],
    ['China said the quota infringed the General Agreement on Tariffs and Trade.', 0, { kind: 'trade', legallyBinding: true, status: 'signed', parties: [] },
      'a listed multilateral agreement: binding, concluded, and China named beside it is no party'],
    ['Russia withdrew from the CTBT.', 0, { parties: ['RU'], status: 'ended', legallyBinding: true }, 'a state the text has leave a multilateral treaty is its party'],
    ['Both sides invoked the U.N. Charter.', 0, { parties: ['UN'], legallyBinding: true }, 'the UN Charter: its party is the UN'],
    ['Canada and Chile praised the pact with Egypt.', 0, { status: 'signed' }, 'a definite agreement of its own with no word on status has been concluded'],
    ['Exporters welcomed the Multi-Fibre Agreement (MFA). The MFA pact curbs textile exports.', 0, { mentions: ['the Multi-Fibre Agreement', 'MFA', 'The MFA pact'] },
      'another name of a listed agreement is the same agreement'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Italy and Ukraine signed a trade deal.', 0, { legallyBinding: null }, 'a trade deal does not bind by its nature'],
    ['Canada and Chile talked about a deal.', 0, { status: null }, 'an indefinite agreement with no word on status is not presupposed'],
  ];
  expectFacts(none);
});

describe('tagAgreements: imagined agreements are none; sought ones are', () => {
  const none: [string, string][] = [
    ['a generic determiner', 'Officials said any deal must include Chile.'],
    ['"such" before the article', 'Such an agreement would help farmers.'],
    ['a hedging modifier', 'Leaders discussed a possible peace deal.'],
    ['a bad deal warned against', 'He warned against a bad deal.'],
    ['a bare deal in a condition, no state named', 'If a deal is reached, markets will rally.'],
    ['a bare deal after a modal, no state named', 'Lawmakers will try to block a deal.'],
  ];
  it.each(none)('%s: %j', (_, text) => {
    expect(agreements(text)).toEqual([]);
  });
  const rows: FactRow[] = [
    ['Japan and Chile will sign a deal.', 0, { status: 'proposed', parties: ['JP', 'CL'] }, 'sought between named states: an agreement, proposed'],
    ['Officials want a Kyoto-lite agreement.', 0, { mentions: ['a Kyoto-lite agreement'] }, 'told apart by its words: an agreement'],
    ['If Japan and Chile sign a pact, tariffs will fall.', 0, { status: 'proposed' }, 'a cue in a condition is a plan'],
    ['Canada and Chile praised the 2004 migration treaty known as the Safe Harbour Agreement.', 0,
      { mentions: ['the 2004 migration treaty', 'the Safe Harbour Agreement'] }, 'a name joins the description it names'],
  ];
  expectFacts(rows);
});

describe("tagAgreements: a state's financing deals", () => {
  const rows: FactRow[] = [
    ['Japan agreed to provide a bridge loan to Chile.', 0, { kind: 'finance', parties: ['JP', 'CL'] }, 'a fixed phrase: a bridge loan'],
    ["Creditors praised Chile's new financing package.", 0, { mentions: ['new financing package'], kind: 'finance' }, 'a financing package of a named state'],
    ['Kenya is paying less on its 20.2 billion dlr rescheduling.', 0, { mentions: ['its 20.2 billion dlr rescheduling'] }, 'a rescheduling told by its sum'],
  ];
  expectFacts(rows);
  const none: [string, string][] = [
    ['a loan with no state in its sentence', 'The firm will repay a $6 billion bridge loan by February.'],
    ['an institution named after loans', 'The Federal Home Loan Bank in Canada sold bonds.'],
    ['a package alone', 'Chile announced a package of measures.'],
  ];
  it.each(none)('%s: %j', (_, text) => {
    expect(agreements(text)).toEqual([]);
  });
});

describe('tagAgreements: status from the words of real copy', () => {
  // [text, which agreement, expected fields, reason, reference date]
  type Row = [string, number, Partial<ReturnType<typeof agreements>[number]>, string, string?];
  const rows: Row[] = [
    ['Kenya sells gas to Egypt under a transit deal.', 0, { status: 'signed' }, 'an agreement applied ("under") has been concluded'],
    ['China and Egypt began initialling an agreement on the border.', 0, { status: 'agreed' }, 'initialling agrees a text'],
    ['Japan wants a Kyoto-lite agreement with Chile.', 0, { status: 'proposed' }, 'a wished-for agreement is proposed'],
    ['Japan and Chile held talks on drawing up a new textile pact.', 0, { status: 'negotiating' }, '"drawing up": still negotiated'],
    ['Japan refused to sign the Kyoto Protocol.', 0, { status: 'signed' }, 'a well-known agreement exists; refusing to join it says nothing of that'],
    ['Quotas hold until the International Coffee Agreement expires in 1989.', 0, { status: 'signed' }, 'an ending still to come: in force', '1987-04-01'],
    ['Canada and Chile cited a 1984 agreement on fishing.', 0, { status: 'signed' }, 'an agreement dated in an earlier year exists', '1987-04-01'],
  ];
  it.each(rows)('%j #%d -> %j (%s)', (text, which, expected, _reason, referenceDate) => {
    expect(agreements(text, referenceDate ?? null)[which]).toMatchObject(expected);
  });
  const none: Row[] = [
    ['Under a deal, Kenya will buy bonds.', 0, { status: null }, 'a sentence that opens with "under" tells what a deal says, not that it applies'],
    ['Japan was ready to trade under a revised accord if Chile agreed.', 0, { status: 'proposed' }, 'no plain fact in a condition: "under" says nothing'],
    ['Canada and Chile cited a 1984 agreement on fishing.', 0, { status: null }, 'with no reference date, a year tells nothing of existence'],
  ];
  it.each(none)('%j #%d -> %j (%s)', (text, which, expected, _reason, referenceDate) => {
    expect(agreements(text, referenceDate ?? null)[which]).toMatchObject(expected);
  });
});

describe('tagAgreements: which agreement a phrase is, in real copy', () => {
  const rows: FactRow[] = [
    ['The Canadian-U.S. pact has yet to be approved.', 0, { mentions: ['The Canadian-U.S. pact'], parties: ['CA', 'US'] }, 'a full stop inside a word ends no sentence and no phrase'],
    ['Officials praised GATT. Israel and Canada marked a year of their bilateral accord.', 1, { mentions: ['their bilateral accord'], parties: ['IL', 'CA'] },
      'a bilateral accord is none of a treaty open to many; "their" owns it: the states named before it'],
    ['Venezuela, which is paying less, welcomed its 20.2 billion dlr rescheduling.', 0, { parties: ['VE'] }, '"its": the state named last before it'],
    ['Canada signed a pact with Chile. Japan signed a pact with Israel. The pact with Israel helps trade.', 1, { mentions: ['a pact', 'The pact'], parties: ['JP', 'IL'] },
      'a definite phrase naming a party of its own is none of a pact between others'],
  ];
  expectFacts(rows);
  it('a plural naming several states is none of them: "the Canadian and Israeli pacts"', () => {
    expect(agreements('Officials said the Canadian and Israeli pacts will help trade.')).toEqual([]);
    expect(agreements('He praised free trade agreements with Canada and Israel.')).toEqual([]);
  });
});

describe('tagAgreements: parties in real copy', () => {
  const rows: FactRow[] = [
    ['Russia signed a supply contract with Egypt. Israel and Japan objected to the deal.', 0, { parties: ['RU', 'EG'] }, 'states that only react to a deal are no parties'],
    ['Russia and the U.S. talked. The two former Cold War adversaries recently signed a nuclear treaty.', 0, { parties: ['RU', 'US'] },
      'a pair noun after a few modifiers ("the two former Cold War adversaries")'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: the second party of an agreement whose clause names one state', () => {
  const rows: FactRow[] = [
    ['Chile signed a deal with Kenya. It came after a similar agreement with Egypt and an accord between Kenya and Chad.', 1,
      { mentions: ['a similar agreement'], parties: ['EG', 'KE'] }, 'the state its clause names besides, the one the article names most'],
    ['Canada and Japan met in Canada. Canada seeks a pact. Japan agreed. Talks in Japan went on. Later the deal was signed.', 0,
      { parties: ['CA', 'JP'] }, 'else the state the article names most'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Kenya signed a bridge loan deal with creditors; Chile watched.', 0, { parties: ['KE'] }, 'a financing deal keeps its one party'],
    ['Russia withdrew from the CTBT; Chile watched.', 0, { parties: ['RU'] }, 'a treaty open to many keeps its one party'],
    ['Italy signed the pact after Russia invaded.', 0, { parties: ['IT'] }, 'a state in another clause is none'],
  ];
  expectFacts(none);
});

describe('tagAgreements: a name for the agreement just brought in, and words of a postmodifier', () => {
  const rows: FactRow[] = [
    ['Russia left an international nuclear treaty. The law withdraws Russia from the Comprehensive Nuclear Test Ban Treaty (CTBT).', 0,
      { mentions: ['an international nuclear treaty', 'the Comprehensive Nuclear Test Ban Treaty', 'CTBT'] }, 'the next name names the treaty just brought in'],
    ['Kenya signed a deal with Chile and follows an accord between Kenya and the Lisbon Club of lenders. The Lisbon Club debt agreement covers loans.', 1,
      { mentions: ['an accord', 'The Lisbon Club debt agreement'] }, 'a definite whose modifiers are words of an earlier postmodifier'],
  ];
  expectFacts(rows);
  it('a name does not take an agreement brought in three sentences before, nor one of another noun (negative)', () => {
    const far = agreements('Chile signed a treaty. Talks went on. Rain fell. Farmers waited. The Santiago Accord took effect.');
    expect(far.map((a) => a.mentions)).toEqual([['a treaty'], ['The Santiago Accord']]);
  });
});

describe('tagAgreements: linking verbs, nouns that restate, and conditions on presupposed agreements', () => {
  const rows: FactRow[] = [
    ['Chile signed an agreement. The agreement was the second multi-year debt refinancing for Chile.', 0,
      { mentions: ['an agreement', 'The agreement', 'the second multi-year debt refinancing'] }, 'what the agreement "was" is the agreement'],
    ['Chile won an agreement to reschedule its debt.', 0, { status: 'agreed' }, '"won" an agreement'],
    ['Canada and Japan amended an immigration deal.', 0, { status: 'agreed' }, 'an amended agreement exists'],
    ['The United States is seeking to reach a firm agreement with Chile.', 0, { status: 'proposed' }, 'sought: proposed'],
    ["Chile's new financing package pleased bankers. Chile pays less if banks sign up for the deal.", 0, { status: 'signed' },
      'a condition on joining a presupposed agreement says nothing of whether it exists'],
    ['Canada signed the Mexican accord.', 0, { status: 'signed' }, 'a definite phrase told apart by its words is presupposed'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Chile signed an agreement on debt. It was based on a protocol signed last year.', 1, { mentions: ['a protocol'] },
      'a protocol does not restate an agreement: another noun, not one any agreement goes by'],
  ];
  expectFacts(none);
  it('"seeking" speaks only of an agreement just after it (negative)', () => {
    expect(agreements('Bankers are seeking to calm the furore caused by the terms of the trade pact with Chile.')[0]?.status).not.toBe('proposed');
  });
});

describe('tagAgreements: whose a state name is, and blocs at the article\'s date', () => {
  const rows: FactRow[] = [
    ["U.S. bankers praised Chile's new financing package.", 0, { parties: ['CL'] }, 'a state before a common noun of people says whose they are, not a party'],
    ['Canada signed a deal on Japan tourism.', 0, { parties: ['CA', 'JP'] }, 'in the phrase\'s postmodifier a state stays (negative of the above)'],
  ];
  expectFacts(rows);
  // [text, which, expected, reason, reference date]
  type Row = [string, number, Partial<ReturnType<typeof agreements>[number]>, string, string];
  const dated: Row[] = [
    ['The EU and Britain signed a treaty.', 0, { parties: ['EU'] }, 'in 2005 Britain was a member: the EU stands for it', '2005-01-26'],
    ['The EU and Britain signed a treaty.', 0, { parties: ['EU', 'GB'] }, 'after 2020 Britain is a party of its own', '2023-05-01'],
  ];
  it.each(dated)('%j #%d -> %j (%s)', (text, which, expected, _reason, referenceDate) => {
    expect(agreements(text, referenceDate)[which]).toMatchObject(expected);
  });
});

describe('tagAgreements: more status words of real copy', () => {
  const rows: FactRow[] = [
    ['Officials said it was an agreement in principle between Chile and Japan.', 0, { status: 'agreed' }, 'an agreement in principle is agreed'],
    ['The IMF showed confidence in Chile by approving a new financing arrangement for it.', 0, { status: 'agreed' }, '"approving" it'],
    ['Canada and Chile opened negotiations to modernize the Santiago Treaty.', 0, { status: 'signed' }, 'only an agreement that exists is modernized'],
  ];
  expectFacts(rows);
  const none: FactRow[] = [
    ['Canada and Chile opened negotiations on the Santiago Treaty.', 0, { status: 'negotiating' }, 'talks on a treaty, not on changing one'],
  ];
  expectFacts(none);
});

describe('tagAgreements: parties from pronouns, places and non-state counterparts', () => {
  const rows: FactRow[] = [
    ['Canada and Chile have been negotiating since 2018 to modernize the Santiago Treaty.', 0, { parties: ['CA', 'CL'] },
      '"since 2018 to modernize": a preposition before an infinitive opens no clause'],
    ['Chile has refinanced its debt since 1983. In 1985, it signed a deal with the banks.', 0, { parties: ['CL'] },
      '"it signed": the state the sentence before is about'],
    ['Washington and the Taliban held talks on an agreement for troops to begin leaving Kenya. Kenya, Kenya and Kenya watched.', 0, { parties: ['US'] },
      'a state named as where troops go is no party, nor is the second party completed when a non-state counterpart is named'],
    ['The Taliban and Washington held talks on an agreement for troops to begin leaving Kenya. Kenya, Kenya and Kenya watched.', 0, { parties: ['US'] },
      'the non-state counterpart named first'],
    ['The Taliban and the U.S. held talks on an agreement for troops to begin leaving Kenya. Kenya, Kenya and Kenya watched.', 0, { parties: ['US'] },
      'the non-state counterpart named first, "the" before the state'],
    ['Officials from Saudi Arabia and the U.S. discussed an agreement for troops to leave. Kenya, Kenya and Kenya watched.', 0, { parties: ['US', 'KE'] },
      '"Arabia" is the last word of a state, no non-state counterpart: the second party is filled in as usual (here the article\'s other state)'],
    ['Russia signed a $1 billion contract in 1995. Russia refused to ship arms under a 2007 contract with Egypt.', 1, { mentions: ['a 2007 contract'] },
      'a contract dated otherwise does not restate the last one'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: a month is no modal, and a neighbour lends its one party', () => {
  const rows: FactRow[] = [
    ['Chile signed a refinancing deal, based on a protocol signed last May.', 1, { mentions: ['a protocol'], parties: ['CL'] },
      '"last May" is a month; a party-less agreement just after another in its paragraph is between its parties'],
  ];
  expectFacts(rows);
});

describe('tagAgreements: parties as news gives them', () => {
  const rows: FactRow[] = [
    ['The EC signed a trade deal with Argentina.', 0, { parties: ['EU', 'AR'] }, 'the European Community is the EU'],
    ['Talks went on between Chile and Peru. The deal between the two countries was signed.', 0, { parties: ['CL', 'PE'] },
      '"the deal between the two countries": the pair in the phrase\'s own postmodifier'],
  ];
  expectFacts(rows);
});
