const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;

/** Throws a clear error unless `date` is a real calendar date written YYYY-MM-DD. */
export function checkDate(date: string): void {
  const m = ISO_DATE.exec(date);
  const d = m ? new Date(Date.UTC(+m.groups!.y, +m.groups!.m - 1, +m.groups!.d)) : null;
  if (!d || d.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`invalid date "${date}": expected a calendar date as YYYY-MM-DD, e.g. 2024-02-23`);
  }
}
