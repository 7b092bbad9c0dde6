import { describe, expect, it } from 'vitest';
import { scoreHeaders } from '@/tests/e2e/observatory';

describe('scoreHeaders', () => {
  it('grades a response with no security headers D, as the Observatory graded the site when it ran on next start', () => {
    const result = scoreHeaders({ 'content-type': 'text/html' });
    expect(result.score).toBe(30);
    expect(result.grade).toBe('D');
  });

  it('gives A+ with bonuses to a strict policy: default-src none, frame-ancestors, a private referrer policy', () => {
    const result = scoreHeaders({
      'Content-Security-Policy': "default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(result.score).toBe(120);
    expect(result.grade).toBe('A+');
  });

  it("takes 20 points for 'unsafe-inline' scripts and withholds the bonuses below 90", () => {
    const result = scoreHeaders({
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'",
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
    expect(result.tests['content-security-policy']?.result).toBe('csp-implemented-with-unsafe-inline');
    expect(result.score).toBe(80);
    expect(result.grade).toBe('B+');
  });

  it('takes 10 points for an HSTS max-age under six months', () => {
    const result = scoreHeaders({ 'strict-transport-security': 'max-age=3600' });
    expect(result.tests['strict-transport-security']?.modifier).toBe(-10);
  });
});
