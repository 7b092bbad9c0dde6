import { describe, expect, it } from 'vitest';
import { localeProfiles } from '@/lib/i18n';
import { acceptRanges, localeForTag, negotiateLocale } from '@/lib/negotiate-locale';

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
});

describe('acceptRanges', () => {
  it('holds every range of every profile, longest first, so zh-Hant-TW is tried against zh-Hant before zh', () => {
    const declared = Object.values(localeProfiles).flatMap((profile) => profile.accept);
    expect(acceptRanges.map((each) => each.range).sort()).toEqual([...declared].sort());
    const lengths = acceptRanges.map((each) => each.range.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(localeForTag('zh-Hant-TW')).toBe('zh-hant');
    expect(localeForTag('zhx')).toBeNull();
  });
});
