import { htmlLang, type Locale } from '@/lib/i18n';

/** Google's limit for an article's `headline` in structured data. */
export const maxHeadlineLength = 110;

const ELLIPSIS = '…';
/**
 * Where a cut may fall: after a space (so "Chengdu-Chongqing" stays whole),
 * or after a Chinese word or punctuation mark, where no space is written.
 */
const CUT_AFTER = /[\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
/** Characters a cut headline should not end on before its ellipsis. */
const TRAILING = /[\s\p{P}]+$/u;

/**
 * The headline for structured data: the editor's short `headline` when the
 * front matter has one, else the title, cut at the last whole word that
 * fits (Chinese included: `Intl.Segmenter` knows its word boundaries), with
 * an ellipsis. Lengths are UTF-16 code units, the strictest count a consumer
 * may use.
 */
export function toHeadline(locale: Locale, title: string, headline?: string): string {
  const text = (headline ?? title).trim();
  if (text.length <= maxHeadlineLength) return text;
  const segmenter = new Intl.Segmenter(htmlLang[locale], { granularity: 'word' });
  let kept = '';
  let cut = '';
  for (const { segment } of segmenter.segment(text)) {
    if (kept.length + segment.length > maxHeadlineLength - ELLIPSIS.length) break;
    kept += segment;
    if (CUT_AFTER.test(segment)) cut = kept;
  }
  return `${cut.replace(TRAILING, '') || cutInsideWord(text)}${ELLIPSIS}`;
}

/** For a first word longer than the limit: cut inside it rather than return nothing. */
function cutInsideWord(text: string): string {
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > maxHeadlineLength - ELLIPSIS.length) break;
    kept += character;
  }
  return kept;
}
