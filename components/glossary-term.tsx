import type { ReactNode } from 'react';
import type { GlossaryMark } from '@/lib/content/glossary-terms';
import { htmlLang, profileOf } from '@/lib/i18n';

/** The language tag of glossary.yaml's `pinyin`: the original's names, in Latin letters (BCP 47's registered variant). */
const pinyinLang = 'zh-Latn-pinyin';

/**
 * The ids a term's link, its entry in the page's list and its note share a
 * key in. `prefix` keeps them apart where a page has two lists (one per
 * column of the side-by-side view).
 */
export function glossaryIds(prefix: string, key: string) {
  return { entry: `${prefix}${key}`, note: `${prefix}${key}-note`, use: `${prefix}${key}-use` };
}

interface GlossaryTermProps {
  mark: GlossaryMark;
  /** Where the ids of the page's list of terms start: `term-`. */
  idPrefix: string;
  /** The term as the text writes it. */
  children: ReactNode;
}

/**
 * A glossary term in running text: one link to its entry in the page's list
 * of terms (components/glossary-list.tsx), and nothing else, so that the
 * paragraph's text is the paragraph. Screen readers hear the note as the
 * link's description; with scripts, lib/client/term-hints.ts shows the note
 * in place on a click, a tap, hover or focus; without them the link jumps to
 * the list, whose entry links back here.
 */
export function GlossaryTerm({ mark, idPrefix, children }: GlossaryTermProps) {
  const ids = glossaryIds(idPrefix, mark.key);
  return (
    <a
      href={`#${ids.entry}`}
      id={ids.use}
      className={mark.afterTerm ? 'glossary-term glossary-term-after' : 'glossary-term'}
      aria-describedby={ids.note}
    >
      {children}
    </a>
  );
}

/**
 * A term's note as the list shows it (and the client copies into its
 * popover): the name in the counterpart language, its pinyin where the
 * locale's profile asks for it, then the note in the page's language.
 */
export function GlossaryNote({ mark }: { mark: GlossaryMark }) {
  const profile = profileOf(mark.language);
  const other = profile.glossaryCounterpart;
  return (
    <>
      <span className="glossary-note-name">
        <span lang={htmlLang[other]}>{mark.entry[other]}</span>
        {profile.glossaryPinyin && mark.entry.pinyin ? (
          <>
            {' '}
            <span lang={pinyinLang} className="glossary-note-pinyin">
              {mark.entry.pinyin}
            </span>
          </>
        ) : null}
      </span>{' '}
      <span className="glossary-note-text">{mark.entry.note[mark.language]}</span>
    </>
  );
}
