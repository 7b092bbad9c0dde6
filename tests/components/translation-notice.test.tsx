import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TranslationNotice } from '@/components/translation-notice';
import type { Block } from '@/lib/content/types';

describe('TranslationNotice', () => {
  it('says the translation may be behind and links to the Chinese original', () => {
    render(<TranslationNotice locale="en" stale originalHref="/zh/labs" originalLocale="zh" />);
    expect(screen.getByText(/the translation may be behind/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Read the Chinese original' });
    expect(link.getAttribute('href')).toBe('/zh/labs');
    expect(link.getAttribute('hreflang')).toBe('zh-Hans');
  });

  it('lists what changed in the original, each block a link to its place on the page', () => {
    const blocks = [
      { kind: 'paragraph', id: 'p3', line: 20 },
      { kind: 'figure', id: 'fig1', line: 22 },
    ] as unknown as Block[];
    render(
      <TranslationNotice
        locale="en"
        stale
        changes={{ blocks: ['p3', 'fig1'], frontMatter: true, removed: 0, unknown: false }}
        blocks={blocks}
        originalHref="/zh/labs"
        originalLocale="zh"
      />,
    );
    expect(screen.getByText(/Changed in the original since:/).textContent).toBe(
      'Changed in the original since: the headline or summary, paragraph 3, and figure 1',
    );
    expect(screen.getByRole('link', { name: 'paragraph 3' }).getAttribute('href')).toBe('#p3');
    expect(screen.getByRole('link', { name: 'figure 1' }).getAttribute('href')).toBe('#fig1');
  });

  it('says nothing when the translation is current, or when there is no original to link to', () => {
    const { container, rerender } = render(
      <TranslationNotice locale="en" stale={false} originalHref="/zh/labs" originalLocale="zh" />,
    );
    expect(container.textContent).toBe('');
    rerender(<TranslationNotice locale="en" stale originalHref={undefined} originalLocale="zh" />);
    expect(container.textContent).toBe('');
  });
});
