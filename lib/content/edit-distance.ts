/*
 * "Did you mean …" for misspelt names (`summery:` → summary, a credit for
 * jinfeng-lab.jpg → jinfeng-laboratory.jpg). Levenshtein distance over
 * characters: a dozen lines, so no dependency for it.
 */

/** The number of single-character insertions, deletions and substitutions that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The candidate closest to `word` (ignoring case), or null when there is
 * none, or when `maxDistance` is given and even the closest is further than
 * that (a suggestion that shares nothing with the word only misleads).
 */
export function nearest(word: string, candidates: readonly string[], maxDistance = Infinity): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= maxDistance ? best : null;
}

/** How far a misspelt field name may be from a real one to be suggested: 2 edits, or a third of the name. */
export function suggestionDistance(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}
