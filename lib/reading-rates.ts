/*
 * The reading rates of the locale profiles (lib/i18n.ts), with their sources.
 * Kept apart from lib/reading-time.ts, which counts text, so that the
 * profiles import no content code.
 */

/** What a reading rate counts. */
export type ReadingUnit = 'characters' | 'words';

export interface ReadingRate {
  unit: ReadingUnit;
  perMinute: number;
  /** Where the figure comes from, for whoever changes it. */
  source: string;
}

/** The rates the locale profiles use (lib/i18n.ts). */
export const readingRates = {
  /**
   * Brysbaert, M. (2019). How many words do we read per minute? A review and
   * meta-analysis of reading rate. Journal of Memory and Language 109, 104047
   * (doi:10.1016/j.jml.2019.104047): adults reading English non-fiction
   * silently, 238 words per minute (190 studies, 18,573 readers).
   */
  english: {
    unit: 'words',
    perMinute: 238,
    source: 'Brysbaert 2019, silent reading of English non-fiction',
  },
  /**
   * Trauzettel-Klosinski, S., Dietz, K. & the IReST Study Group (2012).
   * Standardized assessment of reading performance: the new International
   * Reading Speed Texts IReST. Investigative Ophthalmology & Visual Science
   * 53(9), 5452–5461 (doi:10.1167/iovs.11-8284): native Chinese readers,
   * 255 ± 29 characters per minute. The texts were read aloud, which is
   * slower than silent reading, so the estimate errs on the long side.
   */
  chinese: {
    unit: 'characters',
    perMinute: 255,
    source: 'Trauzettel-Klosinski et al. 2012 (IReST), Chinese',
  },
} as const satisfies Record<string, ReadingRate>;
