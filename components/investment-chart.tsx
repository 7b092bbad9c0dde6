import type { Investments } from '@/lib/content/schema';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, type Locale } from '@/lib/i18n';
import { formatYuan } from '@/lib/format';
import { layoutInvestmentChart } from '@/lib/investment-chart';

interface InvestmentChartProps {
  locale: Locale;
  investments: Investments;
  /**
   * Where the figures come from: the source line names the report, and the
   * link opens the section (named in its label) where the article gives the total.
   */
  source: { author: string; href: string; sectionTitle: string };
}

/**
 * The investments the article names, as a bar chart drawn on the server.
 * The SVG is one image to assistive technology, named by its title and
 * described in a sentence; a data table follows for screen readers and for
 * print. Every bar is labelled in words and figures, so no reader depends
 * on telling colours apart; the colours are the page's own, light or dark.
 */
export function InvestmentChart({ locale, investments, source }: InvestmentChartProps) {
  const dict = getDictionary(locale);
  const { rows, height, barHeight } = layoutInvestmentChart(investments, locale, dict.investmentsOfWhich);
  const list = new Intl.ListFormat(htmlLang[locale], { type: 'conjunction' });
  const description = dict.investmentsDescription(
    investments.total.label,
    formatYuan(investments.total.yuan, locale),
    list.format(investments.parts.map((part) => dict.investmentsPart(part.label, formatYuan(part.yuan, locale)))),
  );
  const titleId = 'investments-title';
  const descriptionId = 'investments-description';

  return (
    <figure className="mt-12 max-w-3xl">
      <figcaption>
        <h3 className="font-headline text-xl font-bold text-ink">{investments.title}</h3>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        width="100%"
        height={height}
        className="mt-5 block text-sm"
      >
        <title id={titleId}>{investments.title}</title>
        <desc id={descriptionId}>{description}</desc>
        {rows.map((row) => {
          const width = `${(row.share * 100).toFixed(2)}%`;
          return (
            <g key={row.label}>
              <text className="fill-ink">
                {row.labelLines.map((line, i) => (
                  <tspan key={i} x="0" y={row.labelY[i]}>
                    {line}
                  </tspan>
                ))}
              </text>
              {row.kind === 'part' ? (
                // The whole, drawn as an outline behind each part, so the share reads at a glance.
                <rect
                  x="0.5"
                  y={row.barY + 0.5}
                  width="99.8%"
                  height={barHeight - 1}
                  rx="2"
                  className="fill-none stroke-ink-muted"
                  strokeDasharray="3 3"
                />
              ) : null}
              <rect
                x="0"
                y={row.barY}
                width={width}
                height={barHeight}
                rx="2"
                className={row.kind === 'total' ? 'fill-ink' : 'fill-accent'}
              />
              <text
                x={width}
                dx={row.amountInside ? -8 : 8}
                y={row.barY + barHeight / 2}
                dominantBaseline="central"
                textAnchor={row.amountInside ? 'end' : 'start'}
                className={`font-semibold tabular-nums ${row.amountInside ? (row.kind === 'total' ? 'fill-paper' : 'fill-accent-ink') : 'fill-ink'}`}
              >
                {row.amount}
              </text>
            </g>
          );
        })}
      </svg>
      {/*
        Hidden on screen by a wrapper, not by sr-only on the table itself: a
        table keeps its content's width whatever its own width says, and an
        absolutely placed one still widens the page (658 px on a 375 px phone).
      */}
      <div className="sr-only print:not-sr-only" data-pagefind-ignore="">
        <table className="mt-4 text-sm">
          <caption className="text-left font-semibold">{dict.investmentsTableCaption(investments.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{dict.investmentsProject}</th>
              <th scope="col">{dict.investmentsAmount}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="font-normal">
                  {row.label}
                </th>
                <td className="tabular-nums">{row.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-ink-muted">{dict.chartSource(source.author)}</p>
      <p className="mt-1 text-sm">
        <a href={source.href} className="text-accent underline underline-offset-4">
          {dict.chartSourceLink(source.sectionTitle)}
        </a>
      </p>
    </figure>
  );
}
