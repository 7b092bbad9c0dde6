import { renderBlock } from '@/components/article-body';
import { Figure } from '@/components/figure';
import { GlossaryList } from '@/components/glossary-list';
import { pairedLocale, type BlockPair } from '@/lib/content/bilingual';
import { glossaryMarksOf } from '@/lib/content/glossary-terms';
import type { TextBlock } from '@/lib/content/types';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Dictionary } from '@/lib/dictionaries/zh';
import { htmlLang, profileOf, type Locale } from '@/lib/i18n';

/** Each column links its terms to its own list, so both lists' ids are unique on the page: `#term-en-jinfeng-shiyanshi`. */
const termIdPrefix = (locale: Locale) => `term-${profileOf(locale).segment}-`;

interface BilingualBodyProps {
  pairs: BlockPair[];
  /** The page's language: its block comes first in every pair. */
  lead: Locale;
  dict: Pick<Dictionary, 'placeholderMark' | 'changedMark'>;
}

/**
 * A body in both languages, pair by pair: each pair is one element, under the
 * id its two blocks share, holding the leading block and its twin, each
 * marked with its language. Side by side on wide screens, one after the
 * other on phones. A figure is shown once, captioned in both languages. A
 * pair whose original changed after it was translated says so in words under
 * it (not by colour alone), in the page's language. After the pairs, each
 * column's list of glossary terms, side by side like the columns, each in its
 * language.
 */
export function BilingualBody({ pairs, lead, dict }: BilingualBodyProps) {
  const twin = pairedLocale(lead);
  const columns = [
    { side: 'lead', locale: lead },
    { side: 'twin', locale: twin },
  ] as const;
  const textPairs = pairs.filter((pair) => pair.kind === 'text');
  return (
    <>
      <div className="bilingual-body" data-blocks="">
        {pairs.map((pair) =>
          pair.kind === 'figure' ? (
            <div key={pair.id} id={pair.id} className="bilingual-pair bilingual-figure">
              <Figure
                figure={pair.lead.figure}
                placeholderMark={dict.placeholderMark}
                bilingual={{ lang: htmlLang[lead], twinLang: htmlLang[twin], twin: pair.twin.figure }}
              />
              {pair.originalChanged ? <ChangedMark text={dict.changedMark} /> : null}
            </div>
          ) : (
            <div key={pair.id} id={pair.id} className={`bilingual-pair bilingual-text${pairClass(pair.lead)}`}>
              {(['lead', 'twin'] as const).map((side) => (
                <div key={side} lang={htmlLang[side === 'lead' ? lead : twin]} className="article-text prose">
                  {renderBlock(pair[side], dict, {
                    withId: false,
                    termIdPrefix: termIdPrefix(side === 'lead' ? lead : twin),
                  })}
                </div>
              ))}
              {pair.originalChanged ? <ChangedMark text={dict.changedMark} /> : null}
            </div>
          ),
        )}
      </div>
      <div className="bilingual-text bilingual-glossaries">
        {columns.map(({ side, locale }) => (
          <GlossaryList
            key={side}
            marks={glossaryMarksOf(textPairs.map((pair) => pair[side]))}
            idPrefix={termIdPrefix(locale)}
            dict={getDictionary(locale)}
            lang={htmlLang[locale]}
          />
        ))}
      </div>
    </>
  );
}

/** Under a pair whose original changed: last in the pair, so the two columns keep their places, and across both. */
function ChangedMark({ text }: { text: string }) {
  return (
    <p className="col-span-full mt-1 border-l-4 border-mark-ink bg-mark-bg px-3 py-1 text-sm font-medium text-mark-ink">
      <span aria-hidden="true">✎ </span>
      {text}
    </p>
  );
}

/** The extra class of a text pair, by the kind of its blocks: headings are set apart from the prose. */
function pairClass(block: TextBlock): string {
  switch (block.kind) {
    case 'heading':
      return ' bilingual-heading';
    case 'paragraph':
    case 'list':
    case 'quote':
    case 'table':
    case 'code':
    case 'rule':
      return '';
    default: {
      const unhandled: never = block;
      throw new Error(`No pair style for block ${JSON.stringify(unhandled)}`);
    }
  }
}
