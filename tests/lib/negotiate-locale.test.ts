import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/lib/negotiate-locale';

describe('negotiateLocale', () => {
  it('sends readers who ask for English to English', () => {
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
  });

  it('sends readers of any Chinese to the Chinese original', () => {
    expect(negotiateLocale('zh-TW,zh;q=0.9,en;q=0.5')).toBe('zh');
    expect(negotiateLocale('zh-Hans-CN')).toBe('zh');
  });

  it('follows the reader’s order of preference', () => {
    expect(negotiateLocale('fr-FR,en;q=0.8,zh;q=0.5')).toBe('en');
    expect(negotiateLocale('en;q=0.4,zh-CN;q=0.9')).toBe('zh');
  });

  it('falls back to Chinese when nothing matches, the header is missing, or it is malformed', () => {
    expect(negotiateLocale('fr-FR,de;q=0.8')).toBe('zh');
    expect(negotiateLocale(undefined)).toBe('zh');
    expect(negotiateLocale('*')).toBe('zh');
    expect(negotiateLocale('!!!,;;q=x')).toBe('zh');
  });
});
