import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanBody, type BodyElement } from '../../src/io/clean-body.js';
import { renderBodyText, type TextNode } from '../../src/io/render-body-text.js';

const BODY = '<p>Kenya and Tanzania signed an agreement on Tuesday to link their railway networks across the border, a project both governments say will cut the cost of moving goods.</p>';
/** Clean an article's HTML as readability would hand it over, and render what is left. */
function cleaned(html: string, titles: string[] = []): string {
  const { document } = parseHTML(`<html><body><div id="article">${html}</div></body></html>`);
  const root = document.getElementById('article') as unknown as BodyElement;
  cleanBody(root, titles);
  return renderBodyText(root as unknown as TextNode);
}

describe('cleanBody: furniture elements', () => {
  const rows: [string, string, string][] = [
    ['a figure and its caption', '<figure><img src="a.jpg"><figcaption>A train at Mombasa.</figcaption></figure>', 'A train at Mombasa'],
    ['a caption by its class', '<div class="wp-caption"><p class="wp-caption-text">The new station at Arusha</p></div>', 'new station'],
    ['a caption and credit as spans, on their own in a box', '<div><span class="image-caption">Freight wagons at Dar es Salaam</span> <span class="credit">Getty</span></div>', 'Freight wagons'],
    ['a share box', '<div class="social-share"><a>Facebook</a> <a>Twitter</a></div>', 'Facebook'],
    ['a byline by its class', '<p class="byline">Carlos Medina, Lima</p>', 'Carlos Medina'],
    ['a header with the dek', '<header><p>Both sides hope the line will open in 2027.</p></header>', 'line will open'],
    ['a hidden element', '<p hidden>Loading the next story</p>', 'next story'],
    ['a related heading and the list after it', '<h3>More Top Stories</h3><ul><li>One <a>story</a></li><li>Another <a>one</a></li></ul>', 'Another'],
    ['"You may also like" and the links after it', '<p>You may also like...</p><p><a>Who will build the next port?</a></p><p><a>Rail fares rise again in Nairobi</a></p>', 'next port'],
    ['two link-only paragraphs in a row', '<p><a>Copper prices climb as demand recovers</a></p><p><a>Congress debates new mining royalties</a></p>', 'Copper'],
    ['a link-only headline in capitals', '<p><a>MINISTER RESIGNS AFTER RAIL VOTE</a></p>', 'MINISTER'],
    ['navigation', '<nav><a>Home</a> <a>World</a></nav>', 'World'],
    ['a "MORE:" link', '<p>MORE: <a>Uganda joins regional rail talks</a></p>', 'Uganda joins'],
  ];
  it.each(rows)('takes out %s', (_, furniture, gone) => {
    const text = cleaned(BODY + furniture + BODY);
    expect(text).not.toContain(gone);
    expect(text).toBe(`${BODY.slice(3, -4)}\n\n${BODY.slice(3, -4)}`);
  });
});

describe('cleanBody: what stays (negative cases)', () => {
  // Inline elements in a sentence are words of the sentence, whatever their class.
  const sentences: [string, string, string][] = [
    ['a tag link', '<p>Kenyan President <a class="tag-link" href="/topic/ruto">William Ruto</a> said the line would open in 2027.</p>', 'Kenyan President William Ruto said the line would open in 2027.'],
    ['a related link', '<p>The deal follows <a class="related-link" href="/x">last year\'s border dispute</a>, officials said.</p>', 'The deal follows last year\'s border dispute, officials said.'],
    ['an author link', '<p>According to <a class="author" href="/a">Amina Odhiambo</a>, the talks lasted a week.</p>', 'According to Amina Odhiambo, the talks lasted a week.'],
    ['an aria-hidden drop cap', '<p><span class="dropcap" aria-hidden="true">T</span>he agreement was signed in Arusha.</p>', 'The agreement was signed in Arusha.'],
    ['a span named for share prices', '<p>Shares of <span class="ticker share-price">Safaricom</span> rose 3 percent.</p>', 'Shares of Safaricom rose 3 percent.'],
    ['a link beside text in a div', '<div>Talks were led by <a class="author-link">Samia Suluhu Hassan</a> and her cabinet.</div>', 'Talks were led by Samia Suluhu Hassan and her cabinet.'],
  ];
  it.each(sentences)('%s', (_, html, sentence) => {
    expect(cleaned(BODY + html).split('\n\n').at(-1)).toBe(sentence);
  });
  it('an embedded tweet, even in a video box', () => {
    expect(cleaned(`${BODY}<div class="video-container"><blockquote class="twitter-tweet"><p>The first train just crossed into Tanzania</p></blockquote></div>`)).toContain('The first train just crossed');
  });
  it('an element with a furniture class that holds most of the article', () => {
    const text = cleaned(`<div class="media-body">${BODY.repeat(4)}</div><p>Short end.</p>`);
    expect(text).toContain('Kenya and Tanzania signed');
  });
  it('furniture-named boxes that together hold most of the article: no more than half of the text goes', () => {
    const box = (cls: string) => `<div class="${cls}">${BODY}</div>`;
    // Each box holds a quarter of the text: the first two go (half the article), the third is past the budget and stays.
    const text = cleaned(box('video-transcript') + box('market-share-report') + box('credit-outlook') + BODY);
    expect(text).toBe(`${BODY.slice(3, -4)}\n\n${BODY.slice(3, -4)}`);
  });
  it('a table of results, one row a paragraph, its cells on one line', () => {
    expect(cleaned(`${BODY}<table><tr><td>1</td><td>Ana Ruiz</td><td>4820</td></tr><tr><td>2</td><td>Jo Lee</td><td>4815</td></tr></table>`))
      .toContain('1 Ana Ruiz 4820\n\n2 Jo Lee 4815');
  });
  it('a data table inside a figure (its caption goes)', () => {
    const table = '<figure class="wp-block-table"><table><tr><td>2023</td><td>4.1 Mt</td></tr><tr><td>2024</td><td>5.3 Mt</td></tr></table><figcaption>Freight carried</figcaption></figure>';
    expect(cleaned(BODY + table)).toBe(`${BODY.slice(3, -4)}\n\n2023 4.1 Mt\n\n2024 5.3 Mt`);
  });
  it('a timeline of list items holding paragraphs (a date on its own line is data there)', () => {
    const timeline = '<ul><li><p>12 March 2019</p><p>Signed on 12 March 2019</p></li><li><p>Updated: 5 May 2024</p><p>Read more: the second phase</p></li></ul>';
    expect(cleaned(BODY + timeline)).toBe(`${BODY.slice(3, -4)}\n\n12 March 2019\n\nSigned on 12 March 2019\n\nUpdated: 5 May 2024\n\nRead more: the second phase`);
  });
  it('a table cell holding paragraphs', () => {
    expect(cleaned(`${BODY}<table><tr><td><p>Posted: 12 March 2024</p></td><td><p>By rail</p></td></tr></table>`)).toContain('Posted: 12 March 2024');
  });
  it('a list of products with their links', () => {
    expect(cleaned(`${BODY}<ul><li><a>Buy it at Duka for $649.99</a></li><li><a>Buy it at Soko for $549</a></li></ul>`)).toContain('Buy it at Soko for $549');
  });
  it('one link-only paragraph in the text', () => {
    expect(cleaned(`${BODY}<p><a>www.meridianpost.example</a></p>${BODY}`)).toContain('www.meridianpost.example');
  });
  it('paragraphs separated by a blank line, a <br> a line break', () => {
    expect(cleaned('<p>First line<br>second line</p><p>Next paragraph</p>')).toBe('First line\nsecond line\n\nNext paragraph');
  });
});
