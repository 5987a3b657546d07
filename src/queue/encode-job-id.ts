/**
 * The BullMQ job id of an article id. BullMQ refuses ids that contain ':' or read as a whole number, and
 * takes an empty one as "no id": '%' and ':' are escaped (%25, %3A), and an id that would still be refused
 * gets a leading '%', which no escaped id has (each of their '%' is followed by 25 or 3A). So two articles
 * never share a job id, and the same article always gets the same one.
 */
export function encodeJobId(id: string): string {
  const escaped = id.replace(/%/g, '%25').replace(/:/g, '%3A');
  return escaped === '' || String(parseInt(escaped, 10)) === escaped ? `%${escaped}` : escaped;
}
