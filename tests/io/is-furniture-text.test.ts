// The words of furniture: each rule matches a whole furniture line, and each has real-looking sentences that must stay.
import { describe, expect, it } from 'vitest';
import { isDateLine, isFurnitureText, isPublishedLine } from '../../src/io/is-furniture-text.js';

const titles = new Set(['kenya and tanzania sign cross border rail agreement']);

describe('isFurnitureText: short blocks that are furniture by their words', () => {
  const rows: [string, string][] = [
    ['a "Read more" link', 'Read more: Uganda joins regional rail talks'],
    ['a related link in capitals', 'RELATED: Bolivia delays lithium auction again'],
    ['an ad break marker', 'Story continues below'],
    ['a caption with its credit', 'Delegates arrive for the signing in Arusha. Photo: Jane Mwangi, AP'],
    ['a caption with a two-word label', 'Ministers at the signing. (Photo credit: Meridian Post file photo)'],
    ['a BBC-style caption', 'Image caption The new line will run from Mombasa to Kigoma'],
    ['a credit in brackets', 'Fishing boats in the harbour at Tromsø (Picture: Getty)'],
    ['an agency credit after a separator', 'Tomas Lind | Bloomberg | Getty Images'],
    ['an agency credit in brackets', 'Workers load cargo at the port of Callao. (AP Photo/Luis Perez, File)'],
    ['a credit label in Portuguese', 'Foto: Divulgação'],
    ['a byline', 'By Amina Odhiambo and Carlos Medina'],
    ['a byline in Indonesian', 'Oleh Siti Rahma'],
    ['reading time', 'Reading time: 4 min'],
    ['reading time in Portuguese', 'Tempo de leitura: 4 minutos'],
    ['a reporting credit', 'Reporting by Amina Odhiambo in Nairobi; additional reporting by Jo Lee; Editing by Carlos Medina'],
    ['a newsletter box', 'Sign up for our free newsletter, delivered to your inbox every weekday morning.'],
    ['a newsletter line after a teaser', 'There is more where that came from. Sign up for the Morning Wire newsletter.'],
    ['an inbox invitation', 'Get the latest news from East Africa delivered to your inbox.'],
    ['a subscription invitation', 'Subscribe to The Meridian and get every story first.'],
    ['a follow line', 'Follow Meridian Post on Instagram, Facebook and YouTube.'],
    ['an author box ending with a follow line', 'Amina Odhiambo covers East Africa. Follow her on Twitter @amina.'],
    ['a share prompt', 'Share this article.'],
    ['a copyright line', '© 2024 Meridian Post Media. All rights reserved.'],
    ['a copyright line in Portuguese', 'Copyright 2023 Diário Atlântico. Todos os direitos reservados.'],
    ['a copyright line in Korean', 'Copyright ⓒ 한국일보. 무단전재 및 재배포 금지'],
    ['a copyright notice of a science site', 'This document is subject to copyright. No part may be reproduced without permission.'],
    ['a cookie notice', 'We use cookies to improve your experience. By continuing you accept our privacy policy.'],
    ['a cookie notice of the site', 'This website uses cookies to improve your experience.'],
    ['a citation line', 'Citation: Kenya and Tanzania sign rail deal (2024, March 12) retrieved 13 March 2024'],
    ['an affiliate notice', 'This post may contain affiliate links. Please see our disclosure policy.'],
    ['a comment rule', 'Comments are moderated and may take a day to appear.'],
    ['a tag list', 'Filed under: Kenya | Tanzania | Rail'],
    ['an ad marker in Indonesian', 'Iklan'],
    ['an ad marker in German', 'Anzeige'],
    ['a button label', 'Share this article'],
    ['the headline again', 'Kenya and Tanzania sign cross-border rail agreement'],
  ];
  it.each(rows)('%s: %j', (_, text) => expect(isFurnitureText(text, titles)).toBe(true));

  it('"MORE:", "WATCH:", "ANALYSIS:" only on a link', () => {
    expect(isFurnitureText('MORE: Uganda joins regional rail talks', titles, 1)).toBe(true);
    expect(isFurnitureText('WATCH: The first train crosses the border', titles, 0.9)).toBe(true);
    expect(isFurnitureText('MORE: Uganda joins regional rail talks', titles, 0)).toBe(false);
  });

  // Each anchored rule above, with sentences that share its words and must stay.
  const kept: [string, string][] = [
    ['a sentence starting "Related"', 'Related talks resumed in Geneva on Friday.'],
    ['"More:" in plain text', 'More: the minister resigned on Friday.'],
    ['"Analysis -" in plain text', 'Analysis - the deal is unlikely to survive the election.'],
    ['a sentence about tap water', 'Tap water here is safe to drink, the ministry said.'],
    ['a sentence about an app', 'Download the app, officials urged residents, to report flooding in their area.'],
    ['a sentence about an image', 'He said the image: a nation divided.'],
    ['a source cited in brackets', 'Growth slowed to 2.1% in the third quarter (Source: IMF).'],
    ['an agency named in a sentence', 'The deal was brokered by the EPA'],
    ['an agency with a slash in a sentence', 'It was signed by AFP/Getty.'],
    ['a sentence quoting an agency', 'The minister told Reuters.'],
    ['a sentence starting with "By"', 'By Tuesday evening, both governments had approved the text of the agreement.'],
    ['a sentence about reading time', 'Reading time for the bill was extended by the speaker.'],
    ['a sentence about reporting', 'Reporting by Reuters found widespread abuse in the camps.'],
    ['a sentence about compiling', 'Compiled by the UN, the index shows a sharp fall in poverty.'],
    ['a sentence about signing up for alerts', 'Residents can sign up for emergency alerts on the city website.'],
    ['an invitation with no newsletter', 'Sign up for emergency alerts on the city website, the mayor urged.'],
    ['a sentence about a newsletter', 'The newsletter was delivered to 2,000 homes by e-mail.'],
    ['a party newsletter in a sentence', 'The party urged members to subscribe to its newsletter.'],
    ['a sentence that mentions subscriptions', 'Disney+ signed up 10 million subscribers in its first day, the company said on Wednesday.'],
    ['a sentence about a service to subscribe to', 'Subscribers can sign up for the service now for $6.99 a month.'],
    ['"Subscribe to" a treaty', 'Subscribe to the treaty, the minister urged neighbouring states, or face tariffs.'],
    ['following the money', 'Follow the money on Twitter, the senator told colleagues.'],
    ['a sentence about following on social media', 'Millions follow him on Twitter, where he announced the agreement.'],
    ['a quote about following', 'We will follow the agreement to the letter, the minister said.'],
    ['a sentence that shares a view', 'Many economists share this concern about the deal.'],
    ['"Share this" in a sentence', 'Share this burden fairly among members, the summit declared.'],
    ['a sentence about copyright', 'Copyright lawsuits rose sharply in 2019 after the ruling.'],
    ['rights reserved in a sentence', 'The company said it had all rights reserved under the contract for ten years.'],
    ['"no part may be reproduced" in a sentence', 'The court ruled that no part may be reproduced without consent.'],
    ['a sentence about cookies and consent', 'Regulators said websites must get consent before placing cookies, under the EU privacy rules.'],
    ['baked cookies', 'We baked cookies for the volunteers, who accepted them gladly.'],
    ['affiliate claims', 'This article contains affiliate marketing claims that regulators dispute.'],
    ['a comment that was moderate', 'Comments by the minister were moderate in tone.'],
    ['a sentence about registering', 'Voters must register by Friday, and officials said turnout is now expected to rise.'],
    ['a sentence with a date', 'The talks resumed on November 18, 2019, in Geneva after a pause of two months.'],
    ['a long paragraph that happens to say "photo"', `${'The minister posed for a photo with her counterpart after the signing ceremony in Lima, then took questions. '.repeat(4)}`],
    ['a short subheading', 'What happens next'],
    ['a table row of numbers', '1 Ana Ruiz 4820 3 1 12 20'],
  ];
  it.each(kept)('not %s', (_, text) => expect(isFurnitureText(text, titles)).toBe(false));

  it('a long word of capitals after "Reporting by" is read once (before the fix, 28 letters took 17 s)', () => {
    expect(isFurnitureText(`Reporting by ${'A'.repeat(60)}!`, titles)).toBe(false);
  });
});

describe('isDateLine: a date, a time and their words, nothing else', () => {
  it.each([
    ['Updated Mar 12, 6:55 AM; Posted Mar 12, 6:51 AM', true],
    ['12 Mar 2024', true],
    ['March 12, 2024 | 9:45am', true],
    ['quinta-feira, 18 de maio de 2023 às 09:30', true],
    ['Selasa, 12 Maret 2024 pukul 10:15 WIB', true],
    ['Today 8:05 AM', true],
  ])('%j', (text, yes) => expect(isDateLine(text)).toBe(yes));
  it.each([
    ['bare numbers', '2019 2020 2021'],
    ['a table row', '5040 5 1 17'],
    ['a sentence with a date', 'Talks resume on Monday 18 November 2019 in Geneva'],
    ['a timeline heading', 'Signed on 12 March 2019'],
    ['a label and a date', 'Elections: 5 May 2024'],
    ['a named day', 'Brexit day: 31 January 2020'],
    ['glue words and a year', 'At the 2019 summit'],
  ])('not %s: %j', (_, text) => expect(isDateLine(text)).toBe(false));
});

describe('isPublishedLine: the lead word, then only a date', () => {
  it.each([
    'Published 9:14 AM EST Mar 12, 2024',
    'Posted on Mei 4, 2021 by Redaksi',
    'Updated: Tue 6:05 PM, Mar 12, 2024',
    'Updated on: March 12, 2024 / 10:07 AM / Meridian Post',
    'First Published: Tuesday, March 12, 2024 08:38 AM',
    'Published 2 hours ago',
  ])('%j', (text) => expect(isPublishedLine(text)).toBe(true));
  it.each([
    'Published a day after the vote, the report found widespread fraud.',
    'Posted at the border since May, 300 troops patrol the crossing.',
    'Updated the last time in 2010, the treaty expires next year.',
    'Modified 12 times since 1990, the constitution limits presidential terms.',
    'Created in 2015, the fund now holds $3 billion.',
    'Posted guards at the border rose to 300 in 2019, the ministry said.',
  ])('not %j', (text) => {
    expect(isPublishedLine(text)).toBe(false);
    expect(isFurnitureText(text, titles)).toBe(false);
  });
});
