import { describe, expect, it } from 'vitest';
import { searchQueries } from '@/lib/client/search-query';

describe('searchQueries', () => {
  it('searches American spellings in the British form the article is written in, and as typed', () => {
    expect(searchQueries('license')).toEqual(['license', 'licence']);
    expect(searchQueries('business license')).toEqual(['business license', 'business licence']);
    expect(searchQueries('specialized centers')).toEqual(['specialized centers', 'specialised centres']);
  });

  it('runs one query when nothing would change, and none for blank input', () => {
    expect(searchQueries('  licence  ')).toEqual(['licence']);
    expect(searchQueries('金凤 实验室')).toEqual(['金凤 实验室']);
    expect(searchQueries('size')).toEqual(['size']);
    expect(searchQueries('seized')).toEqual(['seized']);
    expect(searchQueries('   ')).toEqual([]);
  });
});
