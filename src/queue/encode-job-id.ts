/**
 * The BullMQ job id of an article id, and of its `occurrence`-th input within one `queue add` (two inputs may
 * share an id: `queue add jan/ feb/` with an `article-1.txt` in each; a local run writes both).
 *
 * BullMQ refuses ids that contain ':' or read as a whole number, and takes an empty one as "no id". So '%' and
 * ':' are escaped (%25, %3A), after which every '%' of an id is followed by "25" or "3A". Markers that start
 * with any other '%' can then never be confused with the id: "%n" before an id that would still be refused
 * (empty, or a whole number), "%d<n>" after the id of a second, third, ... occurrence. Stripping the markers
 * and unescaping gives the id and occurrence back, so two (id, occurrence) pairs never share a job id, and
 * the same pair always gets the same one.
 */
export function encodeJobId(id: string, occurrence = 1): string {
  const escaped = id.replace(/%/g, '%25').replace(/:/g, '%3A');
  const base = escaped === '' || String(parseInt(escaped, 10)) === escaped ? `%n${escaped}` : escaped;
  return occurrence > 1 ? `${base}%d${occurrence}` : base;
}
