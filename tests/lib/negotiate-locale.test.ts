import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestedLanguages } from '@/lib/negotiate-locale';

describe('negotiateLocale', () => {
  it('sends readers who ask for English to English', () => {
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
  });

  it('sends readers of Taiwan, Hong Kong, Macau and any traditional script to the traditional edition', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-hant-hk']) {
      expect(negotiateLocale(`${tag},zh;q=0.9,en;q=0.5`), tag).toBe('zh-hant');
    }
  });

  it('sends readers of mainland China, Singapore, the simplified script and plain zh to the simplified original', () => {
    for (const tag of ['zh-Hans', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'zh', 'zh-MY']) {
      expect(negotiateLocale(tag), tag).toBe('zh');
    }
  });

  it('follows the reader’s order of preference', () => {
    expect(negotiateLocale('fr-FR,en;q=0.8,zh;q=0.5')).toBe('en');
    expect(negotiateLocale('en;q=0.4,zh-CN;q=0.9')).toBe('zh');
    expect(negotiateLocale('en;q=0.4,zh-TW;q=0.9')).toBe('zh-hant');
  });

  it('falls back to the simplified original when nothing matches, the header is missing, or it is malformed', () => {
    expect(negotiateLocale('fr-FR,de;q=0.8')).toBe('zh');
    expect(negotiateLocale(undefined)).toBe('zh');
    expect(negotiateLocale('*')).toBe('zh');
    expect(negotiateLocale('!!!,;;q=x')).toBe('zh');
  });

  it('tries the most specific range first, so zh-Hant-TW is not read as plain zh', () => {
    expect(negotiateLocale('zh-Hant-TW')).toBe('zh-hant');
    expect(negotiateLocale('zhx,en;q=0.5')).toBe('en');
  });
});

describe('requestedLanguages', () => {
  it('orders the tags by q value and leaves out the wildcard', () => {
    expect(requestedLanguages('en;q=0.4, zh-TW;q=0.9, *;q=0.1')).toEqual(['zh-TW', 'en']);
    expect(requestedLanguages(null)).toEqual([]);
  });
});
