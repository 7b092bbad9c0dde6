import { profileOf, type Locale } from '@/lib/i18n';

interface HeadlineProps {
  locale: Locale;
  text: string;
  className?: string;
}

/**
 * The page's h1. Where the profile says headlines mark their line breaks
 * with a space, as printed (主题 + 副题), each part gets its own line; others flow.
 */
export function Headline({ locale, text, className = '' }: HeadlineProps) {
  const parts = profileOf(locale).typography.headlineBreaksAtSpaces ? text.split(/\s+/) : [text];
  return (
    <h1 className={`font-headline text-balance text-ink ${className}`}>
      {parts.map((part, index) => (
        // The space keeps the words apart for copy-paste and the accessibility tree.
        <span key={index} className="block">
          {index > 0 ? ' ' : null}
          {part}
        </span>
      ))}
    </h1>
  );
}
