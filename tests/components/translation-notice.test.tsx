import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TranslationNotice } from '@/components/translation-notice';

describe('TranslationNotice', () => {
  it('says the translation may be behind and links to the Chinese original', () => {
    render(<TranslationNotice locale="en" stale originalHref="/zh/labs" originalLocale="zh" />);
    expect(screen.getByText(/the translation may be behind/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Read the Chinese original' });
    expect(link.getAttribute('href')).toBe('/zh/labs');
    expect(link.getAttribute('hreflang')).toBe('zh-Hans');
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
