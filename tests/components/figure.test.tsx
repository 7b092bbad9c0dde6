import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Figure } from '@/components/figure';
import type { Figure as FigureData } from '@/lib/content/types';

const photo: FigureData = {
  src: '/img/jinfeng-laboratory.jpg',
  alt: '湖畔的金凤实验室大楼',
  caption: '金凤实验室',
  credit: '摄/曾诚',
  originalCredit: '摄/曾诚',
  creditIsDefault: false,
  width: 1920,
  height: 1280,
  isPlaceholder: false,
};

/** A drawn stand-in as the loader resolves it: alt text and credit say what it is. */
const illustration: FigureData = {
  ...photo,
  alt: 'Illustration: Researchers at Jinfeng Laboratory at a lab bench',
  caption: 'Researchers at work in Jinfeng Laboratory',
  credit: 'Illustration (original photo: Lei Jian, not included)',
  originalCredit: 'Photo: Lei Jian',
  isPlaceholder: true,
};

describe('Figure', () => {
  it('shows the image with its alt text and size, so the layout does not shift', () => {
    render(<Figure figure={photo} placeholderMark="示意图" />);
    const image = screen.getByRole('img', { name: '湖畔的金凤实验室大楼' });
    expect(image.getAttribute('width')).toBe('1920');
    expect(image.getAttribute('height')).toBe('1280');
  });

  it('captions the image with the caption and the credit as separate pieces of text', () => {
    render(<Figure figure={photo} placeholderMark="示意图" />);
    const figure = screen.getByRole('figure');
    const caption = within(figure).getByText('金凤实验室');
    const credit = within(figure).getByText('摄/曾诚');
    expect(caption).not.toBe(credit);
    expect(caption.closest('figcaption')).toBe(credit.closest('figcaption'));
  });

  it('credits an illustration as one, naming whose photo it stands for, and never as the photographer’s own', () => {
    render(<Figure figure={illustration} placeholderMark="Illustration" />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Illustration (original photo: Lei Jian, not included)')).toBeTruthy();
    expect(within(figure).queryByText('Photo: Lei Jian')).toBeNull();
    expect(screen.getByRole('img', { name: /^Illustration: Researchers at Jinfeng Laboratory/ })).toBeTruthy();
  });

  it('marks an illustration on the image itself', () => {
    render(<Figure figure={{ ...photo, isPlaceholder: true }} placeholderMark="示意图" />);
    expect(screen.getByText('示意图')).toBeTruthy();
  });

  it('says nothing of illustrations under a real photo', () => {
    render(<Figure figure={photo} placeholderMark="示意图" />);
    expect(screen.queryByText('示意图')).toBeNull();
    expect(screen.queryByText(/示意图|Illustration/)).toBeNull();
  });

  it('captions a figure of the side-by-side view in both languages, each credit in its own language', () => {
    render(
      <Figure
        figure={{ ...illustration, caption: '金凤实验室工作人员科研忙', credit: '示意图（原图：雷键摄，未收录）' }}
        placeholderMark="示意图"
        bilingual={{ lang: 'zh-CN', twinLang: 'en', twin: illustration }}
      />,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('示意图（原图：雷键摄，未收录）').closest('[lang]')?.getAttribute('lang')).toBe(
      'zh-CN',
    );
    expect(
      within(figure)
        .getByText('Illustration (original photo: Lei Jian, not included)')
        .closest('[lang]')
        ?.getAttribute('lang'),
    ).toBe('en');
  });
});
