import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanBody, isDateLine, isFurnitureText, type BodyElement } from '../../src/io/clean-body.js';
import { renderBodyText, type TextNode } from '../../src/io/render-body-text.js';

const BODY = '<p>Kenya and Tanzania signed an agreement on Tuesday to link their railway networks across the border, a project both governments say will cut the cost of moving goods.</p>';
/** Clean an article's HTML as readability would hand it over, and render what is left. */
function cleaned(html: string, titles: string[] = []): string {
  const { document } = parseHTML(`<html><body><div id="article">${html}</div></body></html>`);
  const root = document.getElementById('article') as unknown as BodyElement;
  cleanBody(root, titles);
  return renderBodyText(root as unknown as TextNode);
}

describe('isFurnitureText: short blocks that are furniture by their words', () => {
  const titles = new Set(['kenya and tanzania sign cross border rail agreement']);
  const rows: [string, string][] = [
    ['a "Read more" link', 'Read more: Uganda joins regional rail talks'],
    ['a related link in capitals', 'RELATED: Bolivia delays lithium auction again'],
    ['a caption with its credit', 'The Doobie Brothers perform at the Beacon. Photo: John Locher, AP'],
    ['a BBC-style caption', 'Image caption Scooter Braun has managed Justin Bieber'],
    ['a credit in brackets', 'Plague can be easily vaccinated (Image: GETTY)'],
    ['an agency credit', 'Natalie Naccache | Bloomberg | Getty Images'],
    ['a byline', 'By Amina Odhiambo and Carlos Medina'],
    ['a published line', 'Published 7:07 PM EST Nov 19, 2019'],
    ['a posted line in Indonesian', 'Posted on Maret 30, 2015 by Admin'],
    ['an updated line', 'Updated: Sat 8:31 PM, Feb 17, 2018'],
    ['a date line alone', 'November 18, 2019 | 4:10pm'],
    ['a Portuguese date line', 'sexta-feira, 22 de outubro de 2010 às 20:13'],
    ['a newsletter box', 'Sign up for our free newsletter, delivered to your inbox every weekday morning.'],
    ['a follow line', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.'],
    ['a copyright line', '© 2024 Meridian Post Media. All rights reserved.'],
    ['a cookie notice', 'We use cookies to improve your experience. By continuing you accept our privacy policy.'],
    ['a reporting credit', 'Reporting by Rodrigo Campos; Editing by Nick Zieminski'],
    ['an ad marker in Indonesian', 'Iklan'],
    ['a button label', 'Share this article'],
    ['the headline again', 'Kenya and Tanzania sign cross-border rail agreement'],
    ['reading time', 'Tempo de leitura: 2 minutos'],
  ];
  it.each(rows)('%s: %j', (_, text) => expect(isFurnitureText(text, titles)).toBe(true));

  const kept: [string, string][] = [
    ['a sentence that mentions subscriptions', 'Disney+ signed up 10 million subscribers in its first day, the company said on Wednesday.'],
    ['a sentence starting with "By"', 'By Tuesday evening, both governments had approved the text of the agreement.'],
    ['a quote about following', 'We will follow the agreement to the letter, the minister said.'],
    ['a sentence with a date', 'The talks resumed on November 18, 2019, in Geneva after a pause of two months.'],
    ['a long paragraph that happens to say "photo"', `${'The minister posed for a photo with her counterpart after the signing ceremony in Lima, then took questions. '.repeat(4)}`],
    ['a short subheading', 'What happens next'],
    ['a table row of numbers', '1 Kyle Busch 5040 5 1 17 27'],
    ['a sentence starting with "Posted"', 'Posted guards at the border rose to 300 in 2019, the ministry said.'],
    ['a sentence that shares a view', 'Many economists share this concern about the deal.'],
    ['a sentence about copyright', 'Copyright lawsuits rose sharply in 2019 after the ruling.'],
    ['a sentence about registering', 'Voters must register by Friday, and officials said turnout is now expected to rise.'],
    ['a sentence about a service to subscribe to', 'Subscribers can sign up for the service now for $6.99 a month.'],
    ['a sentence about following on social media', 'Millions follow him on Twitter, where he announced the agreement.'],
  ];
  it.each(kept)('not %s', (_, text) => expect(isFurnitureText(text, titles)).toBe(false));
});

describe('isDateLine', () => {
  it.each([
    ['Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM', true],
    ['23 Nov 2017', true],
    ['2019 2020 2021', false],
    ['5040 5 1 17', false],
    ['Talks resume on Monday 18 November 2019 in Geneva', false],
  ])('%j -> %s', (text, yes) => expect(isDateLine(text)).toBe(yes));
});

describe('cleanBody: furniture elements', () => {
  const rows: [string, string, string][] = [
    ['a figure and its caption', '<figure><img src="a.jpg"><figcaption>A train at Mombasa.</figcaption></figure>', 'A train at Mombasa'],
    ['a caption by its class', '<div class="wp-caption"><p class="wp-caption-text">The festival stage</p></div>', 'festival stage'],
    ['a share box', '<div class="social-share"><a>Facebook</a> <a>Twitter</a></div>', 'Facebook'],
    ['a byline by its class', '<p class="byline">Carlos Medina, Lima</p>', 'Carlos Medina'],
    ['a header with the dek', '<header><p>There is a lesson hiding in the results.</p></header>', 'lesson hiding'],
    ['a related heading and the list after it', '<h3>More Great Stories</h3><ul><li>One <a>story</a></li><li>Another <a>one</a></li></ul>', 'Another'],
    ['"You may also like" and the links after it', '<p>You may also like...</p><p><a>Who will make the Rock Hall in 2020?</a></p><p><a>Fans really want the band</a></p>', 'Rock Hall'],
    ['two link-only paragraphs in a row', '<p><a>Copper prices climb as demand recovers</a></p><p><a>Congress debates new mining royalties</a></p>', 'Copper'],
    ['a link-only headline in capitals', '<p><a>SEAN SPICER ELIMINATED FROM THE SHOW</a></p>', 'SPICER'],
    ['navigation', '<nav><a>Home</a> <a>World</a></nav>', 'World'],
  ];
  it.each(rows)('takes out %s', (_, furniture, gone) => {
    const text = cleaned(BODY + furniture + BODY);
    expect(text).not.toContain(gone);
    expect(text).toContain('Kenya and Tanzania signed');
  });
});

describe('cleanBody: what stays (negative cases)', () => {
  it('an embedded tweet, even in a video box', () => {
    expect(cleaned(`${BODY}<div class="video-container"><blockquote class="twitter-tweet"><p>Interesting to see the launch</p></blockquote></div>`)).toContain('Interesting to see the launch');
  });
  it('an element with a furniture class that holds most of the article', () => {
    const text = cleaned(`<div class="media-body">${BODY.repeat(4)}</div><p>Short end.</p>`);
    expect(text).toContain('Kenya and Tanzania signed');
  });
  it('a table of results, one row a paragraph, its cells on one line', () => {
    expect(cleaned(`${BODY}<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>`))
      .toContain('1 Kyle Busch 5040\n\n2 Martin Truex Jr. 5035');
  });
  it('a list of products with their links', () => {
    expect(cleaned(`${BODY}<ul><li><a>Get it on Amazon for $649.99</a></li><li><a>Get it at Dell for $549</a></li></ul>`)).toContain('Get it at Dell for $549');
  });
  it('one link-only paragraph in the text', () => {
    expect(cleaned(`${BODY}<p><a>www.autoracing.com.br</a></p>${BODY}`)).toContain('www.autoracing.com.br');
  });
  it('paragraphs separated by a blank line, a <br> a line break', () => {
    expect(cleaned('<p>First line<br>second line</p><p>Next paragraph</p>')).toBe('First line\nsecond line\n\nNext paragraph');
  });
});
