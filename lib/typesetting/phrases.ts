import { Parser, zhHansModel, zhHantModel } from 'budoux';
import type { LocaleProfile } from '@/lib/locale-model';

/*
 * Where a line of Chinese display text (a headline, a title, a label) may
 * break. Chinese has no spaces, so a browser breaks between any two
 * characters: 建/设, “311/项”. We choose the break opportunities at build
 * instead, and no single tool is enough on this article's headlines:
 *
 * - BudouX (Google's phrase model) gives good phrase boundaries, but splits
 *   words it has not learnt: 事|项, 集|中, 强|劲动|能, 1|1|个.
 * - ICU's word segmentation (`Intl.Segmenter`) knows those words, but splits
 *   names: 金|凤|实验|室, 川|渝|通|办, and 351.5|亿|元.
 *
 * So a break must be a BudouX boundary (or the edge of a glossary name), and
 * it must not fall inside an ICU word, a glossary name, a number with its
 * measure word, or next to punctuation that holds to its neighbour.
 */

/** The scripts a locale profile can declare (ISO 15924). */
export type Script = LocaleProfile['script'];

export interface PhraseRules {
  /** The text's script, from its locale profile: only Chinese scripts are phrased. */
  script: Script;
  /**
   * Names that never break inside, such as the glossary's terms in this
   * script (金凤实验室, 川渝通办); quoted text is kept whole too. A name longer than `wholeUpTo` letters
   * may break between its own words, as a typesetter would: kept whole, it
   * could not fit a phone's narrow column (中国自然人群生物资源库).
   */
  keepWhole: readonly string[];
  wholeUpTo?: number;
}

/** The longest name kept unbroken by default: what a key-figure label's column holds on a 320 px phone. */
export const defaultWholeUpTo = 8;

/** How each Chinese script is segmented: BudouX's model for it and the `Intl` locale of its word segmenter. */
const chineseScripts: Partial<Record<Script, { parser: Parser; segmenter: Intl.Segmenter }>> = {
  Hans: { parser: new Parser(zhHansModel), segmenter: new Intl.Segmenter('zh-Hans', { granularity: 'word' }) },
  Hant: { parser: new Parser(zhHantModel), segmenter: new Intl.Segmenter('zh-Hant', { granularity: 'word' }) },
};

/** Punctuation that opens: a line may not break after it (“, （, 《). */
const opening = new Set('“‘（(〔［[｛{〈《「『【〖');
/** Punctuation that closes or follows: a line may not start with it (”, ）, 。, ，, …). */
const closing = new Set('”’）)〕］]｝}〉》」』】〗，。、；：？！,.;:?!…‥·・—～%‰');

/**
 * A number with what belongs to it: a hedge before it (近, 约), a range
 * (2023—2027), the units of large numbers (万, 亿), 余/多 and a measure word
 * or currency (项, 个, 亿元): 311项, 351.5亿元, 1.6万余件, 近17万人.
 */
const numberWithMeasure =
  /[近约約超逾]?\d+(?:[.,]\d+)*(?:[—–~-]\d+(?:[.,]\d+)*)?[十百千万亿萬億]*[余多餘]?(?:[%‰]|[个個项項元人件家座所条條台套次年月日号號位名户戶批期届屆倍亩畝吨噸类類种種])?/gu;

/** Text in quotation marks or title marks. */
const quoted = /“[^“”]*”|‘[^‘’]*’|《[^《》]*》|「[^「」]*」|『[^『』]*』|〈[^〈〉]*〉/gu;

/*
 * A lone character between breaks reads as a broken word: it joins the
 * phrase after it (总|投资 → 总投资, 入|驻 → 入驻), as Chinese modifiers come
 * first, unless it is one of these common suffixes, which join the phrase
 * before it (高能|级 → 高能级, 模|式 → 模式).
 */
const suffixes = new Set('级級性化式型类類者们們室城区區圈库庫园園所站港');

/** A character that counts as text (not a space or punctuation) when we measure a phrase. */
const isLetter = (char: string) => /[\p{L}\p{N}]/u.test(char);
const letterCount = (text: string) => [...text].filter(isLetter).length;

/**
 * Splits a line of display text into phrases that must not break inside;
 * the page offers a line break only between them. Text in a script with
 * spaces between words (Latin) is one phrase: the browser already breaks it
 * at spaces. The phrases, joined, are the text unchanged.
 *
 * Besides the segmentation (see the top of this file), two rules keep a
 * short piece from standing alone: a one-character phrase joins a neighbour,
 * and a last phrase of one or two characters joins the one before it, so a
 * headline or label never ends with a line of one or two characters.
 */
export function splitPhrases(text: string, rules: PhraseRules): string[] {
  const tools = chineseScripts[rules.script];
  if (!tools || text.length === 0) return [text];

  const candidates = new Set<number>();
  const forbidden = new Set<number>();
  const forbidInside = (start: number, end: number) => {
    for (let position = start + 1; position < end; position += 1) forbidden.add(position);
  };

  let offset = 0;
  for (const phrase of tools.parser.parse(text)) {
    offset += phrase.length;
    candidates.add(offset);
  }
  const keepWhole = (start: number, end: number) => {
    candidates.add(start);
    candidates.add(end);
    if (letterCount(text.slice(start, end)) <= (rules.wholeUpTo ?? defaultWholeUpTo)) forbidInside(start, end);
  };
  for (const name of rules.keepWhole) {
    if (name.length === 0) continue;
    for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
      keepWhole(start, start + name.length);
    }
  }
  // A quotation or a title in marks names one thing (“五年行动计划”, 《行动计划》): it is kept whole like a name.
  for (const match of text.matchAll(quoted)) keepWhole(match.index, match.index + match[0].length);
  for (const { index, segment } of tools.segmenter.segment(text)) {
    forbidInside(index, index + segment.length);
  }
  for (const match of text.matchAll(numberWithMeasure)) {
    forbidInside(match.index, match.index + match[0].length);
  }
  for (let position = 1; position < text.length; position += 1) {
    const [before, after] = [text.charAt(position - 1), text.charAt(position)];
    // A space is where the text itself offers a break (主题 + 副题).
    if (/\s/u.test(before) && !/\s/u.test(after)) candidates.add(position);
    // A break at a space comes after it, so the space ends the line and the next one starts with text.
    if (opening.has(before) || closing.has(after) || /\s/u.test(after)) forbidden.add(position);
    // Never between the halves of a surrogate pair.
    if (/[\uD800-\uDBFF]/u.test(before)) forbidden.add(position);
  }

  const breaks = [...candidates]
    .filter((position) => position > 0 && position < text.length && !forbidden.has(position))
    .sort((a, b) => a - b);
  const phrases: string[] = [];
  let start = 0;
  for (const position of [...breaks, text.length]) {
    phrases.push(text.slice(start, position));
    start = position;
  }
  return joinShortPhrases(phrases);
}

/** Joins lone characters to a neighbour, and a short last phrase to the one before it, in each part of the text. */
function joinShortPhrases(phrases: readonly string[]): string[] {
  // A part ends at a space (主题 + 副题): each part ends on a line of its own, so each gets the rule.
  const parts: string[][] = [[]];
  for (const phrase of phrases) {
    parts.at(-1)?.push(phrase);
    if (/\s$/u.test(phrase)) parts.push([]);
  }
  return parts.flatMap(joinWithinPart);
}

function joinWithinPart(phrases: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const phrase of phrases) {
    if (letterCount(phrase) !== 1) {
      joined.push(pending + phrase);
      pending = '';
    } else if (suffixes.has(phrase.trim().charAt(0)) && joined.length > 0 && pending === '') {
      joined[joined.length - 1] += phrase;
    } else {
      pending += phrase;
    }
  }
  if (pending && joined.length > 0) joined[joined.length - 1] += pending;
  else if (pending) joined.push(pending);
  const [previous, last] = [joined.at(-2), joined.at(-1)];
  if (previous !== undefined && last !== undefined && letterCount(last) <= 2) joined.splice(-2, 2, previous + last);
  return joined;
}
