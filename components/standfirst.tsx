interface StandfirstProps {
  text: string;
  /** Set when the standfirst's language differs from the page's (the side-by-side view). */
  lang?: string;
  className?: string;
}

/**
 * The sentence or two under a section's headline that says what the section
 * reports: the section's `summary`, which the front page's list, search
 * results and feeds show too, so a reader meets the same words everywhere.
 */
export function Standfirst({ text, lang, className = '' }: StandfirstProps) {
  return (
    <p lang={lang} className={`standfirst text-lg leading-relaxed text-pretty text-ink-muted sm:text-xl ${className}`}>
      {text}
    </p>
  );
}
