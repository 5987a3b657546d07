// Parsers for the command line's option values: a bad value is a usage error (exit 2) naming the fix.
import { InvalidArgumentError } from 'commander';
import { checkDate } from './check-date.js';

/** A whole number of 1 or more, for option `name`. */
export const positiveInt = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`${name} takes a whole number of 1 or more`);
  return Number(v);
};

/** A date, YYYY-MM-DD. */
export const isoDate = (v: string) => {
  try {
    checkDate(v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return v;
};

/** Larger inputs are refused unless --max-bytes says otherwise: no news article comes near 2 MiB. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
