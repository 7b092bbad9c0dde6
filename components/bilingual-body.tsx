import { renderBlock } from '@/components/article-body';
import { Figure } from '@/components/figure';
import type { BlockPair } from '@/lib/content/bilingual';
import type { Dictionary } from '@/lib/dictionaries/zh';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n';

interface BilingualBodyProps {
  pairs: BlockPair[];
  /** The page's language: its block comes first in every pair. */
  lead: Locale;
  dict: Pick<Dictionary, 'placeholderMark'>;
}

/**
 * A body in both languages, pair by pair: each pair is one element, under the
 * id its two blocks share, holding the Chinese block and the English one,
 * each marked with its language. Side by side on wide screens, one after the
 * other on phones. A figure is shown once, captioned in both languages.
 */
export function BilingualBody({ pairs, lead, dict }: BilingualBodyProps) {
  const order = [lead, otherLocale(lead)] as const;
  return (
    <div className="bilingual-body" data-blocks="">
      {pairs.map((pair) =>
        pair.kind === 'figure' ? (
          <div key={pair.id} id={pair.id} className="bilingual-pair bilingual-figure">
            <Figure
              figure={pair[lead].figure}
              placeholderMark={dict.placeholderMark}
              bilingual={{ lang: htmlLang[lead], twinLang: htmlLang[order[1]], twin: pair[order[1]].figure }}
            />
          </div>
        ) : (
          <div
            key={pair.id}
            id={pair.id}
            className={`bilingual-pair bilingual-text${pair.zh.kind === 'heading' ? ' bilingual-heading' : ''}`}
          >
            {order.map((locale) => (
              <div key={locale} lang={htmlLang[locale]} className="article-text prose">
                {renderBlock(pair[locale], dict, { withId: false })}
              </div>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
