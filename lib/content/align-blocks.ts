/*
 * Which block of a translation answers which block of its original, when the
 * two files do not have the same blocks: the alignment of Gale and Church
 * ("A program for aligning sentences in bilingual corpora", 1993), over
 * blocks instead of sentences. A dynamic-programming pass finds the cheapest
 * sequence of 1–1, 1–0, 0–1, 2–1 and 1–2 steps. A step costs the improbability
 * of its length ratio (a translation's length is roughly proportional to its
 * original's) and of the step itself, less what survives translation and
 * agrees: numbers, dates, words in Latin letters, quotation marks, the image
 * a figure shows. The costs of the best alignment that leaves each block
 * unmatched say how sure the answer is.
 */

/** A block as the aligner sees it. */
export interface AlignUnit {
  kind: string;
  /** The words of the block (for a figure, its alt text and caption). */
  text: string;
  /** A figure's image file name; null for text. */
  image: string | null;
}

/** One step of an alignment: how many blocks of each side it takes, from which index. */
export interface AlignStep {
  /** 1–1, 1–0 (an original block without translation), 0–1, 2–1 (two originals, one translation), 1–2. */
  kind: '1-1' | '1-0' | '0-1' | '2-1' | '1-2';
  original: number;
  translation: number;
}

/** A block left without a counterpart, and the other blocks of its side that might be the one instead. */
export interface UnmatchedBlock {
  side: 'original' | 'translation';
  index: number;
  /** Blocks of the same side whose alignment costs nearly as little with them left out instead, likeliest first (this one included). */
  candidates: number[];
}

export interface BlockAlignment {
  steps: AlignStep[];
  /** For each 1–0 and 0–1 step of the best alignment, in order. */
  unmatched: UnmatchedBlock[];
}

/**
 * How often each step occurs. Gale and Church measured 0.89 for 1–1, 0.089
 * for 2–1 and 1–2 and 0.0099 for 1–0 and 0–1 between sentences; between the
 * paragraphs of an edited translation, a paragraph added or forgotten is
 * about as common as one split or merged, so those share what 1–1 leaves.
 */
const stepPriors: Record<AlignStep['kind'], number> = {
  '1-1': 0.92,
  '1-0': 0.02,
  '0-1': 0.02,
  '2-1': 0.02,
  '1-2': 0.02,
};

/** Within this many nats of the best alignment, another block is as good an answer (e^3: twenty times less likely). */
const doubtMargin = 3;

const mergeable = new Set(['paragraph', 'quote', 'list']);

/**
 * Aligns an original's blocks with its translation's. How much longer a
 * translation is than its original (in characters) is measured over the two
 * files, so the costs suit any pair of languages.
 */
export function alignBlocks(original: readonly AlignUnit[], translation: readonly AlignUnit[]): BlockAlignment {
  const [a, b] = [original.map(features), translation.map(features)];
  const totalA = a.reduce((sum, unit) => sum + unit.length, 0);
  const totalB = b.reduce((sum, unit) => sum + unit.length, 0);
  // The ratio over the whole files is skewed by the very block that has no twin; measured again over the pairs found, it is not.
  let ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
  let pass = solve(a, b, ratio);
  const paired = pass.steps.filter((step) => step.kind === '1-1');
  const pairedA = paired.reduce((sum, step) => sum + (a[step.original]?.length ?? 0), 0);
  const pairedB = paired.reduce((sum, step) => sum + (b[step.translation]?.length ?? 0), 0);
  if (pairedA > 0 && pairedB > 0) {
    ratio = pairedB / pairedA;
    pass = solve(a, b, ratio);
  }
  const { cost, forward, backward, steps } = pass;
  const best = forward.cost[a.length]?.[b.length] ?? Infinity;

  const leftOut = (side: 'original' | 'translation', k: number): number => {
    let lowest = Infinity;
    const other = side === 'original' ? b.length : a.length;
    for (let j = 0; j <= other; j++) {
      const [i0, j0] = side === 'original' ? [k, j] : [j, k];
      const step = side === 'original' ? '1-0' : '0-1';
      const total = (forward.cost[i0]?.[j0] ?? Infinity) + cost(step, i0, j0) + (backward.cost[i0 + dA(step)]?.[j0 + dB(step)] ?? Infinity);
      lowest = Math.min(lowest, total);
    }
    return lowest;
  };

  const unmatched = steps.flatMap((step): UnmatchedBlock[] => {
    if (step.kind !== '1-0' && step.kind !== '0-1') return [];
    const side = step.kind === '1-0' ? 'original' : 'translation';
    const index = side === 'original' ? step.original : step.translation;
    const count = side === 'original' ? a.length : b.length;
    const scored = Array.from({ length: count }, (_, k) => ({ k, total: leftOut(side, k) }))
      .filter(({ k, total }) => k === index || total <= best + doubtMargin)
      .sort((x, y) => x.total - y.total || Math.abs(x.k - index) - Math.abs(y.k - index));
    const candidates = [index, ...scored.map(({ k }) => k).filter((k) => k !== index)].slice(0, 3);
    return [{ side, index, candidates }];
  });
  return { steps, unmatched };
}

function solve(a: readonly Features[], b: readonly Features[], ratio: number) {
  const cost = stepCost(a, b, ratio);
  const forward = table(a.length, b.length, (i, j, step) => cost(step, i - dA(step), j - dB(step)), 'forward');
  const backward = table(a.length, b.length, (i, j, step) => cost(step, i, j), 'backward');
  return { cost, forward, backward, steps: bestPath(forward, a.length, b.length, cost) };
}

interface Features {
  kind: string;
  length: number;
  /** Numbers, month numbers, Latin words and the image name: what a translation keeps. */
  anchors: string[];
  quotes: number;
  image: string | null;
}

const multipliers: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12, thousand: 1e3, million: 1e6, billion: 1e9 };

/** English writes small numbers in words ("five platforms") where Chinese has digits (5个). */
const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function features(unit: AlignUnit): Features {
  const text = unit.text;
  const anchors: string[] = [];
  // Numbers by value, so that 351.5亿 and 35.15 billion, or 17万 and 170,000, agree.
  for (const match of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|万|billion|million|thousand)?/gi)) {
    const value = Number((match[1] ?? '').replace(/,/g, '')) * (multipliers[(match[2] ?? '').toLowerCase()] ?? 1);
    anchors.push(`#${Number(value.toPrecision(6))}`);
  }
  // Chinese numerals before a measure word (十大, 一号, 三年) are numbers a translation writes in digits.
  for (const match of text.matchAll(/([零一二两三四五六七八九十百千]+)(?=[号大条项个家年月日次批名位种类倍])/g)) {
    const value = chineseNumber(match[1] ?? '');
    if (value !== null) anchors.push(`#${value}`);
  }
  for (const match of text.matchAll(/[A-Za-z][A-Za-z-]+/g)) {
    const word = match[0].toLowerCase();
    const month = months.indexOf(word);
    const number = numberWords.indexOf(word);
    if (month !== -1) anchors.push(`#${month + 1}`);
    else if (number !== -1) anchors.push(`#${number}`);
    // Latin words in a Chinese text are names and abbreviations (AI, CT, Shenzhen Bay): those a translation keeps.
    else if (/^[A-Z]{2,}/.test(match[0])) anchors.push(`@${word}`);
  }
  const length = [...text.replace(/\s+/g, '')].length;
  return { kind: unit.kind, length: Math.max(length, 1), anchors, quotes: (text.match(/[“"「]/g) ?? []).length, image: unit.image };
}

const chineseDigits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十 → 10, 二十三 → 23, 一百零五 → 105; null for what is not a plain number. */
function chineseNumber(written: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const char of written) {
    if (char in chineseDigits) digit = chineseDigits[char] ?? 0;
    else if (char in chineseUnits) {
      total += (digit ?? 1) * (chineseUnits[char] ?? 1);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const dA = (step: AlignStep['kind']) => (step === '0-1' ? 0 : step === '2-1' ? 2 : 1);
const dB = (step: AlignStep['kind']) => (step === '1-0' ? 0 : step === '1-2' ? 2 : 1);
const allSteps: AlignStep['kind'][] = ['1-1', '1-0', '0-1', '2-1', '1-2'];

/** The cost of taking `step` from original block i and translation block j on. */
function stepCost(a: readonly Features[], b: readonly Features[], ratio: number) {
  // Gale and Church's variance per character was for English and French; between Chinese and English, lengths vary more.
  const variance = 4 * ratio * ratio;
  return (step: AlignStep['kind'], i: number, j: number): number => {
    const left = a.slice(i, i + dA(step));
    const right = b.slice(j, j + dB(step));
    if (left.length !== dA(step) || right.length !== dB(step)) return Infinity;
    const merged = [...left, ...right];
    const joinable = merged.every((unit) => unit.kind === merged[0]?.kind && mergeable.has(unit.kind));
    if ((step === '2-1' || step === '1-2') && !joinable) return Infinity;
    const lengthA = left.reduce((sum, unit) => sum + unit.length, 0);
    const lengthB = right.reduce((sum, unit) => sum + unit.length, 0);
    let total = -Math.log(stepPriors[step]);
    // A block left out is judged by how well the rest then pairs, not by its own length, which would favour leaving out short blocks.
    if (left.length > 0 && right.length > 0) {
      total += lengthCost(lengthA, lengthB, ratio, variance);
      // Two blocks of different kinds are rarely twins: a figure against text almost never; a list translated as a paragraph sometimes.
      const [kindA, kindB] = [left[0]?.kind, right[0]?.kind];
      if (step === '1-1' && kindA !== kindB) total += kindA === 'figure' || kindB === 'figure' ? 15 : 6;
      const [imageA, imageB] = [left[0]?.image ?? null, right[0]?.image ?? null];
      if (imageA !== null && imageB !== null) total += imageA === imageB ? -8 : 4;
      // A split keeps every number of its original in one half or the other: a half with numbers of its own is more likely a block added.
      const anchors = anchorCost(left.flatMap((unit) => unit.anchors), right.flatMap((unit) => unit.anchors));
      total += anchors.cost + (step === '1-1' ? 0 : anchors.alone);
      const quotes = Math.abs(left.reduce((sum, unit) => sum + unit.quotes, 0) - right.reduce((sum, unit) => sum + unit.quotes, 0));
      total += Math.min(quotes, 4) * 0.5;
    }
    return total;
  };
}

/** -log of the probability of a length difference this large (Gale and Church's δ, two-tailed). */
function lengthCost(lengthA: number, lengthB: number, ratio: number, variance: number): number {
  const mean = (lengthA + lengthB / ratio) / 2;
  const delta = (lengthB - lengthA * ratio) / Math.sqrt(Math.max(mean, 1) * variance);
  const tail = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(tail, 1e-12));
}

/** Agreeing anchors lower the cost; anchors on one side only raise it. */
function anchorCost(left: readonly string[], right: readonly string[]): { cost: number; alone: number } {
  const pool = new Map<string, number>();
  for (const anchor of right) pool.set(anchor, (pool.get(anchor) ?? 0) + 1);
  let shared = 0;
  for (const anchor of left) {
    const n = pool.get(anchor) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(anchor, n - 1);
    }
  }
  const alone = left.length + right.length - 2 * shared;
  return { cost: -2 * shared + alone, alone };
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, ample for costs). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

interface Table {
  cost: number[][];
}

/**
 * The cheapest cost from the start to (i, j) (forward) or from (i, j) to the
 * end (backward), over every sequence of steps.
 */
function table(
  n: number,
  m: number,
  cost: (i: number, j: number, step: AlignStep['kind']) => number,
  direction: 'forward' | 'backward',
): Table {
  const grid = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  if (direction === 'forward') {
    (grid[0] as number[])[0] = 0;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        if (i === 0 && j === 0) continue;
        let lowest = Infinity;
        for (const step of allSteps) {
          const [pi, pj] = [i - dA(step), j - dB(step)];
          if (pi < 0 || pj < 0) continue;
          lowest = Math.min(lowest, (grid[pi]?.[pj] ?? Infinity) + cost(i, j, step));
        }
        (grid[i] as number[])[j] = lowest;
      }
    }
  } else {
    (grid[n] as number[])[m] = 0;
    for (let i = n; i >= 0; i--) {
      for (let j = m; j >= 0; j--) {
        if (i === n && j === m) continue;
        let lowest = Infinity;
        for (const step of allSteps) {
          const [ni, nj] = [i + dA(step), j + dB(step)];
          if (ni > n || nj > m) continue;
          lowest = Math.min(lowest, cost(i, j, step) + (grid[ni]?.[nj] ?? Infinity));
        }
        (grid[i] as number[])[j] = lowest;
      }
    }
  }
  return { cost: grid };
}

/** The steps of the cheapest alignment, traced back through the forward table. */
function bestPath(forward: Table, n: number, m: number, cost: (step: AlignStep['kind'], i: number, j: number) => number): AlignStep[] {
  const steps: AlignStep[] = [];
  let [i, j] = [n, m];
  while (i > 0 || j > 0) {
    let chosen: AlignStep['kind'] | null = null;
    let lowest = Infinity;
    for (const step of allSteps) {
      const [pi, pj] = [i - dA(step), j - dB(step)];
      if (pi < 0 || pj < 0) continue;
      const total = (forward.cost[pi]?.[pj] ?? Infinity) + cost(step, pi, pj);
      if (total < lowest - 1e-9) [lowest, chosen] = [total, step];
    }
    if (!chosen) break;
    i -= dA(chosen);
    j -= dB(chosen);
    steps.push({ kind: chosen, original: i, translation: j });
  }
  return steps.reverse();
}
