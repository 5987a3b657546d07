import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { normalizeText } from '../../src/stages/normalize-text.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { tagPeople } from '../../src/stages/tag-people.js';

/** The people the stage proposes, each with the text of its mentions (in text order). */
function people(text: string) {
  const doc = tagPeople(splitSentences(normalizeText(createDoc('t', text), {}), {}), {});
  return doc.people.map((p) => ({
    ...p,
    mentions: doc.mentions
      .filter((m) => m.kind === 'person' && m.entity === p.id)
      .sort((a, b) => a.start - b.start)
      .map((m) => text.slice(m.start, m.end)),
  }));
}

interface Expected {
  name: string;
  mentions: string[];
  titles?: string[];
  country?: string;
}

describe('tagPeople: names, mentions, titles and countries', () => {
  const rows: [string, string, Expected[]][] = [
    ['a demonym and a title before the name; a later surname',
      'Ukrainian President Volodymyr Zelensky thanked Italy on Monday. Zelensky said the deal mattered.',
      [{ name: 'Volodymyr Zelensky', mentions: ['Volodymyr Zelensky', 'Zelensky'], titles: ['President'], country: 'UA' }]],
    ['a two-word office', 'Italian Foreign Minister Antonio Tajani spoke to parliament on Friday.',
      [{ name: 'Antonio Tajani', mentions: ['Antonio Tajani'], titles: ['Foreign Minister'], country: 'IT' }]],
    ['title plus surname: the mention is the surname; a possessive is left out',
      'President Zelensky met the envoy. President Zelensky\'s office later confirmed the talks.',
      [{ name: 'Zelensky', mentions: ['Zelensky', 'Zelensky'], titles: ['President'] }]],
    ['"Country\'s title, Honorific Name," with particles and a later part of the name',
      "Qatar's Foreign Minister, Sheikh Khalid bin Abdulrahman Al-Nasser, said talks would go on. Al-Nasser left on Tuesday.",
      [{ name: 'Khalid bin Abdulrahman Al-Nasser', mentions: ['Khalid bin Abdulrahman Al-Nasser', 'Al-Nasser'], titles: ['Sheikh', 'Foreign Minister'], country: 'QA' }]],
    ['lower-case particles, and a capitalised particle at a sentence start',
      'Ursula von der Leyen told reporters the bloc was ready. Von der Leyen smiled.',
      [{ name: 'Ursula von der Leyen', mentions: ['Ursula von der Leyen', 'Von der Leyen'] }]],
    ['an initial, and a suffix after the name',
      'George W. Bush said a speech by Martin Luther King Jr. still moved him.',
      [{ name: 'George W. Bush', mentions: ['George W. Bush'] }, { name: 'Martin Luther King Jr.', mentions: ['Martin Luther King Jr.'] }]],
    ['a hyphenated given name and an apposition with a role',
      'Mei-Lin Zhou, a researcher at the University of Hong Kong, said the talks had stalled. Zhou expects delays.',
      [{ name: 'Mei-Lin Zhou', mentions: ['Mei-Lin Zhou', 'Zhou'], titles: ['researcher'] }]],
    ['accents, and an apposition naming the country',
      "Tomás Echeverría, Uruguay's chief negotiator, said farmers were worried. Echeverría left early.",
      [{ name: 'Tomás Echeverría', mentions: ['Tomás Echeverría', 'Echeverría'], titles: ['negotiator'], country: 'UY' }]],
    ['a lower-case role before the name; spokesman is normalized',
      'Foreign ministry spokesman Lin Jian told reporters the visit was useful.',
      [{ name: 'Lin Jian', mentions: ['Lin Jian'], titles: ['spokesperson'] }]],
    ['a demonym and a role before the name', 'German striker Thomas Mayer scored twice on Saturday.',
      [{ name: 'Thomas Mayer', mentions: ['Thomas Mayer'], titles: ['striker'], country: 'DE' }]],
    ['an unknown two-word name before a verb of saying', 'Gurbanmyrat Orazov said the pipeline would open next year.',
      [{ name: 'Gurbanmyrat Orazov', mentions: ['Gurbanmyrat Orazov'] }]],
    ['"Secretary of State" before the name', 'Secretary of State Marco Rubio arrived in Riyadh.',
      [{ name: 'Marco Rubio', mentions: ['Marco Rubio'], titles: ['Secretary of State'] }]],
    ['a month as a surname after a given name; not "May I"',
      'Former Prime Minister Theresa May urged calm. May said the vote mattered. "May I add something?" a reporter asked.',
      [{ name: 'Theresa May', mentions: ['Theresa May', 'May'], titles: ['Prime Minister'] }]],
    ['the headline mentions a person named in the body; the dateline does not',
      'Zelensky Thanks Italy For Support\nKYIV - Ukrainian President Volodymyr Zelensky thanked Italy.',
      [{ name: 'Volodymyr Zelensky', mentions: ['Zelensky', 'Volodymyr Zelensky'], titles: ['President'], country: 'UA' }]],
    ['two people, ids in order of first mention',
      'Prime Minister Mark Carney met Chancellor Friedrich Merz. Merz thanked Carney.',
      [{ name: 'Mark Carney', mentions: ['Mark Carney', 'Carney'] }, { name: 'Friedrich Merz', mentions: ['Friedrich Merz', 'Merz'] }]],
    ['a name written family name first: the later mention is the family name',
      'South Korean Vice Defence Minister Park Ji-hoon said Seoul agreed. Park noted the pact.',
      [{ name: 'Park Ji-hoon', mentions: ['Park Ji-hoon', 'Park'], country: 'KR' }]],
    ['an Ethiopian is referred to by the given name; the father\'s name alone is no mention',
      'Ethiopian Foreign Minister Gedion Timothewos arrived. Gedion said talks would go on. Timothewos is a common name.',
      [{ name: 'Gedion Timothewos', mentions: ['Gedion Timothewos', 'Gedion'], country: 'ET' }]],
    ['a country before the lower-case field of an office', 'Kenyan central bank Governor Amina Odhiambo spoke.',
      [{ name: 'Amina Odhiambo', mentions: ['Amina Odhiambo'], titles: ['Governor'], country: 'KE' }]],
    ['an office with a long field before a comma', "Chile's Minister of Fisheries and Maritime Affairs, Tomás Rojas, spoke.",
      [{ name: 'Tomás Rojas', mentions: ['Tomás Rojas'], country: 'CL' }]],
    ['an apposition with an occupation and a nationality', 'Lena Haugen, a Norwegian marine biologist, said stocks fell.',
      [{ name: 'Lena Haugen', mentions: ['Lena Haugen'], titles: ['biologist'], country: 'NO' }]],
    ['a hyphenated two-syllable given name comes after the family name', 'Minister of Trade, Industry and Energy, Lee Jae-won, spoke. Lee said so.',
      [{ name: 'Lee Jae-won', mentions: ['Lee Jae-won', 'Lee'] }]],
    ['a Malay name: the later mention is the given name', 'Malaysian Foreign Minister Hamid Zainal Abidin arrived. Hamid said talks went well.',
      [{ name: 'Hamid Zainal Abidin', mentions: ['Hamid Zainal Abidin', 'Hamid'], country: 'MY' }]],
    ['a double surname: the later mention is its first part',
      "Tomás Echeverría Ruiz, Uruguay's chief negotiator, said so. Echeverría noted it.",
      [{ name: 'Tomás Echeverría Ruiz', mentions: ['Tomás Echeverría Ruiz', 'Echeverría'] }]],
    ['a given name before a surname that is also a place', 'U.S. envoy John Bolton said there was no incident. Bolton left.',
      [{ name: 'John Bolton', mentions: ['John Bolton', 'Bolton'] }]],
    ['a month used as a given name', 'The top humanitarian official Jan Egeland fled the camp.',
      [{ name: 'Jan Egeland', mentions: ['Jan Egeland'] }]],
    ['a name that leads an administration is a mention', 'Officials say the Obama administration is divided.',
      [{ name: 'Obama', mentions: ['Obama'] }]],
    ['"Prophet" is a form of address', 'Cartoons depicting the Prophet Muhammad drew protests.',
      [{ name: 'Muhammad', mentions: ['Muhammad'], titles: ['Prophet'] }]],
    ['a compound adjective is not part of the name', 'The Egyptian-born Ayman Zawahiri said the talks failed.',
      [{ name: 'Ayman Zawahiri', mentions: ['Ayman Zawahiri'] }]],
    ['a hyphen written for a dash ends the name; two-letter syllables stay', 'Officials named Ivan Cermak-with two others. Moon Jae-in and Kim Jong-un met.',
      [{ name: 'Ivan Cermak', mentions: ['Ivan Cermak'] }, { name: 'Moon Jae-in', mentions: ['Moon Jae-in'] }, { name: 'Kim Jong-un', mentions: ['Kim Jong-un'] }]],
    ['an apposition ending the text, "at" after its title: the words looked at for a country stop at the end',
      '"No deals," said Michael Durante, analyst at McDonald & Co.',
      [{ name: 'Michael Durante', mentions: ['Michael Durante'], titles: ['analyst'] }]],
    ['a seeding number joined to a name by a hyphen is not part of it',
      'In the final, 4-Pedro Alvarado beat 7-Tomas Lindqvist in three sets.',
      [{ name: 'Pedro Alvarado', mentions: ['Pedro Alvarado'] }, { name: 'Tomas Lindqvist', mentions: ['Tomas Lindqvist'] }]],
    ['a team\'s country joined to the first name of its line-up by a hyphen is not part of it',
      'Chile-Pedro Alvarado (captain), Luis Fuentes, Jorge Rivas.',
      [{ name: 'Pedro Alvarado', mentions: ['Pedro Alvarado'] }, { name: 'Luis Fuentes', mentions: ['Luis Fuentes'] }, { name: 'Jorge Rivas', mentions: ['Jorge Rivas'] }]],
    ['initials written together open a name; the surname alone later is the same person',
      'J.R. Whitcombe, a director at the fund, said returns fell. Whitcombe left early.',
      [{ name: 'J.R. Whitcombe', mentions: ['J.R. Whitcombe', 'Whitcombe'] }]],
    ['an initial before a capitalised word is a name, in a scorecard too',
      'Batting: P. Dalby 54, K. Orme 31 not out.',
      [{ name: 'P. Dalby', mentions: ['P. Dalby'] }, { name: 'K. Orme', mentions: ['K. Orme'] }]],
    ['a middle initial without its dot; a degree after the name is not part of it',
      'George W Bush spoke to Helen T. Marsh M.D. on Monday.',
      [{ name: 'George W Bush', mentions: ['George W Bush'] }, { name: 'Helen T. Marsh', mentions: ['Helen T. Marsh'] }]],
    ['a degree closes a name: two signatures on one line are two people',
      'Signed: Arthur P. Lang M.D. Ruth E. Kim M.D.',
      [{ name: 'Arthur P. Lang', mentions: ['Arthur P. Lang'] }, { name: 'Ruth E. Kim', mentions: ['Ruth E. Kim'] }]],
    ['a surname also used for a company: the company\'s name and the company are no mentions',
      'Profits at H.L. Brandt & Co. rose. Mr. Brandt of the firm agreed.',
      [{ name: 'Brandt', mentions: ['Brandt'], titles: ['Mr.'] }]],
    ['a title after a company\'s name in the same run goes with the name after it',
      'Halden Oil Corp. Chairman Peter Voss said profits rose.',
      [{ name: 'Peter Voss', mentions: ['Peter Voss'], titles: ['Chairman'] }]],
    ['a name after a noun for an organization is its; not when the name founds it', 'Jim Ortega, an analyst with stockbroker Hollis Trent in London, agreed. The firm Mary Lowe founded in 1990 grew.',
      [{ name: 'Jim Ortega', mentions: ['Jim Ortega'] }, { name: 'Mary Lowe', mentions: ['Mary Lowe'] }]],
    ['a verb of saying before a name with a common word', '"It is odd," says Miles Barth of the museum. Chad Myers said rain would fall.',
      [{ name: 'Miles Barth', mentions: ['Miles Barth'] }, { name: 'Chad Myers', mentions: ['Chad Myers'] }]],
    ['a capitalised function word after a name is its last part', 'Chinese vice-premier Liu He said talks went well. Liu added more.',
      [{ name: 'Liu He', mentions: ['Liu He', 'Liu'], titles: ['Vice Premier'], country: 'CN' }]],
    ['a capitalised particle inside a name; a lower-case particle after initials and opening a later mention',
      'Commissioner Willy De Clercq met President F.W. de Klerk. De Klerk spoke. Later de Klerk left.',
      [{ name: 'Willy De Clercq', mentions: ['Willy De Clercq'] }, { name: 'F.W. de Klerk', mentions: ['F.W. de Klerk', 'De Klerk', 'de Klerk'] }]],
    ['a title that is also a given name, after an office', 'Pakistan foreign minister Shah Mahmood Qureshi said so. Qureshi left.',
      [{ name: 'Shah Mahmood Qureshi', mentions: ['Shah Mahmood Qureshi', 'Qureshi'], titles: ['Foreign Minister'], country: 'PK' }]],
    ['the same title before a name with no office is a title', 'Shah Reza Pahlavi fled.',
      [{ name: 'Reza Pahlavi', mentions: ['Reza Pahlavi'], titles: ['Shah'] }]],
    ['a given name alone after the full name', 'Elena Varga, a nurse, said she was tired. Elena had worked for years.',
      [{ name: 'Elena Varga', mentions: ['Elena Varga', 'Elena'] }]],
    ['a relation before a comma names a family member by the given name alone; a relation is no title',
      'They included the father, Ravi Patel, 50; mother, Dakshaben, 45; and daughter, Vidhi.',
      [{ name: 'Ravi Patel', mentions: ['Ravi Patel'], titles: [] }, { name: 'Dakshaben', mentions: ['Dakshaben'], titles: [] }, { name: 'Vidhi', mentions: ['Vidhi'], titles: [] }]],
    ['"Father" written with the name is a priest\'s form of address', 'Father Emanuel Tencaliuc led the service.',
      [{ name: 'Emanuel Tencaliuc', mentions: ['Emanuel Tencaliuc'], titles: ['Father'] }]],
    ['a capitalised role before a known given name is not part of the name', 'Aerospace Writer Marcia Dunn contributed. Crewman Sean Powell was rescued.',
      [{ name: 'Marcia Dunn', mentions: ['Marcia Dunn'], titles: ['writer'] }, { name: 'Sean Powell', mentions: ['Sean Powell'], titles: ['crewman'] }]],
    ['"Comrade" is a form of address', 'Comrade Enlai Zhou spoke.',
      [{ name: 'Enlai Zhou', mentions: ['Enlai Zhou'], titles: ['Comrade'] }]],
    ['a name that leads a regime or, after "the", an era', 'Critics fled the Karimov regime. The Ortega years were hard.',
      [{ name: 'Karimov', mentions: ['Karimov'] }, { name: 'Ortega', mentions: ['Ortega'] }]],
    ['a nickname in brackets or quotes inside a name is part of it',
      'Police named Elena (Lena) Rusu Marin and Carlos "The Jackal" Ortiz. Ortiz fled.',
      [{ name: 'Elena (Lena) Rusu Marin', mentions: ['Elena (Lena) Rusu Marin'] }, { name: 'Carlos "The Jackal" Ortiz', mentions: ['Carlos "The Jackal" Ortiz', 'Ortiz'] }]],
    ['a country in brackets after a name is no nickname', '1. Olaf Berg (Germany) Telekom 4 hours',
      [{ name: 'Olaf Berg', mentions: ['Olaf Berg'] }]],
    ['a known name written in capitals, as headlines do, is a mention; a common word in capitals is not',
      'TENNIS-KOVAC BEATS YOUNG RIVAL.\nPetra Kovac beat Ann Young on Friday. Kovac said so.',
      [{ name: 'Petra Kovac', mentions: ['KOVAC', 'Petra Kovac', 'Kovac'] }, { name: 'Ann Young', mentions: ['Ann Young'] }]],
    ['an office\'s field of several words after "of"', 'Deputy Director of Public Prosecution Eva-Marie Lind took the decision.',
      [{ name: 'Eva-Marie Lind', mentions: ['Eva-Marie Lind'], titles: ['Deputy Director of Public Prosecution'] }]],
    ['a pronoun and its verb in one token are no part of a name', "I'm Holly Brandt, reporting from the scene.",
      [{ name: 'Holly Brandt', mentions: ['Holly Brandt'] }]],
    ['a name after "the" that opens with a known given name', 'A hearing in the Scott Ferris case starts today.',
      [{ name: 'Scott Ferris', mentions: ['Scott Ferris'] }]],
    ['a family name that is also a thing\'s, after a given name and a title or an apposition',
      'Trade Representative Carla Hills spoke. Laurie Law, an analyst at the bank, agreed.',
      [{ name: 'Carla Hills', mentions: ['Carla Hills'], titles: ['Trade Representative'] }, { name: 'Laurie Law', mentions: ['Laurie Law'], titles: ['analyst'] }]],
    ['an initial opening a line is no common word', 'Batting\nM. Dalby run out 9\nK. Orme not out 31',
      [{ name: 'M. Dalby', mentions: ['M. Dalby'] }, { name: 'K. Orme', mentions: ['K. Orme'] }]],
    ['a family name that is also a thing\'s, after an initial', 'Bowling: S. Law 2-0-23-0.',
      [{ name: 'S. Law', mentions: ['S. Law'] }]],
    ['a headline in sentence case is read as text: a byline with reporters in the plural',
      'Wire News Agency, Harbin, March 3rd, by reporters Lan Wei and Dongming Tao\nThe zone grew fast.',
      [{ name: 'Lan Wei', mentions: ['Lan Wei'], titles: ['reporter'] }, { name: 'Dongming Tao', mentions: ['Dongming Tao'] }]],
    ['"Dean" before a family name alone, or after an office, is a given name; before a full name, a title',
      'Dean Headley took three wickets. Secretary of State Dean Acheson spoke. Dean John Smith of the law school agreed.',
      [{ name: 'Dean Headley', mentions: ['Dean Headley'], titles: [] }, { name: 'Dean Acheson', mentions: ['Dean Acheson'], titles: ['Secretary of State'] }, { name: 'John Smith', mentions: ['John Smith'], titles: ['Dean'] }]],
    ['a headline surname before the full name',
      'Peterson Weighs In\nJordan Peterson, a psychologist, said the talks were odd.',
      [{ name: 'Jordan Peterson', mentions: ['Peterson', 'Jordan Peterson'] }]],
  ];
  it.each(rows)('%s', (_, text, expected) => {
    const found = people(text);
    expect(found.map((p) => ({ name: p.name, mentions: p.mentions }))).toEqual(expected.map((e) => ({ name: e.name, mentions: e.mentions })));
    found.forEach((p, i) => {
      expect(p.id).toBe(`person-${i + 1}`);
      if (expected[i].titles) expect(p.titles).toEqual(expected[i].titles);
      if (expected[i].country) expect(p.country).toBe(expected[i].country);
    });
  });

  const leaders: [string, string, string | undefined, string][] = [
    ['President Reagan spoke to reporters.', 'Reagan', 'US', 'a listed head of state, by family name after a head\'s title'],
    ['Tony Blair is pressing the US on climate.', 'Tony Blair', 'GB', 'a listed head of government by full name, no title'],
    ['Iranian President Barack Obama spoke.', 'Barack Obama', 'IR', 'what the text ties wins over the list (negative)'],
    ['Reagan said he would stay.', 'Reagan', undefined, 'a family name alone with no head\'s title is not enough (negative)'],
    ['President Kim spoke.', 'Kim', undefined, 'a family name of listed leaders of two states names none (negative)'],
  ];
  it.each(leaders)('%j: %s -> %s (%s)', (text, name, country) => {
    expect(people(text).find((p) => p.name === name)?.country).toBe(country);
  });

  it('"her defence minister": the office holder the sentence before is about, not the last one it names', () => {
    const found = people('British Prime Minister Margaret Thatcher backs President Reagan. She is angry, said her defence minister, George Younger.');
    expect(found.find((p) => p.name === 'George Younger')?.country).toBe('GB');
  });

  it('gives no country when the article ties none to the person', () => {
    expect(people('Foreign Minister Antonio Tajani spoke.')[0].country).toBeUndefined();
    expect(people('Talks with Kenya, the central bank and Governor Amina Odhiambo went well.')[0].country).toBeUndefined();
    expect(people('Kenya and the central bank Governor Amina Odhiambo met.')[0].country).toBeUndefined();
    // The words after an apposition's "at" stop at the sentence's end: the next sentence's country is not hers.
    expect(people('Analysts spoke to Ana Ruiz, a lecturer at Leeds. Spain agreed.')[0].country).toBeUndefined();
  });
});

describe('tagPeople: the country the text ties to a person', () => {
  const rows: [string, string, string, string | undefined][] = [
    ['a country\'s initials before the title', 'UK Foreign Secretary Alan Price said the talks would resume.', 'Alan Price', 'GB'],
    ['initials that lost their last dot, and a comma after the title', 'U.S President, Mary Lane, spoke on Monday.', 'Mary Lane', 'US'],
    ['a possessive country and a bloc before the title', "Estonia's U.N. Ambassador Karl Tamm spoke first.", 'Karl Tamm', 'EE'],
    ['a possessive country, a modifier and a bloc before a lower-case title and a comma', "Britain's deputy U.N. ambassador, Ruth Okafor, said the vote was close.", 'Ruth Okafor', 'GB'],
    ['a plural country name with a bare apostrophe', "Kim met the Netherlands' Chief of Defence Gen. Pieter Hals on Tuesday.", 'Pieter Hals', 'NL'],
    ['a two-word demonym between "former" and a lower-case title', 'Former South African president Thabo Nkosi urged calm.', 'Thabo Nkosi', 'ZA'],
    ['a counterpart is tied to the demonym before it, and is no title', 'The president called his Russian counterpart, Oleg Petrov, on Friday.', 'Oleg Petrov', 'RU'],
    ['a government seat before a role', 'White House spokesman Tom Reed declined to comment.', 'Tom Reed', 'US'],
    ['another government seat', 'Kremlin spokesman Ivan Sorokin agreed.', 'Ivan Sorokin', 'RU'],
    ['born in a country, written before the name', 'Australian-born Liam Hart won the prize. Hart thanked his coach.', 'Liam Hart', 'AU'],
    ['a capital before a possessive stands for its state', "Seoul's Foreign Minister Park Min-ho met reporters.", 'Park Min-ho', 'KR'],
    ['an office of a person whose country is known', "Kenyan President Daniel Otieno spoke. Otieno's chief adviser Grace Wanjiru agreed.", 'Grace Wanjiru', 'KE'],
    ['"her" office after a head of government of a known country', 'British Prime Minister Helen Ward was angry, a view voiced today by her defence minister, Tom Ashby.', 'Tom Ashby', 'GB'],
    ['an office whose state acts in the same sentence', 'Deputy Prime Minister Ivo Kranjec said that Croatia had repaid its debts.', 'Ivo Kranjec', 'HR'],
    ['an office whose state acts in the sentence before, when its own names none', "The US has refused to sign the pact. President Tom Harlan's advisers deny that it matters.", 'Tom Harlan', 'US'],
    ['the dateline\'s capital, when the sentence names no other state', 'WASHINGTON, March 3 - Italian Prime Minister Carlo Neri met President Tom Harlan.', 'Tom Harlan', 'US'],
    ['an office named without a name in the sentence before, with the same head', "South Korea's top general and a visiting U.S. admiral met. Chairman Gen. Kim Min-su spoke first.", 'Kim Min-su', 'KR'],
    ['another person\'s demonym in the sentence is theirs', 'WASHINGTON, March 3 - Italian Prime Minister Carlo Neri met President Tom Harlan.', 'Carlo Neri', 'IT'],
    ['a second role in an apposition', '"We agree," said Ana Ruiz, head of the Delta Institute and a former Chilean ambassador to Peru.', 'Ana Ruiz', 'CL'],
    ['the state an ambassador is sent to is not part of the name, nor the ambassador\'s state', 'U.S. Ambassador to Canada David Hale said so.', 'David Hale', 'US'],
    ['the same with a lower-case title and a possessive', "China's ambassador to Britain Liu Wen has said it.", 'Liu Wen', 'CN'],
    // What ties no country.
    ['an office of another head in the sentence before', "Russia's foreign minister arrived. President Tom Harlan greeted him.", 'Tom Harlan', undefined],
    ['an office of a bloc, though a state acts in the sentence', 'U.N. envoy Lars Berg said that Sudan had agreed to the plan.', 'Lars Berg', undefined],
    ['a state named only as a place', 'Foreign Minister Ana Lima spoke in Brazil on Monday.', 'Ana Lima', undefined],
    ['a state named only as a modifier', 'Foreign Minister Ana Lima criticised U.S. tariffs.', 'Ana Lima', undefined],
    ['states listed after a preposition', 'Trade Minister Ana Lima said talks with Canada and Mexico would resume.', 'Ana Lima', undefined],
    ['a company\'s office', 'Executive Vice President Ana Lima said Brazil will grow.', 'Ana Lima', undefined],
    ['"his" before a phrase that is not the title', 'Mr. Aziz of Pakistan began his talks with Prime Minister Raj Mehta on Monday.', 'Raj Mehta', undefined],
    ['a destination after "to" is not the ambassador\'s state', 'Ambassador to Peru Rosa Diaz arrived.', 'Rosa Diaz', undefined],
    ['a country glued to a name that opens with a given name is not part of it, nor theirs', 'The envoy of Canada David Cohen spoke.', 'David Cohen', undefined],
  ];
  it.each(rows)('%s', (_, text, name, country) => {
    const person = people(text).find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person?.country).toBe(country);
  });
});

describe('tagPeople: what is not a person', () => {
  const negatives: [string, string][] = [
    ['places that look like names', 'Protesters marched from the Houses of Parliament to a rally in Hyde Park.'],
    ['a capital city', 'Officials in Washington said the plan would go ahead.'],
    ['a bank named after a country', 'The Bank of Japan raised rates on Thursday.'],
    ['country names', 'Japan and Italy signed the deal, and Canada welcomed it.'],
    ['a title alone', 'The President said the talks would resume. The Foreign Minister, who arrived late, agreed.'],
    ['agreements named after places', 'Leaders recalled the Paris Agreement and the Dayton Accords.'],
    ['months and weekdays', 'Talks resume in May and end in June. Parliament met on Monday.'],
    ['a Title Case headline', 'Leaders Agree New Security Framework In Brussels\nThe deal was signed on Tuesday.'],
    ['an all-caps dateline', 'TOKYO - Japan agreed to the pact on Wednesday.'],
    ['a news agency before a noun', 'The official Xinhua news agency said the talks were useful.'],
    ['a company that starts with a title word', 'General Motors said sales fell.'],
    ['a place after "the town of"', 'A bomb exploded in the town of Balad Ruz on Sunday.'],
    ['a place after a preposition, with a title-like apposition', 'In Dohuk, the provincial governor escaped injury.'],
    ['a body\'s name after "Committee to"', 'The Committee to Protect Journalists said it was alarmed.'],
    ['a sentence-initial common word', 'Police put the number of marchers at 10,000.'],
    ['a sentence adverb before an apposition-like phrase', 'Separately, one U.S. soldier was killed. Meantime, a top commander said so.'],
    ['a month before a common word, and a place after "the"', 'Fans watched March Madness and flew to Victoria Falls and Alice Springs.'],
    ['a party or a place before "administration"', 'The Democratic administration and the Kabul administration disagreed.'],
    ['a holiday, a survey, committees', 'To mark World Health Day, the U.S. Geological Survey said so. The Popular Resistance Committees said it too.'],
    ['a place after a compound adjective', 'Police in Pakistani-controlled Kashmir say five girls were killed.'],
    ['a country or a bloc written in initials', 'U.S. Steel rose. Plan B failed, U.N. officials said.'],
    ['a company named after a person, and its name used alone', 'Shares of Ivan F. Weller Corp. fell after Weller said costs rose.'],
    ['a company written with "& Co." or "and Co", and its name alone', 'H.L. Brandt & Co. gained. Analysts at Crane and Co Inc agreed. Brandt said so.'],
    ['a company of two names joined by "&"', 'Harlow & Finch won the account. Harlow said it was pleased.'],
    ['a place that opens a name without a title', 'Prisoners called the jail the "Lima Hilton" for years. Officials at Finland Customs said the goods were seized.'],
    ['a weapon in brackets and a fleet', 'Both kept the ABM (Anti-Ballistic Missile) Treaty. Ships of the U.S. Atlantic Fleet sailed.'],
    ['English words after a verb of saying', 'The analyst told Business Weekly in May that sales fell.'],
    ['a number before "years"', 'Three years later the plant closed.'],
    ['reporters in the plural outside a byline', 'Bonn appeals for peace.\nErdmann told reporters Bonn supported the plan.'],
    ['a country abbreviated with an initial', 'Talks between N. Korea and S. Korean troops stalled.'],
    ['an institution named after a king', 'Students at King Abdallah University cheered.'],
    ['a bare name after "the"', 'The Dallas Merc said margins would rise. The Merc said so again.'],
    ['plurals of initials and letters, and a school', 'Sales of PCs rose. The A\'s won. Pupils at Greenfield High cheered.'],
    ['a relation deep inside a clause after a comma', 'Cars will be marketed by PT Karya Abadi Nasional, controlled by a son of the founder.'],
  ];
  it.each(negatives)('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('tagPeople: what is not a mention of a known person', () => {
  const rows: [string, string, string, string[]][] = [
    ['a given name alone before the person is introduced',
      "WASHINGTON (Reuters) - Turkey's President Tayyip Erdogan met Jordan's King Abdullah on Monday. The talks covered trade. Jordan Peterson, a psychologist, said the meeting was odd.",
      'Jordan Peterson', ['Jordan Peterson']],
    ['a given name alone after the person is introduced',
      "Jordan Peterson, a psychologist, said it. Later Jordan's King Abdullah met him. Peterson said so.",
      'Jordan Peterson', ['Jordan Peterson', 'Peterson']],
    ['a given name inside a place\'s name', 'David Moore, a banker, said it. Later he left for Camp David.',
      'David Moore', ['David Moore']],
    ['a given name alone in a headline', 'Jordan Hosts Peace Talks\nAMMAN - Jordan Peterson, a psychologist, said the talks were odd.',
      'Jordan Peterson', ['Jordan Peterson']],
  ];
  it.each(rows)('%s', (_, text, name, mentions) => {
    expect(people(text).find((p) => p.name === name)?.mentions).toEqual(mentions);
  });
});

describe('tagPeople: long inputs', () => {
  const cases: [string, string][] = [
    ['one endless run of capitalised names', 'President John Smith said. ' + 'John Smith Mary Jones Ali Khan '.repeat(3500)],
    ['many short sentences with names', 'Foreign Minister Anna Berg, a diplomat, said Berg met Mr. Berg. '.repeat(1600)],
    ['many distinct names', Array.from({ length: 3000 }, (_, i) => `Minister Name${i} Person${i} said.`).join(' ')],
  ];
  it.each(cases)('stays fast on 100 KB: %s', (_, text) => {
    const t0 = performance.now();
    people(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
