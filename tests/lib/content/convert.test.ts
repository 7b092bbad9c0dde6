import { describe, expect, it } from 'vitest';
import { createConverter, plainConverter } from '@/lib/content/convert';

describe('createConverter', () => {
  it('converts simplified Chinese to Taiwan’s standard characters without rewriting the vocabulary', () => {
    const convert = plainConverter('opencc-cn-tw');
    expect(convert('西部（重庆）科学城 金凤实验室')).toBe('西部（重慶）科學城 金鳳實驗室');
    // Taiwan's phrase table would make these 軟體, 專案 and 視窗: words the article's sources never said.
    expect(convert('金凤软件园 重大项目 “川渝通办”窗口')).toBe('金鳳軟件園 重大項目 “川渝通辦”窗口');
  });

  it('writes an override wherever its term occurs, longest first, and converts the rest', () => {
    const convert = createConverter('opencc-cn-tw', [
      { from: '对标对表', to: '對標對表' },
      { from: '对表', to: '对表!' },
    ]);
    expect(plainConverter('opencc-cn-tw')('对标对表')).toBe('對標對錶');
    expect(convert('科学城对标对表，再对表')).toBe('科學城對標對表，再对表!');
  });

  it('leaves text without overridden terms exactly as the plain converter does', () => {
    const text = '科学城正照图施工、打表推进';
    expect(createConverter('opencc-cn-tw', [{ from: '金凤', to: '金鳳!' }])(text)).toBe(plainConverter('opencc-cn-tw')(text));
  });
});
