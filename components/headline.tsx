import { PhrasedText } from '@/components/phrased-text';
import { profileOf, type Locale } from '@/lib/i18n';
import type { Phraser } from '@/lib/typesetting/phraser';

interface HeadlineProps {
  locale: Locale;
  text: string;
  phrase: Phraser;
  className?: string;
}

/**
 * The page's h1. Where the profile says headlines mark their line breaks
 * with a space, as printed (主题 + 副题), each part gets its own line; others
 * flow. Within a part, lines break only between phrases, balanced.
 */
export function Headline({ locale, text, phrase, className = '' }: HeadlineProps) {
  return (
    <h1 className={`font-headline text-balance text-ink ${className}`}>
      <HeadlineParts locale={locale} text={text} phrase={phrase} />
    </h1>
  );
}

/** A headline's text, each printed part on its own line where the profile says so, every part phrased. */
export function HeadlineParts({ locale, text, phrase }: Omit<HeadlineProps, 'className'>) {
  const parts = profileOf(locale).typography.headlineBreaksAtSpaces ? text.split(/\s+/) : [text];
  return parts.map((part, index) => (
    // The space keeps the words apart for copy-paste and the accessibility tree.
    <span key={index} className="block">
      {index > 0 ? ' ' : null}
      <PhrasedText text={part} locale={locale} phrase={phrase} />
    </span>
  ));
}
