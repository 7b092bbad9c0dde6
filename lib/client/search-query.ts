/*
 * What a reader types, as the index should be asked. The English edition is
 * written in British spelling (its profile in lib/i18n.ts says so: "licence",
 * "specialised"); a reader may type the American form, which Pagefind's
 * stemmer keeps apart (licens ≠ licenc). So an English word with a British
 * form is searched both ways. The pairs are a short, explicit list of
 * differences, plus -ize/-ise, which covers most of the rest.
 */

/** American spellings and the British ones the article uses. */
const britishSpellings: Record<string, string> = {
  license: 'licence',
  licenses: 'licences',
  center: 'centre',
  centers: 'centres',
  meter: 'metre',
  meters: 'metres',
  program: 'programme',
  programs: 'programmes',
  labor: 'labour',
  neighbor: 'neighbour',
  neighbors: 'neighbours',
};

/** `specialized` → `specialised`; words that end in -ize in British spelling too (size, prize) are left alone. */
const izeEnding = /^([a-z]{3,})iz(e|es|ed|ing|ation|ations)$/;
const notIze = new Set(['seize', 'seized', 'seizes', 'seizing', 'capsize', 'capsized']);

function britishWord(word: string): string {
  const lower = word.toLowerCase();
  const listed = britishSpellings[lower];
  if (listed) return listed;
  if (notIze.has(lower)) return word;
  const match = izeEnding.exec(lower);
  return match ? `${match[1]}is${match[2]}` : word;
}

/**
 * The queries to run for what the reader typed: as typed, and with any
 * American spelling turned British, when that differs. Empty for a blank query.
 */
export function searchQueries(typed: string): string[] {
  const query = typed.trim().replace(/\s+/g, ' ');
  if (!query) return [];
  const british = query.replace(/[A-Za-z]+/g, britishWord);
  return british.toLowerCase() === query.toLowerCase() ? [query] : [query, british];
}
