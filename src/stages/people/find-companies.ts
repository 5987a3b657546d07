// Names the article gives to companies: "W.R. Grace & Co.", "Ivan F. Boesky Corp.", "Saatchi & Saatchi".
import { COMPANY_AMPERSAND_TAILS, COMPANY_SUFFIXES } from '../../lexicon/company-words.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import type { Run } from './find-runs.js';
import { isTitleWord } from './parse-run.js';
import { nameKeys, type NameFind } from './group-people.js';
import type { Word } from './read-words.js';

const isSuffix = (w: Word | undefined): boolean => !!w && COMPANY_SUFFIXES.has(w.key);
const isNameWord = (w: Word | undefined): boolean => !!w && (w.shape === 'cap' || w.shape === 'initial');

/** Where a company's name in run [from, to) ends: before a legal-form suffix in it or after it, or before "& Co."; -1 if none. */
function companyEnd(words: Word[], run: Run): number {
  for (let i = run.from + 1; i < run.to; i++) if (isSuffix(words[i])) return i;
  const next = words[run.to];
  if (isSuffix(next) || (next?.text === ',' && isSuffix(words[run.to + 1]))) return run.to;
  if (next?.lower === 'and' && COMPANY_AMPERSAND_TAILS.has(words[run.to + 1]?.key ?? '') && words[run.to + 1].shape === 'cap') return run.to;
  if (next?.text === '&' && (COMPANY_AMPERSAND_TAILS.has(words[run.to + 1]?.key ?? '') || isNameWord(words[run.to + 1]))) return run.to;
  if (words[run.from - 1]?.text === '&' && isNameWord(words[run.from - 2])) return run.to; // "Saatchi & [Saatchi]"
  return -1;
}

/** The companies the runs name. */
export interface Companies {
  /** Each run that names a company, with what follows the company's name in it ("Texas Air Corp. [Chairman Frank Lorenzo]"), if anything. */
  runs: Map<Run, Run | null>;
  /** Each company's name keys ("grace" of "W.R. Grace & Co."). */
  names: string[][];
}

/** The companies the runs name, and where in each run the company's name ends. */
export function findCompanies(words: Word[], runs: Run[]): Companies {
  const found: Companies = { runs: new Map(), names: [] };
  for (const run of runs) {
    const end = companyEnd(words, run);
    const keys = end > run.from ? nameKeys(words.slice(run.from, end)) : [];
    if (!keys.length) continue;
    // Only a title goes on after the company's name in one run: "Texas Air Corp. Chairman Frank Lorenzo".
    const titled = end + 1 < run.to && (isTitleWord(words[end + 1]) || HONORIFICS.has(words[end + 1].key));
    found.runs.set(run, titled ? { from: end + 1, to: run.to } : null);
    found.names.push(keys);
  }
  return found;
}

/** Is a name found without a title one of those companies' (all its words in one company's name)? */
export function isCompanyName(companies: string[][], find: NameFind): boolean {
  if (find.titles.length || !companies.length) return false;
  const keys = nameKeys(find.words);
  return keys.length > 0 && companies.some((c) => keys.every((k) => c.includes(k)));
}
