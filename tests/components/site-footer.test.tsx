import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/site-footer';

const article = {
  author: 'Wang Qian',
  photoCredit:
    'Photos courtesy of the Western (Chongqing) Science City Administrative Committee unless otherwise credited',
  source: 'Original Chinese report by Wang Qian; English translation by this site.',
};

describe('SiteFooter', () => {
  it('gives the byline and the source on every page', () => {
    render(<SiteFooter locale="en" article={{ ...article, showsPhotos: false }} />);
    expect(screen.getByText('By Wang Qian')).toBeTruthy();
    expect(screen.getByText(/Original Chinese report by Wang Qian/)).toBeTruthy();
  });

  it('says whose photos they are when the article shows a photo', () => {
    render(<SiteFooter locale="en" article={{ ...article, showsPhotos: true }} />);
    expect(screen.getByText(/^Photos courtesy of/)).toBeTruthy();
  });

  it('speaks of no photos while every figure is an illustration', () => {
    render(<SiteFooter locale="en" article={{ ...article, showsPhotos: false }} />);
    expect(screen.queryByText(/Photos courtesy of/)).toBeNull();
  });
});
