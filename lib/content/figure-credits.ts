import type { FigureCredit } from '@/lib/content/schema';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Locale } from '@/lib/i18n';

/**
 * The credit line of the photo itself, as the article prints it: 摄/曾诚,
 * "Photo: Zeng Cheng", or the credit written out in full.
 */
export function photoCreditLine(credit: FigureCredit, locale: Locale): string {
  const dict = getDictionary(locale);
  return credit.photographer !== undefined ? dict.photoBy(credit.photographer) : (credit.credit ?? '');
}

/**
 * The credit a figure shows. A real photo shows its own credit; a drawn
 * stand-in must not wear the photographer's credit as if it were their work,
 * so it says it is an illustration and whose photo it stands for:
 * 示意图（原图：雷键摄，未收录）, "Illustration (original photo: Lei Jian, not included)".
 */
export function shownCredit(credit: FigureCredit, isPlaceholder: boolean, locale: Locale): string {
  if (!isPlaceholder) return photoCreditLine(credit, locale);
  const dict = getDictionary(locale);
  return credit.photographer !== undefined
    ? dict.illustrationOfPhoto(credit.photographer)
    : dict.illustrationOf(credit.credit ?? '');
}

/** The alt text a figure gets: for a drawn stand-in, the description says it is an illustration of that scene. */
export function shownAlt(alt: string, isPlaceholder: boolean, locale: Locale): string {
  return isPlaceholder ? getDictionary(locale).illustrationAlt(alt) : alt;
}
