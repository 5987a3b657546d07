import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { tagCountries } from '../../src/stages/tag-countries.js';
import { tagPeople } from '../../src/stages/tag-people.js';

const read = (text: string): Doc => splitSentences(normalizeText(createDoc('t', text), {}), {});
const tag = (text: string): Doc => tagCountries(read(text), {});
/** The country mentions when the people stage has run first, as in the pipeline. */
const countriesAfterPeople = (text: string): string[] =>
  tagCountries(tagPeople(read(text), {}), {}).mentions.filter((m) => m.kind === 'country').map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
/** The country mentions of a text as "span=CODE/form". */
const countries = (text: string): string[] =>
  tag(text).mentions.filter((m) => m.kind === 'country').map((m) => `${text.slice(m.start, m.end)}=${m.entity}/${m.form}`);
const organizations = (text: string): string[] =>
  tag(text).mentions.filter((m) => m.kind === 'organization').map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);

describe('tagCountries: country mentions', () => {
  const rows: [string, string[], string][] = [
    ['Italy signed the pact.', ['Italy=IT/name'], 'a plain name'],
    ['Talks with the United Arab Emirates resumed.', ['United Arab Emirates=AE/name'], '"the" stays out of the span'],
    ["Côte d'Ivoire and the Democratic Republic of the Congo agreed.", ["Côte d'Ivoire=CI/name", 'Democratic Republic of the Congo=CD/name'], 'names with apostrophes and "of the"'],
    ['Ukraine\u2019s army and Ukraine\'s navy held.', ['Ukraine=UA/name', 'Ukraine=UA/name'], 'possessives stay out of the span'],
    ['He flew to Ukraine.', ['Ukraine=UA/name'], 'trailing punctuation stays out'],
    ['Senegal River talks: Senegal and Mauritania met. Kenya Airways flew Kenya Defence officials.', ['Senegal=SN/name', 'Mauritania=MR/name', 'Kenya=KE/name'], 'a river takes its country word; a country before a body stays'],
    ['Papua New Guinea, Equatorial Guinea and Guinea met.', ['Papua New Guinea=PG/name', 'Equatorial Guinea=GQ/name', 'Guinea=GN/name'], 'the longest name wins'],
    ['South Sudan split from Sudan; North Korea and South Korea talked.', ['South Sudan=SS/name', 'Sudan=SD/name', 'North Korea=KP/name', 'South Korea=KR/name'], 'compass names'],
    ['Bosnia and Herzegovina and Trinidad and Tobago voted.', ['Bosnia and Herzegovina=BA/name', 'Trinidad and Tobago=TT/name'], 'names with "and"'],
    ['The U.S. and the UK back the UAE, said America and Britain.', ['U.S.=US/alias', 'UK=GB/alias', 'UAE=AE/alias', 'America=US/alias', 'Britain=GB/alias'], 'aliases'],
    ['The US and the USA are one.', ['US=US/alias', 'USA=US/alias'], 'US and USA'],
    ['Holland, Türkiye, Turkey and Burma.', ['Holland=NL/alias', 'Türkiye=TR/alias', 'Turkey=TR/name', 'Burma=MM/alias'], 'older and other names'],
    ['Italian and Ukrainian officials met Emirati and Saudi envoys.', ['Italian=IT/demonym', 'Ukrainian=UA/demonym', 'Emirati=AE/demonym', 'Saudi=SA/demonym'], 'demonyms'],
    ['Ukrainians and South Korean firms.', ['Ukrainians=UA/demonym', 'South Korean=KR/demonym'], 'plural and two-word demonyms'],
    ['Kyiv said it agreed; Kiev had said so too.', ['Kyiv=UA/capital', 'Kiev=UA/capital'], 'a capital standing for its government'],
    ['Washington and Beijing traded barbs while Canberra and Seoul watched.', ['Washington=US/capital', 'Beijing=CN/capital', 'Canberra=AU/capital', 'Seoul=KR/capital'], 'capitals as governments, coordinated'],
    ['It ended the Soviet Union, Yugoslavia and Czechoslovakia.', ['Soviet Union=SU/name', 'Yugoslavia=YU/name', 'Czechoslovakia=CS/name'], 'historical states'],
    ['U.S. troops left at dawn. In the U.S.', ['U.S.=US/alias', 'U.S.=US/alias'], 'a sentence-final "U.S." keeps its own period'],
    ['Pact with Congo\nTokyo courts Seoul', ['Congo=CD/alias', 'Tokyo=JP/capital', 'Seoul=KR/capital'], 'headline lines'],
    ['Poland Defies European Commission Over Courts\nThe court ruled on Monday.', ['Poland=PL/name'], 'a verb ends a body\'s name: the country before it stays'],
    ['France Rejects European Union Proposal\nMinisters met on Monday.', ['France=FR/name'], 'the same before "Union"'],
    ['Protests grew in Tbilisi, Georgia, on Monday.', ['Georgia=GE/name'], 'Georgia the country; its capital as a place'],
    ['Talks between Jordan and Chad began.', ['Jordan=JO/name', 'Chad=TD/name'], 'Jordan and Chad the countries'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it('fills doc.countries once per country, with its common name', () => {
    const doc = tag('Italy and Italians; Rome said the U.S. and America agreed.');
    expect(doc.countries).toEqual([
      { id: 'IT', code: 'IT', name: 'Italy' },
      { id: 'US', code: 'US', name: 'United States' },
    ]);
    expect(doc.mentions.every((m) => m.priority === 3)).toBe(true);
  });

  it('keeps mentions other stages proposed', () => {
    const base = splitSentences(normalizeText(createDoc('t', 'Italy agreed.'), {}), {});
    const doc = tagCountries({ ...base, mentions: [{ kind: 'date', start: 0, end: 1, entity: 'd', priority: 4 }] }, {});
    expect(doc.mentions.map((m) => m.kind)).toEqual(['date', 'country']);
  });
});

describe('tagCountries: the state a word names at the article\'s date', () => {
  const at = (text: string, referenceDate: string | null) =>
    tagCountries({ ...read(text), referenceDate }, {}).mentions.filter((m) => m.kind === 'country').map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
  const rows: [string, string | null, string[], string][] = [
    ['Moscow and the Russians agreed with Belgrade and Prague.', '1987-03-31', ['Moscow=SU', 'Russians=SU', 'Belgrade=YU', 'Prague=CS'], 'before the unions broke up'],
    ['Moscow and the Russians agreed with Belgrade and Prague.', '2023-04-03', ['Moscow=RU', 'Russians=RU', 'Belgrade=RS', 'Prague=CZ'], 'after (negative)'],
    ['Moscow and the Russians agreed.', null, ['Moscow=RU', 'Russians=RU'], 'no date: today\'s states (negative)'],
    ['Russia signed.', '1987-03-31', ['Russia=RU'], 'a name stays what it says (negative)'],
    ['Hong Kong returns under a Sino-British agreement; the Ecuadorean embassy shut.', null, ['Sino=CN', 'British=GB', 'Ecuadorean=EC'], 'Sino- is Chinese; more demonyms'],
  ];
  it.each(rows)('%j at %s -> %j (%s)', (text, referenceDate, expected) => {
    expect(at(text, referenceDate)).toEqual(expected);
  });
});

describe('tagCountries: not countries', () => {
  const negatives: [string, string][] = [
    ['Trade with Latin America and South America grew.', 'continents and regions'],
    ['Ships crossed the Indian Ocean.', 'an ocean named after a country'],
    ['She moved from New Mexico to New Jersey.', 'US states named after countries'],
    ['He lives in Atlanta, Georgia, with his family.', 'Georgia the US state'],
    ['The state of Georgia passed the bill.', 'Georgia the US state, by "state of"'],
    ['Michael Jordan scored again.', 'Jordan the person'],
    ['Pilgrims waded into the Jordan River.', 'Jordan the river'],
    ['Chad Hurley founded the company.', 'Chad the person'],
    ['We ate turkey and chad.', 'lower-case words'],
    ['Leaders hailed the Paris Agreement.', 'the Paris Agreement'],
    ['George Washington crossed the river.', 'Washington the person'],
    ['Rain hit Washington state.', 'Washington the state'],
    ['An American Indian tribe sued.', 'American Indian'],
    ['She studied at Columbia University.', 'Columbia the university'],
    ['Reserve Bank of India raised rates.', 'a country inside an institution name'],
    ['The U.S. International Trade Commission ruled on steel; the Australian Trade Commission agreed.', 'a country word opening a commission\'s name'],
    ['Riots erupted in Northern Ireland.', 'a region, not a country'],
    ['Delegates met in Hanoi and Jakarta on Monday.', 'capitals as places, not governments'],
    ['TOKYO - The pact took effect.', 'a dateline capital'],
    ['Talks resumed at the Ibero-American summit.', 'Ibero-American is not the US'],
    ['Fishermen on the Senegal River and the Gambia River protested.', 'a river named after a country'],
    ['Protests in Hong Kong, Macao and Puerto Rico grew.', 'territories governed by another state'],
    ['Shares of British Petroleum and American Express rose.', 'a company named after a country'],
    ['Agence France-Presse and Voice of America reported it; Air India cancelled flights.', 'news agencies, broadcasters and airlines named after a country'],
  ];
  it.each(negatives)('no country in %j (%s)', (text) => {
    expect(countries(text)).toEqual([]);
  });
});

describe('tagCountries: not countries inside a person\'s name', () => {
  const rows: [string, string[], string][] = [
    ['Chad al-Hussein, a banker, met the envoy from Chad.', ['Chad=TD'], 'inside a person mention only; the country after it stays'],
    ['President Ali Khan met Chad al-Hussein, a banker, in Chad. Chad al-Hussein left Jordan.', ['Chad=TD', 'Jordan=JO'], 'among several person mentions'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(countriesAfterPeople(text)).toEqual(expected);
  });
});

describe('tagCountries: blocs', () => {
  const rows: [string, string[], string][] = [
    ['The EC and the European Community are the EU of before 1993.', ['EC=EU', 'European Community=EU', 'EU=EU'], 'the EU\'s former names'],
    ['The European Union and the EU agreed.', ['European Union=EU', 'EU=EU'], 'name and abbreviation'],
    ['NATO, the G7, the Group of Seven and the G20 met.', ['NATO=NATO', 'G7=G7', 'Group of Seven=G7', 'G20=G20'], 'alliances and groups'],
    ['The United Nations and the U.N. and the African Union.', ['United Nations=UN', 'U.N.=UN', 'African Union=AU'], 'the UN and the AU'],
    ['ASEAN, Mercosur, the Gulf Cooperation Council, the GCC and OPEC.', ['ASEAN=ASEAN', 'Mercosur=MERCOSUR', 'Gulf Cooperation Council=GCC', 'GCC=GCC', 'OPEC=OPEC'], 'trade and oil blocs'],
  ];
  it.each(rows)('%j -> %j (%s)', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it('fills doc.organizations with codes and members', () => {
    const doc = tag('The GCC and the European Union met.');
    const gcc = doc.organizations.find((o) => o.id === 'GCC');
    expect(gcc).toMatchObject({ name: 'Gulf Cooperation Council', code: 'GCC' });
    expect(gcc?.members).toEqual(expect.arrayContaining(['SA', 'AE', 'QA', 'KW', 'BH', 'OM']));
    expect(doc.organizations.find((o) => o.id === 'EU')?.members).toHaveLength(27);
  });

  it('does not tag the European Parliament as a bloc', () => {
    expect(organizations('The European Parliament voted.')).toEqual([]);
  });
});

describe('tagCountries: speed', () => {
  it('scans 100 KB of repeated capitalised phrases quickly', () => {
    const text = 'United States of America Democratic Republic of the Bosnia and '.repeat(1600);
    const doc = splitSentences(normalizeText(createDoc('t', text), {}), {});
    const t0 = performance.now();
    tagCountries(doc, {});
    expect(performance.now() - t0).toBeLessThan(1500); // linear: a quadratic scan takes many seconds here
  });

  // Article-wide checks (is this the US state? is this word inside a person's name?) are read once per
  // article, not once per hit: per hit, 200 KB of these took over a second in the stage, 800 KB 8 s.
  const long: [string, string][] = [
    ['every hit a "Georgia"', 'Officials met in Georgia today. '],
    ['every hit a person-like country word', 'Chad said. '],
    ['person-like country words among many person mentions', 'President Chad Smith met Chad. '],
  ];
  // The stage's time on 200 KB against its time on 100 KB of the same text, measured back to back (so a busy
  // machine slows both): linear doubles it, per-hit article scans (quadratic) made it four times or more.
  const stageTime = (text: string) => {
    const doc = tagPeople(read(text), {});
    const t0 = performance.now();
    const tagged = tagCountries(doc, {});
    const ms = performance.now() - t0;
    expect(tagged.mentions.some((m) => m.kind === 'country')).toBe(true);
    return ms;
  };
  it.each(long)('stays linear on 200 KB: %s', (_, unit) => {
    const text = (size: number) => unit.repeat(Math.ceil(size / unit.length));
    stageTime(text(20_000)); // warm up
    const half = stageTime(text(100_000));
    const whole = stageTime(text(200_000));
    expect(whole).toBeLessThan(3000);
    expect(whole).toBeLessThan(3 * half + 50);
  });
});
