/*
 * The MDN HTTP Observatory's score, computed from a response's headers with
 * its published scoring rules (developer.mozilla.org/en-US/observatory/docs/
 * tests_and_scoring): start at 100, apply each test's modifier, add the
 * bonuses only when the score before them is at least 90, then grade.
 *
 * Only the header tests are scored here. The redirection test needs the
 * site on HTTPS, which a production host provides; cookies and SRI do not
 * apply to a site that sets no cookies and loads scripts only from itself.
 */

export interface ObservatoryResult {
  score: number;
  grade: string;
  /** Each test's outcome, as the Observatory names it, and its modifier. */
  tests: Record<string, { result: string; modifier: number }>;
}

type Headers = Record<string, string | undefined>;

const grades: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

/** Scores one response's headers (names in any case). */
export function scoreHeaders(rawHeaders: Headers): ObservatoryResult {
  const headers: Headers = Object.fromEntries(
    Object.entries(rawHeaders).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const csp = parseCsp(headers['content-security-policy']);
  const tests: ObservatoryResult['tests'] = {
    'content-security-policy': contentSecurityPolicy(csp),
    'strict-transport-security': strictTransportSecurity(headers['strict-transport-security']),
    'x-content-type-options':
      headers['x-content-type-options']?.trim().toLowerCase() === 'nosniff'
        ? { result: 'x-content-type-options-nosniff', modifier: 0 }
        : headers['x-content-type-options'] === undefined
          ? { result: 'x-content-type-options-not-implemented', modifier: -5 }
          : { result: 'x-content-type-options-header-invalid', modifier: -5 },
    'x-frame-options': frameOptions(headers['x-frame-options'], csp),
    'referrer-policy': referrerPolicy(headers['referrer-policy']),
    'cross-origin-resource-sharing':
      headers['access-control-allow-origin']?.trim() === '*' && headers['access-control-allow-credentials'] === 'true'
        ? { result: 'cross-origin-resource-sharing-implemented-with-universal-access', modifier: -50 }
        : { result: 'cross-origin-resource-sharing-not-implemented-or-public', modifier: 0 },
  };
  const modifiers = Object.values(tests).map((test) => test.modifier);
  const penalties = 100 + modifiers.filter((modifier) => modifier < 0).reduce((sum, modifier) => sum + modifier, 0);
  const bonuses = modifiers.filter((modifier) => modifier > 0).reduce((sum, modifier) => sum + modifier, 0);
  const score = Math.max(0, penalties >= 90 ? penalties + bonuses : penalties);
  const grade = grades.find(([minimum]) => score >= minimum)?.[1] ?? 'F';
  return { score, grade, tests };
}

type Csp = Map<string, string[]> | null | 'invalid';

function parseCsp(value: string | undefined): Csp {
  if (value === undefined) return null;
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (!/^[a-z-]+$/i.test(name)) return 'invalid';
    // The first occurrence of a directive counts; browsers ignore repeats.
    if (!directives.has(name.toLowerCase()))
      directives.set(
        name.toLowerCase(),
        sources.map((s) => s.toLowerCase()),
      );
  }
  return directives;
}

function contentSecurityPolicy(csp: Csp): { result: string; modifier: number } {
  if (csp === null) return { result: 'csp-not-implemented', modifier: -25 };
  if (csp === 'invalid') return { result: 'csp-header-invalid', modifier: -25 };
  const sourcesOf = (directive: string) => csp.get(directive) ?? csp.get('default-src') ?? [];
  const scripts = sourcesOf('script-src');
  const styles = sourcesOf('style-src');
  const insecure = (sources: string[]) => sources.some((source) => source === 'http:' || source.startsWith('http://'));
  const broad = (sources: string[]) => sources.some((source) => ['*', 'https:', 'data:'].includes(source));
  if (scripts.includes("'unsafe-inline'") && !scripts.some((s) => s.startsWith("'sha") || s.startsWith("'nonce-"))) {
    return { result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  }
  if (insecure(scripts) || broad(scripts)) return { result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if (scripts.includes("'unsafe-eval'")) return { result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  const passive = [...sourcesOf('img-src'), ...sourcesOf('media-src')];
  if (insecure(passive))
    return { result: 'csp-implemented-with-insecure-scheme-in-passive-content-only', modifier: -10 };
  if (styles.includes("'unsafe-inline'")) {
    return { result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  }
  if ((csp.get('default-src') ?? []).join(' ') === "'none'") {
    return { result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  }
  return { result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function strictTransportSecurity(value: string | undefined): { result: string; modifier: number } {
  if (value === undefined) return { result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
  if (maxAge === undefined) return { result: 'hsts-header-invalid', modifier: -20 };
  if (Number(maxAge) < 15_768_000) return { result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
  return { result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 };
}

function frameOptions(value: string | undefined, csp: Csp): { result: string; modifier: number } {
  const ancestors = csp instanceof Map ? csp.get('frame-ancestors') : undefined;
  if (ancestors && !ancestors.includes('*')) return { result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  if (value === undefined) return { result: 'x-frame-options-not-implemented', modifier: -20 };
  const lower = value.trim().toLowerCase();
  if (lower === 'deny' || lower === 'sameorigin') return { result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  if (lower.startsWith('allow-from')) return { result: 'x-frame-options-allow-from-origin', modifier: 0 };
  return { result: 'x-frame-options-header-invalid', modifier: -20 };
}

function referrerPolicy(value: string | undefined): { result: string; modifier: number } {
  if (value === undefined) return { result: 'referrer-policy-not-implemented', modifier: 0 };
  // The last valid token is the one a browser uses.
  const tokens = value.split(',').map((token) => token.trim().toLowerCase());
  const valid = [
    'no-referrer',
    'same-origin',
    'strict-origin',
    'strict-origin-when-cross-origin',
    'origin',
    'origin-when-cross-origin',
    'no-referrer-when-downgrade',
    'unsafe-url',
  ];
  const policy = tokens.filter((token) => valid.includes(token)).at(-1);
  if (!policy) return { result: 'referrer-policy-header-invalid', modifier: -5 };
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(policy)) {
    return { result: 'referrer-policy-private', modifier: 5 };
  }
  if (policy === 'no-referrer-when-downgrade')
    return { result: 'referrer-policy-no-referrer-when-downgrade', modifier: 0 };
  return { result: 'referrer-policy-unsafe', modifier: -5 };
}
