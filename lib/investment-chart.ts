import type { Investments } from '@/lib/content/schema';
import { formatYuan } from '@/lib/format';
import { profileOf, type Locale } from '@/lib/i18n';

/** One bar of the chart, placed: labels above the bar, the amount beside or inside it. */
export interface ChartRow {
  kind: 'total' | 'part';
  /** The label, already wrapped: SVG text does not wrap by itself. */
  labelLines: string[];
  /** The label in one line, for the data table and the description. */
  label: string;
  amount: string;
  /** Length of the bar as a share of the total, 0–1. */
  share: number;
  /** Where the amount goes: after a short bar, inside the end of a long one. */
  amountInside: boolean;
  /** Baselines of the label lines, and the top of the bar, in px from the top of the chart. */
  labelY: number[];
  barY: number;
}

export interface ChartLayout {
  rows: ChartRow[];
  height: number;
  barHeight: number;
}

/* Sizes in CSS px. The chart's width follows its container (bars are percentages); the text never scales. */
const labelLineHeight = 20;
const labelToBar = 8;
const barHeight = 26;
const rowGap = 22;

/**
 * Lays out the chart of investments: the total as the first bar, each named
 * part under it as a share of that total. Done on the server, in px for text
 * and percentages for bars, so the SVG fits any width without its text
 * shrinking on phones.
 */
export function layoutInvestmentChart(investments: Investments, locale: Locale, ofWhich: string): ChartLayout {
  const { total, parts } = investments;
  const { colon: separator, chartLabelLength } = profileOf(locale).typography;
  const items = [
    { kind: 'total' as const, label: total.label, yuan: total.yuan },
    ...parts.map((part) => ({ kind: 'part' as const, label: `${ofWhich}${separator}${part.label}`, yuan: part.yuan })),
  ];
  let y = 0;
  const rows = items.map((item): ChartRow => {
    const labelLines = wrap(item.label, locale, chartLabelLength);
    const labelY = labelLines.map((_, i) => y + (i + 1) * labelLineHeight - 5);
    const barY = y + labelLines.length * labelLineHeight + labelToBar;
    y = barY + barHeight + rowGap;
    const share = item.yuan / total.yuan;
    return {
      kind: item.kind,
      label: item.label,
      labelLines,
      amount: formatYuan(item.yuan, locale),
      share,
      amountInside: share > 0.6,
      labelY,
      barY,
    };
  });
  return { rows, height: y - rowGap, barHeight };
}

/**
 * Breaks a label into lines of at most `max` characters: anywhere in a
 * script without spaces (Chinese), else at spaces. A word longer than a line keeps its
 * own line rather than being cut.
 */
export function wrap(text: string, locale: Locale, max: number): string[] {
  if (profileOf(locale).typography.wrapsAnywhere) {
    const chars = [...text];
    return Array.from({ length: Math.ceil(chars.length / max) }, (_, i) =>
      chars.slice(i * max, (i + 1) * max).join(''),
    );
  }
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
