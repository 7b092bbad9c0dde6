import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n';
import type { Phraser } from '@/lib/typesetting/phraser';

interface PhrasedTextProps {
  text: string;
  /** The language the text is in (not necessarily the page's). */
  locale: Locale;
  phrase: Phraser;
}

/**
 * Display text that breaks only between its phrases: a `<wbr>` between them
 * and `word-break: keep-all` around them (`.phrased` in globals.css). A
 * phrase with punctuation inside (“川渝通办”, 西部（重庆）科学城), where the
 * browser would still find a break, is also kept on one line. Text of one
 * phrase (any Latin text) is left as it is. The words are unchanged for
 * copy-paste and the accessibility tree: `<wbr>` adds no character.
 */
export function PhrasedText({ text, locale, phrase }: PhrasedTextProps) {
  const phrases = phrase(text, locale);
  if (phrases.length < 2) return text;
  return (
    <span className="phrased">
      {phrases.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {holdsInnerPunctuation(part) ? <span className="whitespace-nowrap">{part}</span> : part}
        </Fragment>
      ))}
    </span>
  );
}

/** Punctuation after a phrase's first character, where `keep-all` still lets a line break (before “ or （). */
function holdsInnerPunctuation(phrase: string): boolean {
  return /[^\p{L}\p{N}\s]/u.test(phrase.trimEnd().slice(1));
}
