import type { ReactNode } from 'react';
import type { GlossaryMark } from '@/lib/content/glossary-terms';
import { htmlLang, profileOf } from '@/lib/i18n';

interface GlossaryTermProps {
  mark: GlossaryMark;
  /** The term as the text writes it. */
  children: ReactNode;
}

/**
 * A glossary term in running text and its explanation: on English pages the
 * Chinese original and a one-line note, on Chinese pages the English name
 * (and the note in Chinese). No JavaScript needed: the note is a native
 * popover, opened by its button (click, tap, Enter or Space; Escape or a tap
 * elsewhere closes it), and screen readers hear the note as the button's
 * description. It opens in the top layer, so nothing on the page moves.
 *
 * The words the reader sees are the button's `<label>`, not its content: a
 * button is an atomic inline-block that no line can break inside (and that
 * stretches the justified Chinese line before it), while a label is inline
 * text that wraps like any other, and clicking a label clicks its button.
 * The button itself is visually hidden but focusable, named by the label;
 * its focus ring is drawn on the words.
 */
export function GlossaryTerm({ mark, children }: GlossaryTermProps) {
  const other = profileOf(mark.language).glossaryCounterpart;
  const labelId = `${mark.id}-term`;
  const buttonId = `${mark.id}-button`;
  return (
    <span className="glossary">
      <label htmlFor={buttonId} className="glossary-term-text">
        {/* Hidden from assistive technology, which meets the same words as the button's name. */}
        <span id={labelId} aria-hidden="true">
          {children}
        </span>
      </label>
      <button
        type="button"
        id={buttonId}
        className="glossary-term"
        aria-labelledby={labelId}
        aria-describedby={mark.id}
        popoverTarget={mark.id}
        // "show", not the default toggle: a note opened by hovering stays open when the reader then clicks.
        popoverTargetAction="show"
      />
      {/* Search finds the term where the article uses it, not in its note (Pagefind skips this). */}
      <span id={mark.id} popover="auto" className="glossary-note" data-pagefind-ignore="">
        <span lang={htmlLang[other]} className="glossary-note-name">
          {mark.entry[other]}
        </span>{' '}
        <span className="glossary-note-text">{mark.entry.note[mark.language]}</span>
      </span>
    </span>
  );
}
