import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Figure } from '@/components/figure';
import type { Figure as FigureData } from '@/lib/content/types';

const photo: FigureData = {
  src: '/img/jinfeng-laboratory.jpg',
  alt: '湖畔的金凤实验室大楼',
  caption: '金凤实验室',
  credit: '摄/曾诚',
  creditIsDefault: false,
  width: 1920,
  height: 1280,
  isPlaceholder: false,
};

const marks = { placeholderMark: '示意图', placeholderNote: '原图未收录，此为示意图' };

describe('Figure', () => {
  it('shows the image with its alt text and size, so the layout does not shift', () => {
    render(<Figure figure={photo} {...marks} />);
    const image = screen.getByRole('img', { name: '湖畔的金凤实验室大楼' });
    expect(image.getAttribute('width')).toBe('1920');
    expect(image.getAttribute('height')).toBe('1280');
  });

  it('captions the image with the caption and the credit as separate pieces of text', () => {
    render(<Figure figure={photo} {...marks} />);
    const figure = screen.getByRole('figure');
    const caption = within(figure).getByText('金凤实验室');
    const credit = within(figure).getByText('摄/曾诚');
    expect(caption).not.toBe(credit);
    expect(caption.closest('figcaption')).toBe(credit.closest('figcaption'));
  });

  it('tells the reader when the picture is an illustration standing in for the photo', () => {
    render(<Figure figure={{ ...photo, isPlaceholder: true }} {...marks} />);
    expect(within(screen.getByRole('figure')).getByText('原图未收录，此为示意图')).toBeTruthy();
    expect(screen.getByText('示意图')).toBeTruthy();
  });

  it('says nothing of illustrations under a real photo', () => {
    render(<Figure figure={photo} {...marks} />);
    expect(screen.queryByText('示意图')).toBeNull();
    expect(screen.queryByText('原图未收录，此为示意图')).toBeNull();
  });
});
