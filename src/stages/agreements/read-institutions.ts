import type { Mention, Party } from '../../doc.js';
import { STATE_INSTITUTION_HEADS } from '../../lexicon/agreement-parties.js';
import { lookupCountry } from '../../lexicon/countries.js';
import type { Word } from './build-words.js';

const ABBREVIATION = /^[A-Z.]+$/;

// How many capitalized words a country name inside an institution's name may have: "the Central Bank of the Dominican Republic".
const INSTITUTION_COUNTRY_WORDS = 3;

/**
 * Countries inside the formal names of state institutions that sign for their state: "the Central Bank of Kenya", "the
 * People's Bank of China". The country stage leaves such names out of the country mentions (docs/FIXTURES.md), but the
 * institution binds its state. Only a country's own name or its abbreviation counts ("the Central Bank of the UAE"; "the
 * Bank of America" is a company).
 */
export function readInstitutions(words: Word[], norm: string): { m: Mention; party: Party }[] {
  const out: { m: Mention; party: Party }[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!words[i].capital || !STATE_INSTITUTION_HEADS.has(words[i].lower) || words[i + 1].lower !== 'of') continue;
    const first = words[i + 2].lower === 'the' ? i + 3 : i + 2;
    let last = first - 1;
    while (last + 1 < words.length && last + 1 - first < INSTITUTION_COUNTRY_WORDS && words[last + 1].capital) last++;
    for (let e = last; e >= first; e--) {
      const text = norm.slice(words[first].start, words[e].end);
      const hit = lookupCountry(text);
      if (!hit) continue;
      if (hit.form === 'name' || (hit.form === 'alias' && ABBREVIATION.test(text))) {
        const m: Mention = { kind: 'country', start: words[first].start, end: words[e].end, entity: hit.code, priority: 0, form: hit.form };
        out.push({ m, party: { code: hit.code, name: hit.name } });
      }
      break;
    }
  }
  return out;
}
