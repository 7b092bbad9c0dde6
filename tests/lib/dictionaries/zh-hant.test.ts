import { describe, expect, it } from 'vitest';
import { plainConverter } from '@/lib/content/convert';
import { zh, type Dictionary } from '@/lib/dictionaries/zh';
import { zhHant } from '@/lib/dictionaries/zh-hant';

/** Where the traditional dictionary says something other than its simplified twin converted, on purpose. */
const deliberate: Partial<Record<keyof Dictionary, string>> = {
  languageName: 'names its own script, 繁體, not the simplified one',
  languageShortName: 'is 繁, for 繁體',
  switchLanguage: 'offers the traditional edition',
  columnLabel: 'says the column is the original in traditional characters',
  bilingualNote: 'says the same',
};

const convert = plainConverter('opencc-cn-tw');
/** Strings and functions alike, functions called with sample arguments. */
const sample = (value: Dictionary[keyof Dictionary]) =>
  typeof value === 'function' ? (value as (...args: (string | number)[]) => string)('甲', '乙', '丙') : value;

describe('the traditional dictionary', () => {
  for (const key of Object.keys(zh) as (keyof Dictionary)[]) {
    it(`says ${key} as the simplified one converted${deliberate[key] ? ', except where it names its own edition' : ''}`, () => {
      if (deliberate[key]) expect(sample(zhHant[key])).not.toBe(convert(sample(zh[key])));
      else expect(sample(zhHant[key])).toBe(convert(sample(zh[key])));
    });
  }
});
