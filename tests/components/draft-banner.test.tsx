import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftBanner } from '@/components/draft-banner';

describe('DraftBanner', () => {
  it('tells the editor, in the page’s language, that a draft is not published', () => {
    render(<DraftBanner locale="zh" draft />);
    expect(screen.getByText('草稿')).toBeTruthy();
    expect(screen.getByText(/本节尚未发布/)).toBeTruthy();
  });

  it('shows nothing on a published page', () => {
    const { container } = render(<DraftBanner locale="en" draft={false} />);
    expect(container.textContent).toBe('');
  });
});
