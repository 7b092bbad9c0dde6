import { InvestmentChart } from '@/components/investment-chart';
import type { AtAGlance } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { formatQuantity } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { PhrasedText } from '@/components/phrased-text';
import type { Phraser } from '@/lib/typesetting/phraser';

interface KeyFiguresProps {
  locale: Locale;
  data: AtAGlance;
  phrase: Phraser;
  /** As wide as the side-by-side columns above it, not the single-language measure. */
  wide?: boolean;
}

/**
 * The article's numbers at a glance, from the front page's front matter:
 * each figure as the language writes it (17万 / 170,000), with the article's
 * hedges (近, "nearly"), and a link to the paragraph that gives it; then the
 * chart of investments.
 */
export function KeyFigures({ locale, data, phrase, wide = false }: KeyFiguresProps) {
  const dict = getDictionary(locale);
  if (data.keyFigures.length === 0 && !data.investments) return null;
  return (
    <section
      id="key-figures"
      aria-labelledby="key-figures-heading"
      className={`mx-auto mt-16 ${wide ? 'max-w-6xl' : 'max-w-5xl'}`}
    >
      <h2
        id="key-figures-heading"
        className="font-headline mb-6 border-b-2 border-ink pb-2 text-2xl font-bold text-ink"
      >
        {dict.keyFiguresHeading}
      </h2>
      <ul className="grid grid-cols-2 gap-x-6 gap-y-8 sm:gap-x-10 lg:grid-cols-3">
        {data.keyFigures.map(({ figure, href }) => {
          const { before, number, after } = formatQuantity(figure.value, locale, figure.qualifier);
          return (
            <li key={`${figure.source}-${figure.value}`} className="border-t border-rule pt-4">
              <p className="font-headline leading-none text-accent">
                {before ? <span className="text-lg font-semibold sm:text-xl">{before}</span> : null}
                <span className="text-4xl font-bold tabular-nums sm:text-5xl">{number}</span>
                {after || figure.unit ? (
                  <span className="text-xl font-semibold sm:text-2xl">
                    {after}
                    {figure.unit}
                  </span>
                ) : null}
              </p>
              <p className="mt-3 text-[0.9375rem] leading-snug font-medium text-balance sm:text-base">
                <a href={href} className="text-ink underline decoration-rule underline-offset-4 hover:text-accent">
                  <PhrasedText text={figure.label} locale={locale} phrase={phrase} />
                </a>
              </p>
              {figure.detail ? (
                <p className="mt-1 text-sm leading-relaxed text-ink-muted">
                  <PhrasedText text={figure.detail} locale={locale} phrase={phrase} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {data.investments ? (
        <InvestmentChart
          locale={locale}
          investments={data.investments.figure}
          source={{
            author: data.investments.author,
            href: data.investments.href,
            sectionTitle: data.investments.sectionTitle,
          }}
        />
      ) : null}
    </section>
  );
}
