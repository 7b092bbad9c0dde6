import { GlossaryNote, glossaryIds } from '@/components/glossary-term';
import type { GlossaryMark } from '@/lib/content/glossary-terms';
import type { Dictionary } from '@/lib/dictionaries/zh';

interface GlossaryListProps {
  /** The terms the text marks, each once, in the order it first uses them. */
  marks: readonly GlossaryMark[];
  /** Where the ids of this list start: `term-`; one per list on a page. */
  idPrefix: string;
  dict: Pick<Dictionary, 'glossaryHeading' | 'glossaryBack'>;
  /** The list's language, where it differs from the page's (a column of the side-by-side view). */
  lang?: string;
}

/**
 * The page's glossary: every term its text marks, with its note, after the
 * text and outside its paragraphs, so a crawler, a reader mode or a text
 * extractor reads the paragraphs as written. Each entry links back to where
 * the text uses the term. Left out of the search index
 * (`data-pagefind-ignore`): the notes are not the article.
 */
export function GlossaryList({ marks, idPrefix, dict, lang }: GlossaryListProps) {
  if (marks.length === 0) return null;
  const headingId = `${idPrefix}heading`;
  return (
    <aside aria-labelledby={headingId} lang={lang} className="glossary-list" data-pagefind-ignore="">
      <h2 id={headingId} className="glossary-list-heading">
        {dict.glossaryHeading}
      </h2>
      <dl>
        {marks.map((mark) => {
          const ids = glossaryIds(idPrefix, mark.key);
          return (
            <div key={mark.key} id={ids.entry} className="glossary-entry">
              <dt>
                <dfn>{mark.term}</dfn>{' '}
                <a href={`#${ids.use}`} className="glossary-back">
                  <span aria-hidden="true">↩</span>
                  <span className="sr-only">{dict.glossaryBack(mark.term)}</span>
                </a>
              </dt>
              <dd id={ids.note}>
                <GlossaryNote mark={mark} />
              </dd>
            </div>
          );
        })}
      </dl>
    </aside>
  );
}
