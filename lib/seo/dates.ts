/** Beijing time has had no daylight saving since 1991: one fixed offset serves every date we print. */
const BEIJING_OFFSET_MINUTES = 8 * 60;

/**
 * A moment as ISO 8601 in Beijing time, such as `2023-03-08T08:00:00+08:00`.
 * Structured data, the sitemap and the feeds all speak the article's own
 * time zone, so a date never reads as the day before for a Chinese reader,
 * whatever zone the build machine is in.
 */
export function toBeijingIso(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) throw new Error(`dates: not a date: "${String(moment)}"`);
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MINUTES * 60_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** The latest of some ISO dates (any offsets), in Beijing time. */
export function latestOf(first: string, ...rest: string[]): string {
  const times = [first, ...rest].map((iso) => {
    const time = new Date(iso).getTime();
    if (Number.isNaN(time)) throw new Error(`dates: not a date: "${iso}"`);
    return time;
  });
  return toBeijingIso(new Date(Math.max(...times)));
}
