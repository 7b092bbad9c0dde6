/**
 * Draws the six placeholder illustrations that stand in for the article's
 * photos, and writes them to `content/images/<name>.jpg` with the XMP marker
 * from `lib/placeholder-image.ts`.
 *
 * A file that exists without the marker is a real photo and is never
 * overwritten. Output is deterministic (seeded randomness): the same code and
 * sharp version give the same bytes, so a rerun leaves the files untouched.
 *
 * Usage: tsx scripts/draw-illustrations.ts
 */
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { buildPlaceholderXmp, isPlaceholderImage } from '../lib/placeholder-image';

const W = 1920;
const H = 1280;

/** Files above this are re-encoded at a lower quality (the article has six of them). */
const MAX_BYTES = 120 * 1024;
const QUALITIES = [84, 80, 76, 72, 68, 64, 60] as const;

/* ------------------------------------------------------------------------ */
/* Palette: one set of colours for all six, so they read as a series.       */
/* ------------------------------------------------------------------------ */

const C = {
  ink: '#22343f',
  slate: '#3b5560',
  skyTop: '#b3d1d8',
  skyMid: '#dbe8e4',
  haze: '#f3ecdc',
  sun: '#fbf0d2',
  mist: '#eef2ec',
  ridgeFar: '#b7ccc8',
  ridgeMid: '#93b3ab',
  ridgeNear: '#73998a',
  leafLight: '#a5c98f',
  leaf: '#6fa472',
  leafMid: '#4f8a62',
  leafDark: '#33684f',
  leafDeep: '#244e3d',
  trunk: '#6b5a4a',
  waterTop: '#b3d2d2',
  water: '#80aeb5',
  waterDeep: '#55879a',
  wall: '#f6f4ee',
  wallShade: '#dde3e1',
  wallDark: '#b9c7c9',
  glassLight: '#c9dee4',
  glass: '#8db3c1',
  glassDark: '#5c889a',
  glassDeep: '#3e6677',
  lit: '#f6d494',
  accent: '#e07a4f',
  accentSoft: '#f1a878',
  gold: '#f2c46d',
  paving: '#ece6d8',
  pavingLine: '#d9d1bf',
  lawn: '#9cc58a',
  skin: ['#f0c7a2', '#d9a47c', '#b97f5c'],
  hair: ['#2a2a31', '#4b3a2f', '#1d2329'],
  glove: '#7f93d8',
} as const;

/* ------------------------------------------------------------------------ */
/* SVG helpers                                                               */
/* ------------------------------------------------------------------------ */

type Point = readonly [number, number];
type Attrs = Record<string, string | number | undefined>;

/** One decimal is below what a 1920 px render can show and keeps the SVG small. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function el(tag: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}="${typeof value === 'number' ? num(value) : value}"`)
    .join(' ');
  return children ? `<${tag} ${list}>${children}</${tag}>` : `<${tag} ${list}/>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, extra: Attrs = {}): string {
  return el('rect', { x, y, width, height, fill, ...extra });
}

function circle(cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string {
  return el('circle', { cx, cy, r, fill, ...extra });
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}): string {
  return el('ellipse', { cx, cy, rx, ry, fill, ...extra });
}

function poly(points: readonly Point[], fill: string, extra: Attrs = {}): string {
  return el('polygon', { points: points.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), fill, ...extra });
}

function pathEl(d: string, fill: string, extra: Attrs = {}): string {
  return el('path', { d, fill, ...extra });
}

function line(a: Point, b: Point, stroke: string, width: number, extra: Attrs = {}): string {
  return el('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke, 'stroke-width': width, ...extra });
}

function group(children: string, extra: Attrs = {}): string {
  return el('g', extra, children);
}

type Stop = readonly [offset: number, color: string, opacity?: number];

function linearGradient(id: string, stops: readonly Stop[], from: Point = [0, 0], to: Point = [0, 1]): string {
  return el(
    'linearGradient',
    { id, x1: from[0], y1: from[1], x2: to[0], y2: to[1] },
    stops
      .map(([offset, color, opacity]) => el('stop', { offset, 'stop-color': color, 'stop-opacity': opacity }))
      .join(''),
  );
}

function radialGradient(id: string, stops: readonly Stop[]): string {
  return el(
    'radialGradient',
    { id },
    stops
      .map(([offset, color, opacity]) => el('stop', { offset, 'stop-color': color, 'stop-opacity': opacity }))
      .join(''),
  );
}

function svg(defs: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>${defs}</defs>${body}</svg>`
  );
}

/** Many small rectangles as one path: far fewer nodes than one `<rect>` each. */
function gridPath(
  x: number,
  y: number,
  cols: number,
  rows: number,
  cellW: number,
  cellH: number,
  pitchX: number,
  pitchY: number,
  keep: (col: number, row: number) => boolean = () => true,
): string {
  let d = '';
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      if (!keep(col, row)) continue;
      d += `M${num(x + col * pitchX)} ${num(y + row * pitchY)}h${num(cellW)}v${num(cellH)}h${num(-cellW)}z`;
    }
  }
  return d;
}

/** Catmull-Rom through the points, as cubic Béziers: soft hills without hand-placed control points. */
function smoothLine(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${num(first[0])} ${num(first[1])}`;
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    if (!p0 || !p1 || !p2 || !p3) continue;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${num(c1[0])} ${num(c1[1])} ${num(c2[0])} ${num(c2[1])} ${num(p2[0])} ${num(p2[1])}`;
  }
  return d;
}

/* ------------------------------------------------------------------------ */
/* Deterministic randomness                                                 */
/* ------------------------------------------------------------------------ */

type Random = {
  next(): number;
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
};

/** mulberry32: tiny, seeded, and identical on every machine. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/* ------------------------------------------------------------------------ */
/* Shared motifs                                                            */
/* ------------------------------------------------------------------------ */

type RidgeOptions = {
  baseY: number;
  amplitude: number;
  peaks: number;
  fill: string;
  bottom?: number;
  /** Range of peak half-widths: narrow for the Jinyun crests, wide for rolling hills. */
  widths?: readonly [number, number];
  extra?: Attrs;
};

/** A mountain ridge from a few Gaussian peaks: reads as the Jinyun range rather than noise. */
function ridge(
  random: Random,
  { baseY, amplitude, peaks, fill, bottom = H, widths = [140, 420], extra = {} }: RidgeOptions,
): string {
  const bumps = Array.from({ length: peaks }, () => ({
    at: random.between(-100, W + 100),
    width: random.between(widths[0], widths[1]),
    height: random.between(0.35, 1),
  }));
  const points: Point[] = [];
  for (let x = -60; x <= W + 60; x += 60) {
    const lift = bumps.reduce((sum, bump) => sum + bump.height * Math.exp(-(((x - bump.at) / bump.width) ** 2)), 0);
    points.push([x, baseY - amplitude * Math.min(lift, 1.3) - random.between(0, amplitude * 0.04)]);
  }
  return pathEl(`${smoothLine(points)}L${W + 60} ${bottom}L-60 ${bottom}Z`, fill, extra);
}

type TreeStyle = { light: string; mid: string; dark: string };

const BRIGHT_TREE: TreeStyle = { light: C.leafLight, mid: C.leaf, dark: C.leafMid };
const DEEP_TREE: TreeStyle = { light: C.leaf, mid: C.leafMid, dark: C.leafDark };
const SPRING_TREE: TreeStyle = { light: '#b9d39a', mid: '#8cbb7e', dark: '#5f9a6a' };
const TREE_STYLES: readonly TreeStyle[] = [BRIGHT_TREE, DEEP_TREE, SPRING_TREE];

/** Broadleaf tree: dark back, mid body, light crown on the sun side. */
function roundTree(x: number, baseY: number, size: number, style: TreeStyle): string {
  return (
    rect(x - size * 0.05, baseY - size * 0.8, size * 0.1, size * 0.8, C.trunk) +
    circle(x + size * 0.14, baseY - size * 1.0, size * 0.46, style.dark) +
    circle(x - size * 0.06, baseY - size * 1.15, size * 0.5, style.mid) +
    circle(x - size * 0.2, baseY - size * 1.3, size * 0.24, style.light)
  );
}

/** Columnar tree, for rhythm among the round ones. */
function cypress(x: number, baseY: number, height: number, style: TreeStyle): string {
  const w = height * 0.32;
  const top = baseY - height;
  const cy = top + height * 0.45;
  return (
    ellipse(x, cy, w / 2, height * 0.45, style.mid) +
    pathEl(
      `M${num(x)} ${num(top)}A${num(w / 2)} ${num(height * 0.45)} 0 0 1 ${num(x)} ${num(top + height * 0.9)}Z`,
      style.dark,
    ) +
    rect(x - 3, top + height * 0.88, 6, height * 0.12, C.trunk)
  );
}

/** A big crown from clustered circles, for trees close to the viewer. */
function crown(random: Random, cx: number, cy: number, r: number, style: TreeStyle): string {
  const cluster = (count: number, spread: number, size: number, fill: string, lift: number): string =>
    Array.from({ length: count }, (_, i) => {
      const angle = (i / count) * Math.PI * 2 + random.between(-0.3, 0.3);
      return circle(
        cx + Math.cos(angle) * r * spread,
        cy - lift * r + Math.sin(angle) * r * spread * 0.8,
        r * size * random.between(0.85, 1.1),
        fill,
      );
    }).join('');
  return (
    cluster(7, 0.55, 0.55, style.dark, -0.05) +
    cluster(6, 0.4, 0.5, style.mid, 0.12) +
    cluster(3, 0.3, 0.26, style.light, 0.38)
  );
}

/** A walking figure a few dozen pixels tall: gives scale without detail. */
function walker(
  x: number,
  baseY: number,
  height: number,
  top: string,
  bottom: string,
  skin: string,
  hair: string = C.hair[0],
): string {
  const head = height * 0.13;
  const stride = height * 0.1;
  const headY = baseY - height * 0.78 - head;
  return (
    line([x - stride * 0.4, baseY - height * 0.45], [x - stride, baseY], bottom, height * 0.1, {
      'stroke-linecap': 'round',
    }) +
    line([x + stride * 0.4, baseY - height * 0.45], [x + stride, baseY], bottom, height * 0.1, {
      'stroke-linecap': 'round',
    }) +
    rect(x - height * 0.12, baseY - height * 0.78, height * 0.24, height * 0.38, top, { rx: height * 0.08 }) +
    circle(x, headY, head, skin) +
    pathEl(
      `M${num(x - head)} ${num(headY + head * 0.1)}A${num(head)} ${num(head)} 0 0 1 ${num(x + head)} ${num(headY + head * 0.1)}Z`,
      hair,
    )
  );
}

/** Flat cloud: overlapping capsules. */
function cloud(x: number, y: number, scale: number, fill: string, opacity: number): string {
  return group(
    rect(x, y, 260 * scale, 34 * scale, fill, { rx: 17 * scale }) +
      rect(x + 50 * scale, y - 26 * scale, 150 * scale, 40 * scale, fill, { rx: 20 * scale }) +
      rect(x + 150 * scale, y + 22 * scale, 200 * scale, 26 * scale, fill, { rx: 13 * scale }),
    { opacity },
  );
}

/** Mirror a drawing in the water line, faded and clipped to the water. */
function reflection(content: string, waterY: number, clipId: string, opacity: number): string {
  return group(group(content, { transform: `translate(0 ${num(2 * waterY)}) scale(1 -1)`, opacity }), {
    'clip-path': `url(#${clipId})`,
  });
}

/** Horizontal highlights that break a reflection up into water. */
function ripples(random: Random, top: number, bottom: number, count: number, fill: string, maxOpacity: number): string {
  let d = '';
  for (let i = 0; i < count; i += 1) {
    // Squared so ripples crowd towards the far shore, as perspective would.
    const t = random.next() ** 1.6;
    const y = top + 6 + t * (bottom - top - 6);
    const width = random.between(40, 220) * (0.4 + t);
    const height = 2 + t * 5;
    const x = random.between(-50, W);
    d += `M${num(x)} ${num(y)}h${num(width)}a${num(height / 2)} ${num(height / 2)} 0 0 1 0 ${num(height)}h${num(-width)}a${num(height / 2)} ${num(height / 2)} 0 0 1 0 ${num(-height)}z`;
  }
  return pathEl(d, fill, { opacity: maxOpacity });
}

/* ------------------------------------------------------------------------ */
/* 1. 科学城一隅: Fengqi Lake shore, buildings, Jinyun Mountains behind      */
/* ------------------------------------------------------------------------ */

function drawScienceCityCorner(): string {
  const random = createRandom(101);
  const waterY = 800;

  const defs =
    linearGradient('sky', [
      [0, C.skyTop],
      [0.55, C.skyMid],
      [1, C.haze],
    ]) +
    linearGradient('water', [
      [0, C.waterTop],
      [0.45, C.water],
      [1, C.waterDeep],
    ]) +
    linearGradient('mist', [
      [0, C.mist, 0],
      [0.6, C.mist, 0.9],
      [1, C.mist, 0],
    ]) +
    radialGradient('glow', [
      [0, '#fff7df', 0.95],
      [0.35, '#fbeac4', 0.55],
      [1, '#fbeac4', 0],
    ]) +
    radialGradient('glare', [
      [0, '#fff6dc', 0.55],
      [1, '#fff6dc', 0],
    ]) +
    el('clipPath', { id: 'lake' }, rect(0, waterY, W, H - waterY, '#000'));

  const mountains =
    ridge(random, { baseY: 540, amplitude: 230, peaks: 11, fill: C.ridgeFar, widths: [90, 260] }) +
    rect(0, 420, W, 200, 'url(#mist)') +
    ridge(random, { baseY: 610, amplitude: 130, peaks: 6, fill: C.ridgeMid }) +
    rect(0, 560, W, 120, 'url(#mist)', { opacity: 0.7 }) +
    ridge(random, { baseY: 700, amplitude: 70, peaks: 5, fill: C.ridgeNear });

  // Buildings stand on the far shore, back row first and paler (air between).
  const ground = 770;
  const back =
    rect(1560, 610, 150, ground - 610, '#d5dfdc') +
    rect(1700, 650, 220, ground - 650, '#cdd9d7') +
    rect(90, 640, 170, ground - 640, '#d5dfdc');
  const slab =
    rect(170, 650, 460, ground - 650, C.wall) +
    rect(630, 650, 34, ground - 650, C.wallShade) +
    rect(170, 672, 460, 22, C.glass) +
    rect(170, 712, 460, 22, C.glass) +
    rect(170, 650, 460, 8, C.wallDark);
  const tower =
    rect(720, 440, 130, ground - 440, C.wall) +
    rect(850, 440, 40, ground - 440, C.wallShade) +
    pathEl(gridPath(732, 456, 6, 1, 9, ground - 470, 19.5, 0), C.glassDark) +
    rect(712, 432, 186, 12, C.wallDark);
  const hall =
    pathEl(`M900 ${ground}V600Q1080 520 1260 600V${ground}Z`, C.wall) +
    pathEl(`M900 600Q1080 520 1260 600L1260 612Q1080 534 900 612Z`, C.wallDark) +
    pathEl(`M930 ${ground}V640Q1080 578 1230 640V${ground}Z`, C.glass) +
    pathEl(gridPath(960, 640, 10, 1, 4, ground - 640, 28, 0), C.glassLight, { opacity: 0.7 });
  const labBlock =
    rect(1290, 540, 200, ground - 540, C.wall) +
    rect(1490, 540, 44, ground - 540, C.wallShade) +
    pathEl(gridPath(1306, 560, 6, 7, 20, 16, 30, 28), C.glassDark) +
    rect(1448, 540, 26, ground - 540, C.accent);
  const lowBlock =
    rect(1540, 670, 240, ground - 670, C.wall) +
    rect(1540, 690, 240, 26, C.glassDark) +
    rect(1540, 730, 240, 26, C.glassDark);

  let treeRow = '';
  for (let x = -30; x < W + 40; x += random.between(34, 56)) {
    const y = ground + random.between(-4, 10);
    if (random.next() < 0.18) treeRow += cypress(x, y, random.between(80, 120), random.pick(TREE_STYLES));
    else treeRow += roundTree(x, y, random.between(44, 74), random.pick(TREE_STYLES));
  }
  const shore =
    pathEl(`M0 ${ground - 2}Q480 ${ground - 12} 960 ${ground}T1920 ${ground - 6}V${waterY}H0Z`, C.leafMid) +
    rect(0, waterY - 10, W, 10, '#e8e1cf');

  const skyline = back + slab + tower + hall + labBlock + lowBlock + treeRow + shore;

  // Foreground: a grassy bank on the left and a timber deck with two walkers.
  const bank =
    pathEl(`M0 1010C180 1000 330 1060 470 1140S640 1260 700 ${H}H0Z`, C.leafDark) +
    pathEl(`M0 1050C160 1044 300 1094 420 1170S560 1266 600 ${H}H0Z`, C.leafDeep);
  let reeds = '';
  for (let i = 0; i < 46; i += 1) {
    const x = random.between(10, 560);
    const baseY = 1060 + (x / 560) * 200 + random.between(0, 60);
    const h = random.between(70, 170);
    const lean = random.between(-30, 40);
    reeds += `M${num(x)} ${num(baseY)}q${num(lean * 0.3)} ${num(-h * 0.6)} ${num(lean)} ${num(-h)}`;
  }
  const reedPaths =
    pathEl(reeds, 'none', { stroke: C.leafMid, 'stroke-width': 5, 'stroke-linecap': 'round' }) +
    pathEl(reeds, 'none', { stroke: C.leafLight, 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.6 });
  const deck =
    poly(
      [
        [1320, H],
        [1500, 1030],
        [W, 1030],
        [W, H],
      ],
      '#b48c68',
    ) +
    poly(
      [
        [1320, H],
        [1500, 1030],
        [1500, 1046],
        [1336, H],
      ],
      '#8d6b4f',
    ) +
    pathEl(Array.from({ length: 9 }, (_, i) => `M${1500 + i * 60} 1030L${1340 + i * 82} ${H}`).join(''), 'none', {
      stroke: '#9c7756',
      'stroke-width': 3,
    }) +
    line([1500, 960], [W, 960], '#7b5c44', 6) +
    pathEl(Array.from({ length: 8 }, (_, i) => `M${1520 + i * 56} 960V1030`).join(''), 'none', {
      stroke: '#7b5c44',
      'stroke-width': 5,
    }) +
    walker(1640, 1050, 120, C.accent, C.ink, C.skin[0], C.hair[1]) +
    walker(1710, 1054, 112, C.glassDeep, '#5b4a3f', C.skin[1], C.hair[0]);

  const body =
    rect(0, 0, W, H, 'url(#sky)') +
    circle(1420, 300, 300, 'url(#glow)') +
    circle(1420, 300, 64, C.sun) +
    cloud(240, 170, 1.1, '#ffffff', 0.55) +
    cloud(980, 120, 0.8, '#ffffff', 0.45) +
    mountains +
    skyline +
    rect(0, waterY, W, H - waterY, 'url(#water)') +
    reflection(mountains + skyline, waterY, 'lake', 0.3) +
    ripples(random, waterY, H, 160, '#eef6f3', 0.45) +
    ellipse(1420, 900, 120, 110, 'url(#glare)') +
    bank +
    reedPaths +
    deck;

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* 2. 金凤实验室: one lab building on the lake, at golden hour               */
/* ------------------------------------------------------------------------ */

function drawJinfengLaboratory(): string {
  const random = createRandom(202);
  const waterY = 790;

  const defs =
    linearGradient('sky', [
      [0, '#a4c6cc'],
      [0.5, '#e9dcc0'],
      [1, '#f2c192'],
    ]) +
    linearGradient('water', [
      [0, '#e6c49e'],
      [0.3, '#a9b9b0'],
      [1, '#5b8694'],
    ]) +
    linearGradient('glassWarm', [
      [0, '#456f80'],
      [1, '#2f5766'],
    ]) +
    radialGradient('glow', [
      [0, '#fff1cf', 1],
      [0.3, '#f8d9a2', 0.6],
      [1, '#f3c38d', 0],
    ]) +
    radialGradient('glare', [
      [0, '#fff1d2', 0.7],
      [1, '#fff1d2', 0],
    ]) +
    el('clipPath', { id: 'lake' }, rect(0, waterY, W, H - waterY, '#000'));

  const far =
    ridge(random, { baseY: 700, amplitude: 120, peaks: 5, fill: '#b7bfb0' }) +
    ridge(random, { baseY: 760, amplitude: 60, peaks: 6, fill: '#8aa291' });
  let shoreTrees = '';
  for (let x = -20; x < W + 30; x += random.between(26, 40)) {
    shoreTrees += circle(
      x,
      758 + random.between(-6, 6),
      random.between(22, 40),
      random.pick(['#4d7a64', '#426e59', '#57856b']),
    );
  }
  shoreTrees += rect(0, 758, W, waterY - 758, '#436f5a');

  // The building: a cantilevered white bar over a lit glass podium, a drum
  // for the atrium and a taller block, all sitting on a lakeside terrace.
  const base = 772;
  const podium =
    rect(420, 650, 1120, base - 650, 'url(#glassWarm)') +
    pathEl(
      gridPath(430, 660, 28, 2, 30, 46, 40, 56, (c, r) => (c * 7 + r * 3) % 5 !== 0),
      C.lit,
      { opacity: 0.85 },
    ) +
    pathEl(gridPath(458, 650, 28, 1, 3, base - 650, 40, 0), '#2a4754');
  const bar =
    rect(260, 520, 1080, 130, C.wall) +
    pathEl(gridPath(260, 540, 1, 9, 1080, 3, 0, 12), '#d8d3c6') +
    rect(260, 638, 1080, 12, '#c6bfae') +
    rect(240, 508, 1120, 14, '#ece6d8') +
    rect(260, 560, 1080, 40, C.glassDeep, { opacity: 0.85 }) +
    pathEl(
      gridPath(280, 566, 27, 1, 26, 28, 40, 0, (c) => c % 4 !== 1),
      C.lit,
      { opacity: 0.9 },
    );
  const pilotis = pathEl(gridPath(300, 650, 3, 1, 8, base - 650, 44, 0), '#d9d3c4');
  const drum =
    rect(880, 420, 220, 100, C.glassDeep) +
    pathEl(gridPath(892, 430, 8, 1, 14, 80, 26, 0), C.lit, { opacity: 0.8 }) +
    ellipse(990, 420, 110, 16, '#ece6d8') +
    rect(880, 416, 220, 8, '#ece6d8');
  // Curtain wall with white fins; a few floors still lit at the end of the day.
  const block =
    rect(1340, 400, 300, base - 400, C.wall) +
    rect(1340, 400, 46, base - 400, C.wallShade) +
    rect(1400, 418, 222, base - 436, C.glassDeep) +
    pathEl(
      gridPath(1400, 418, 6, 8, 30, 28, 37, 40, (c, r) => (c * 3 + r * 5) % 7 < 3),
      C.lit,
      { opacity: 0.9 },
    ) +
    pathEl(gridPath(1400, 446, 1, 8, 222, 12, 0, 40), C.wall) +
    pathEl(gridPath(1430, 418, 6, 1, 7, base - 436, 37, 0), '#e9e5da') +
    rect(1330, 388, 320, 14, '#ece6d8');
  const terrace =
    rect(200, base, 1500, 10, '#e7dcc5') +
    rect(200, base + 10, 1500, 8, '#a99d88') +
    walker(700, base, 40, C.accent, C.ink, C.skin[1], C.hair[0]) +
    walker(740, base, 38, '#f2efe6', C.slate, C.skin[0], C.hair[1]) +
    walker(1180, base, 40, C.glass, C.ink, C.skin[2], C.hair[2]) +
    [230, 285, 1680, 1730, 1790]
      .map((x, i) => roundTree(x, base, 70 + (i % 2) * 18, i % 2 ? DEEP_TREE : BRIGHT_TREE))
      .join('');

  const building = podium + pilotis + bar + drum + block + terrace;

  let birds = '';
  for (let i = 0; i < 6; i += 1) {
    const x = 560 + i * 70 + random.between(-20, 20);
    const y = 250 + random.between(-40, 40);
    const s = random.between(10, 16);
    birds += `M${num(x - s)} ${num(y - s * 0.4)}q${num(s * 0.5)} ${num(-s * 0.2)} ${num(s)} ${num(s * 0.4)}q${num(s * 0.5)} ${num(-s * 0.6)} ${num(s)} ${num(-s * 0.4)}`;
  }

  let reeds = '';
  for (let i = 0; i < 70; i += 1) {
    const x = random.between(1380, 1960);
    const baseY = H + 10;
    const h = random.between(160, 380) * (0.6 + (x - 1380) / 1200);
    const lean = random.between(-70, 10);
    reeds += `M${num(x)} ${num(baseY)}q${num(lean * 0.2)} ${num(-h * 0.6)} ${num(lean)} ${num(-h)}`;
  }
  let heads = '';
  for (let i = 0; i < 14; i += 1) {
    const x = random.between(1400, 1900);
    const y = H - random.between(250, 420);
    heads += ellipse(x, y, 7, 24, '#7a5a3e', {
      transform: `rotate(${num(random.between(-20, 5))} ${num(x)} ${num(y)})`,
    });
  }
  let pads = '';
  for (let i = 0; i < 9; i += 1) {
    const x = random.between(60, 640);
    const y = random.between(1040, 1250);
    const rx = random.between(40, 80) * (0.6 + (y - 1000) / 400);
    pads += ellipse(x, y, rx, rx * 0.32, C.leafMid) + ellipse(x - rx * 0.15, y - rx * 0.06, rx * 0.7, rx * 0.2, C.leaf);
  }
  pads += circle(340, 1110, 14, '#f4b8a6') + circle(340, 1106, 8, '#f9d8cc');

  const body =
    rect(0, 0, W, H, 'url(#sky)') +
    circle(1560, 660, 380, 'url(#glow)') +
    circle(1560, 668, 70, '#fff4da') +
    cloud(160, 230, 1.3, '#fbf3e4', 0.5) +
    cloud(1100, 160, 0.9, '#fbf3e4', 0.4) +
    pathEl(birds, 'none', { stroke: C.slate, 'stroke-width': 3, 'stroke-linecap': 'round' }) +
    far +
    shoreTrees +
    building +
    rect(0, waterY, W, H - waterY, 'url(#water)') +
    reflection(far + shoreTrees + building, waterY, 'lake', 0.5) +
    ripples(random, waterY, H, 220, '#f6e2c3', 0.5) +
    ellipse(1560, 840, 200, 60, 'url(#glare)') +
    pads +
    pathEl(reeds, 'none', { stroke: '#3f6551', 'stroke-width': 6, 'stroke-linecap': 'round' }) +
    pathEl(reeds, 'none', { stroke: '#7c9c6d', 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.7 }) +
    heads;

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* 3. 中科院重庆科学中心: an aerial, isometric view of a research campus     */
/* ------------------------------------------------------------------------ */

function drawCasScienceCenter(): string {
  const random = createRandom(303);
  const originX = 960;
  const originY = 380;
  const cos = Math.cos(Math.PI / 6);
  const iso = (x: number, y: number, z = 0): Point => [originX + (x - y) * cos, originY + (x + y) * 0.5 - z];
  const isoPoly = (points: readonly (readonly [number, number, number?])[], fill: string, extra: Attrs = {}): string =>
    poly(
      points.map(([x, y, z]) => iso(x, y, z ?? 0)),
      fill,
      extra,
    );

  const defs =
    linearGradient('sky', [
      [0, '#c8dcdc'],
      [1, C.haze],
    ]) +
    linearGradient('haze', [
      [0, C.mist, 0],
      [0.45, C.mist, 0.9],
      [1, C.mist, 0],
    ]) +
    el('clipPath', { id: 'land' }, rect(0, 360, W, H - 360, '#000'));

  // Fields around the site, then the site itself.
  const size = 1500;
  let ground = rect(0, 0, W, H, '#c3d3b4');
  // Parcels are placed in site coordinates, so they line up with the roads.
  for (let i = 0; i < 10; i += 1) {
    const x = random.between(-900, 200);
    const y = random.between(-200, 1300);
    ground += isoPoly(
      [
        [x, y],
        [x + 400, y],
        [x + 400, y + 260],
        [x, y + 260],
      ],
      random.pick(['#b6c9a5', '#cdd9bd', '#aac29b']),
    );
    ground += isoPoly(
      [
        [y, x],
        [y + 260, x],
        [y + 260, x + 400],
        [y, x + 400],
      ],
      random.pick(['#b6c9a5', '#cdd9bd', '#aac29b']),
    );
  }
  // Neighbouring plots beyond the site: small blocks and tree clumps, so the
  // campus sits in a city rather than in empty fields.
  const farBox = (x: number, y: number, w: number, d: number, h: number): string =>
    isoPoly(
      [
        [x, y + d, 0],
        [x + w, y + d, 0],
        [x + w, y + d, h],
        [x, y + d, h],
      ],
      '#e6ebe6',
    ) +
    isoPoly(
      [
        [x + w, y, 0],
        [x + w, y + d, 0],
        [x + w, y + d, h],
        [x + w, y, h],
      ],
      '#c9d5d4',
    ) +
    isoPoly(
      [
        [x, y, h],
        [x + w, y, h],
        [x + w, y + d, h],
        [x, y + d, h],
      ],
      '#f3f4ef',
    );
  for (let i = 0; i < 40; i += 1) {
    const along = random.between(-900, 1500);
    const away = random.between(-60, 40);
    // A belt of trees just outside the site boundary.
    const [x, y]: Point = i % 2 ? [along, -150 + away] : [-150 + away, along];
    const [px, py] = iso(x, y);
    ground += ellipse(
      px,
      py,
      random.between(30, 60),
      random.between(12, 22),
      random.pick(['#8fb58b', '#80a981', '#9cbf96']),
    );
  }
  for (let i = 0; i < 18; i += 1) {
    const along = random.between(-1100, 1400);
    const away = random.between(-900, -300);
    const [x, y]: Point = i % 2 ? [along, away] : [away, along];
    ground += farBox(x, y, random.between(60, 130), random.between(50, 110), random.between(20, 70));
  }
  ground += isoPoly(
    [
      [0, 0],
      [size, 0],
      [size, size],
      [0, size],
    ],
    C.lawn,
  );

  const roadFill = '#e9e4d7';
  const road = (x: number, y: number, w: number, d: number): string =>
    isoPoly(
      [
        [x, y],
        [x + w, y],
        [x + w, y + d],
        [x, y + d],
      ],
      roadFill,
    );
  ground +=
    road(-600, size, size + 1200, 70) +
    road(size, -600, 70, size + 1200) +
    road(700, 0, 60, size) +
    road(0, 560, size, 50) +
    road(0, 1120, 700, 40);
  // Plaza and pond.
  const plaza = { x: 780, y: 920 };
  const plazaCentre = iso(plaza.x, plaza.y);
  ground +=
    ellipse(plazaCentre[0], plazaCentre[1], 190 * cos * 1.15, 190 * 0.58, C.paving) +
    ellipse(plazaCentre[0], plazaCentre[1], 120 * cos * 1.15, 120 * 0.58, 'none', {
      stroke: C.pavingLine,
      'stroke-width': 6,
    }) +
    ellipse(plazaCentre[0], plazaCentre[1], 50 * cos * 1.15, 50 * 0.58, C.water);
  const pond: Point[] = [];
  for (let a = 0; a < Math.PI * 2; a += Math.PI / 10) {
    const r = 150 + 40 * Math.sin(a * 3 + 1) + random.between(-10, 10);
    pond.push(iso(280 + Math.cos(a) * r * 1.3, 1300 + Math.sin(a) * r * 0.8));
  }
  ground += poly(pond, C.water) + poly(pond, 'none', { stroke: '#e3ecdf', 'stroke-width': 5 });

  type Box = { x: number; y: number; w: number; d: number; h: number; roof?: 'solar' | 'garden' | 'plant' };
  const boxes: Box[] = [
    { x: 80, y: 70, w: 520, d: 190, h: 110, roof: 'solar' },
    { x: 80, y: 320, w: 220, d: 190, h: 170, roof: 'plant' },
    { x: 380, y: 320, w: 220, d: 190, h: 90, roof: 'garden' },
    { x: 830, y: 70, w: 540, d: 170, h: 90, roof: 'solar' },
    { x: 850, y: 300, w: 170, d: 170, h: 290, roof: 'plant' },
    { x: 1090, y: 300, w: 280, d: 190, h: 140, roof: 'garden' },
    { x: 90, y: 660, w: 170, d: 400, h: 80, roof: 'solar' },
    { x: 340, y: 660, w: 270, d: 150, h: 200, roof: 'plant' },
    { x: 340, y: 880, w: 120, d: 180, h: 120 },
    { x: 1010, y: 680, w: 360, d: 150, h: 120, roof: 'solar' },
    { x: 1080, y: 900, w: 290, d: 300, h: 70, roof: 'garden' },
    { x: 800, y: 1230, w: 560, d: 160, h: 100, roof: 'solar' },
  ];

  const shadows = boxes
    .map(({ x, y, w, d, h }) =>
      isoPoly(
        [
          [x + w, y],
          [x + w + h * 0.7, y + h * 0.25],
          [x + w + h * 0.7, y + d + h * 0.25],
          [x + w, y + d],
        ],
        '#4c6b52',
        { opacity: 0.28 },
      ),
    )
    .join('');

  const drawBox = ({ x, y, w, d, h, roof }: Box): string => {
    const floor = 30;
    let out =
      isoPoly(
        [
          [x, y + d, 0],
          [x + w, y + d, 0],
          [x + w, y + d, h],
          [x, y + d, h],
        ],
        C.wall,
      ) +
      isoPoly(
        [
          [x + w, y, 0],
          [x + w, y + d, 0],
          [x + w, y + d, h],
          [x + w, y, h],
        ],
        C.wallDark,
      ) +
      isoPoly(
        [
          [x, y, h],
          [x + w, y, h],
          [x + w, y + d, h],
          [x, y + d, h],
        ],
        '#fbfaf6',
      );
    // Ribbon windows on both visible faces, one per floor.
    for (let z = 12; z + 12 < h; z += floor) {
      out +=
        isoPoly(
          [
            [x + 10, y + d, z],
            [x + w - 10, y + d, z],
            [x + w - 10, y + d, z + 13],
            [x + 10, y + d, z + 13],
          ],
          C.glass,
        ) +
        isoPoly(
          [
            [x + w, y + 10, z],
            [x + w, y + d - 10, z],
            [x + w, y + d - 10, z + 13],
            [x + w, y + 10, z + 13],
          ],
          C.glassDeep,
        );
    }
    if (roof === 'solar') {
      for (let row = y + 24; row + 30 < y + d; row += 34) {
        out += isoPoly(
          [
            [x + 24, row, h],
            [x + w - 24, row, h],
            [x + w - 24, row + 20, h],
            [x + 24, row + 20, h],
          ],
          '#4f6f8c',
        );
      }
    } else if (roof === 'garden') {
      out += isoPoly(
        [
          [x + 18, y + 18, h],
          [x + w - 18, y + 18, h],
          [x + w - 18, y + d - 18, h],
          [x + 18, y + d - 18, h],
        ],
        C.leaf,
      );
      for (let i = 0; i < 5; i += 1) {
        const [px, py] = iso(x + random.between(40, w - 40), y + random.between(40, d - 40), h);
        out += circle(px, py - 8, random.between(10, 16), C.leafMid);
      }
    } else if (roof === 'plant') {
      const px = x + w * 0.3;
      const py = y + d * 0.3;
      out +=
        isoPoly(
          [
            [px, py + 60, h],
            [px + 70, py + 60, h],
            [px + 70, py + 60, h + 24],
            [px, py + 60, h + 24],
          ],
          C.wallShade,
        ) +
        isoPoly(
          [
            [px + 70, py, h],
            [px + 70, py + 60, h],
            [px + 70, py + 60, h + 24],
            [px + 70, py, h + 24],
          ],
          C.wallDark,
        ) +
        isoPoly(
          [
            [px, py, h + 24],
            [px + 70, py, h + 24],
            [px + 70, py + 60, h + 24],
            [px, py + 60, h + 24],
          ],
          '#eef0ec',
        );
    }
    return out;
  };

  type Tree = { x: number; y: number; r: number; style: TreeStyle };
  const trees: Tree[] = [];
  const addTree = (x: number, y: number): void => {
    if (Math.hypot(x - plaza.x, y - plaza.y) < 215) return; // keep the plaza open
    trees.push({ x, y, r: random.between(14, 22), style: random.pick(TREE_STYLES) });
  };
  for (let t = 20; t < size; t += 60) {
    addTree(680, t + random.between(-6, 6));
    addTree(785, t + random.between(-6, 6));
    if (t < 720 || t > 1120) addTree(t + random.between(-6, 6), 540);
    addTree(t + random.between(-6, 6), 635);
  }
  for (let i = 0; i < 60; i += 1) {
    const x = random.between(20, size - 20);
    const y = random.between(20, size - 20);
    const insideBox = boxes.some((b) => x > b.x - 40 && x < b.x + b.w + 50 && y > b.y - 40 && y < b.y + b.d + 50);
    const onRoad = Math.abs(x - 730) < 70 || Math.abs(y - 585) < 60 || Math.hypot(x - plaza.x, y - plaza.y) < 220;
    if (!insideBox && !onRoad) addTree(x, y);
  }
  const drawTree = ({ x, y, r, style }: Tree): string => {
    const [px, py] = iso(x, y);
    return (
      ellipse(px + r * 0.9, py + 2, r * 1.2, r * 0.45, '#3f5f46', { opacity: 0.3 }) +
      line([px, py], [px, py - r * 0.9], C.trunk, 4) +
      circle(px, py - r * 1.6, r, style.mid) +
      circle(px - r * 0.3, py - r * 1.9, r * 0.45, style.light)
    );
  };

  // Painter's order: further back (smaller x + y) first.
  type Item = { depth: number; draw: () => string };
  const items: Item[] = [
    ...boxes.map((box) => ({ depth: box.x + box.w + box.y + box.d, draw: () => drawBox(box) })),
    ...trees.map((tree) => ({ depth: tree.x + tree.y + 30, draw: () => drawTree(tree) })),
  ];
  items.sort((a, b) => a.depth - b.depth);

  let people = '';
  for (let i = 0; i < 14; i += 1) {
    const a = random.between(0, Math.PI * 2);
    const r = random.between(70, 180);
    const [px, py] = iso(plaza.x + Math.cos(a) * r, plaza.y + Math.sin(a) * r);
    people += walker(px, py, 22, random.pick([C.accent, C.glassDeep, C.gold, C.slate]), C.ink, C.skin[1], C.hair[0]);
  }

  // Far hills on the horizon; the fields and the site are drawn over them.
  const horizon =
    rect(0, 0, W, 460, 'url(#sky)') +
    ridge(random, { baseY: 300, amplitude: 130, peaks: 6, fill: C.ridgeFar, bottom: 460 }) +
    ridge(random, { baseY: 340, amplitude: 60, peaks: 6, fill: '#a9c1b5', bottom: 460 });

  const body =
    horizon +
    group(ground, { 'clip-path': 'url(#land)' }) +
    shadows +
    people +
    items.map((item) => item.draw()).join('') +
    rect(0, 200, W, 380, 'url(#haze)');

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* 4. 市四院科学城院区效果图: an architect's rendering, one-point perspective */
/* ------------------------------------------------------------------------ */

function drawFourthHospital(): string {
  const random = createRandom(404);
  // A camera eight metres up, looking level: the usual rendering viewpoint.
  const focal = 1100;
  const horizon = 560;
  const eye = 8;
  const project = (x: number, y: number, z: number): Point => [
    W / 2 + (focal * x) / z,
    horizon - (focal * (y - eye)) / z,
  ];
  const face = (points: readonly (readonly [number, number, number])[], fill: string, extra: Attrs = {}): string =>
    poly(
      points.map(([x, y, z]) => project(x, y, z)),
      fill,
      extra,
    );

  const defs =
    linearGradient('sky', [
      [0, '#8fbfd8'],
      [0.7, '#d6e8ee'],
      [1, '#eef3ef'],
    ]) +
    linearGradient('glassFront', [
      [0, '#9cc4d3'],
      [1, '#5f8fa3'],
    ]) +
    linearGradient('paving', [
      [0, '#e4ded0'],
      [1, '#f3efe6'],
    ]);

  // Front faces (constant z) are plain rectangles once projected.
  const frontFace = (
    x0: number,
    x1: number,
    y0: number,
    y1: number,
    z: number,
    fill: string,
    extra: Attrs = {},
  ): string => {
    const [ax, ay] = project(x0, y1, z);
    const [bx, by] = project(x1, y0, z);
    return rect(ax, ay, bx - ax, by - ay, fill, extra);
  };
  const frontWindows = (x0: number, x1: number, floors: number, firstFloor: number, z: number): string => {
    let out = '';
    for (let f = firstFloor; f < floors; f += 1) {
      out += frontFace(x0, x1, f * 4 + 1, f * 4 + 3.2, z, 'url(#glassFront)');
    }
    let mullions = '';
    for (let x = x0 + 3; x < x1; x += 3) {
      const [mx, top] = project(x, floors * 4, z);
      const [, bottom] = project(x, firstFloor * 4, z);
      mullions += `M${num(mx)} ${num(top)}V${num(bottom)}`;
    }
    return out + pathEl(mullions, 'none', { stroke: C.wall, 'stroke-width': 3 });
  };
  // Side faces (constant x) recede towards the vanishing point.
  const sideWindows = (x: number, z0: number, z1: number, floors: number, fill: string): string => {
    let out = '';
    for (let f = 0; f < floors; f += 1) {
      for (let z = z0 + 1; z + 2.2 < z1; z += 3.5) {
        out += face(
          [
            [x, f * 4 + 1, z],
            [x, f * 4 + 1, z + 2.6],
            [x, f * 4 + 3.2, z + 2.6],
            [x, f * 4 + 3.2, z],
          ],
          fill,
        );
      }
    }
    return out;
  };

  const sky =
    rect(0, 0, W, horizon + 40, 'url(#sky)') +
    cloud(220, 150, 1.2, '#ffffff', 0.6) +
    cloud(1380, 110, 1, '#ffffff', 0.5);
  const hills = ridge(random, { baseY: horizon + 10, amplitude: 80, peaks: 6, fill: '#b9cfc8' });
  let backTrees = '';
  for (let x = -400; x <= 400; x += random.between(7, 11)) {
    const [px, py] = project(x, 0, 140);
    backTrees += circle(
      px,
      py - random.between(20, 45),
      random.between(24, 40),
      random.pick(['#7ea886', '#6b9a78', '#8cb592']),
    );
  }

  // Tower behind, main block, then the two wings reaching towards us.
  const tower =
    frontFace(-16, 16, 0, 56, 110, C.wall) +
    frontWindows(-14, 14, 14, 8, 110) +
    frontFace(-17, 17, 55, 56.6, 110, C.wallDark) +
    // The medical cross: the one sign that says "hospital" without words.
    frontFace(-1, 1, 50.2, 54.2, 110, '#3f9a74') +
    frontFace(-2, 2, 51.2, 53.2, 110, '#3f9a74');
  const main =
    frontFace(-42, 42, 0, 32, 90, C.wall) +
    frontFace(-42, 42, 31, 32.6, 90, C.wallDark) +
    frontWindows(-40, 40, 8, 1, 90) +
    frontFace(-40, 40, 0.2, 3.4, 90, '#6d98a9') +
    frontFace(-8, 8, 3.4, 32, 89.9, C.glassLight, { opacity: 0.55 });
  const wing = (x0: number, x1: number, z0: number, z1: number, height: number, innerX: number): string => {
    const floors = height / 4;
    const inner = innerX === x0 ? x0 : x1;
    const lit = innerX === x0; // The right wing's inner face looks left, into the sun.
    return (
      face(
        [
          [inner, 0, z0],
          [inner, 0, z1],
          [inner, height, z1],
          [inner, height, z0],
        ],
        lit ? C.wall : C.wallShade,
      ) +
      sideWindows(inner, z0, z1, floors, lit ? C.glass : C.glassDark) +
      frontFace(x0, x1, 0, height, z0, C.wall) +
      frontWindows(x0 + 2, x1 - 2, floors, 1, z0) +
      frontFace(x0 + 2, x1 - 2, 0.2, 3.4, z0, '#6d98a9') +
      face(
        [
          [inner, height, z0],
          [inner, height, z1],
          [inner, height + 0.6, z1],
          [inner, height + 0.6, z0],
        ],
        C.wallDark,
      )
    );
  };
  const leftWing = wing(-66, -42, 52, 90, 20, -42);
  const rightWing = wing(42, 68, 48, 90, 24, 42);
  const canopy =
    face(
      [
        [-18, 6, 72],
        [18, 6, 72],
        [18, 6, 90],
        [-18, 6, 90],
      ],
      '#e9eef0',
    ) +
    frontFace(-18, 18, 5.3, 6, 72, C.wall) +
    [-15, -5, 5, 15].map((x) => frontFace(x - 0.25, x + 0.25, 0, 5.3, 73, '#c4cfd2')).join('');

  // The plaza: lawn all round, paving in the middle, a long reflecting pool.
  const groundTop = project(0, 0, 90)[1];
  let plaza = rect(0, groundTop, W, H - groundTop, '#a7c995');
  plaza +=
    face(
      [
        [-30, 0, 12],
        [30, 0, 12],
        [30, 0, 90],
        [-30, 0, 90],
      ],
      'url(#paving)',
    ) +
    face(
      [
        [-66, 0, 30],
        [-42, 0, 30],
        [-42, 0, 52],
        [-66, 0, 52],
      ],
      '#e7e1d3',
    ) +
    face(
      [
        [42, 0, 30],
        [68, 0, 30],
        [68, 0, 48],
        [42, 0, 48],
      ],
      '#e7e1d3',
    );
  let joints = '';
  for (let x = -30; x <= 30; x += 5) {
    const [ax, ay] = project(x, 0, 12);
    const [bx, by] = project(x, 0, 90);
    joints += `M${num(ax)} ${num(ay)}L${num(bx)} ${num(by)}`;
  }
  for (const z of [14, 17, 21, 26, 32, 40, 50, 62, 76]) {
    const [ax, ay] = project(-30, 0, z);
    const [bx] = project(30, 0, z);
    joints += `M${num(ax)} ${num(ay)}H${num(bx)}`;
  }
  plaza += pathEl(joints, 'none', { stroke: C.pavingLine, 'stroke-width': 2 });
  plaza +=
    face(
      [
        [-4, 0, 24],
        [4, 0, 24],
        [4, 0, 66],
        [-4, 0, 66],
      ],
      '#7fb0c0',
    ) +
    face(
      [
        [-3.2, 0, 26],
        [3.2, 0, 26],
        [3.2, 0, 64],
        [-3.2, 0, 64],
      ],
      '#a3cbd4',
    );

  // Trees and people, far to near.
  type Thing = { z: number; draw: () => string };
  const things: Thing[] = [];
  for (const x of [-26, 26, -36, 36]) {
    for (let z = 16; z <= 84; z += 8) {
      if (Math.abs(x) > 30 && z > 46) continue;
      const style = random.pick(TREE_STYLES);
      const height = random.between(6.5, 8);
      things.push({
        z,
        draw: () => {
          const [bx, by] = project(x, 0, z);
          const [, ty] = project(x, height, z);
          const r = (focal * 2.6) / z;
          return (
            ellipse(bx + r * 0.5, by, r * 1.1, r * 0.22, '#2f4f3a', { opacity: 0.25 }) +
            line([bx, by], [bx, ty + r * 0.5], C.trunk, Math.max(2, r * 0.12)) +
            circle(bx + r * 0.12, ty + r * 0.1, r, style.dark) +
            circle(bx - r * 0.06, ty, r * 0.92, style.mid) +
            circle(bx - r * 0.35, ty - r * 0.3, r * 0.38, style.light)
          );
        },
      });
    }
  }
  for (let i = 0; i < 26; i += 1) {
    const x = random.between(-22, 22);
    const z = random.between(18, 80);
    if (Math.abs(x) < 5.5 && z > 22 && z < 68) continue;
    const shirt = random.pick([C.accent, C.glassDeep, C.wall, C.gold, C.slate, '#7fa86b']);
    const skin = random.pick(C.skin);
    const hair = random.pick(C.hair);
    things.push({
      z,
      draw: () => {
        const [bx, by] = project(x, 0, z);
        return walker(bx, by, (focal * 1.7) / z, shirt, C.ink, skin, hair);
      },
    });
  }
  // Foreground: planters with hedges and flowers, and two big trees that
  // frame the view the way architects' renderings usually do.
  const planter = (x0: number, x1: number, z0: number, z1: number): string => {
    const height = 0.8;
    let flowers = '';
    for (let i = 0; i < 26; i += 1) {
      const [fx, fy] = project(random.between(x0 + 0.4, x1 - 0.4), height + 0.5, random.between(z0 + 0.3, z1 - 0.3));
      flowers += circle(fx, fy, (focal * 0.22) / z0, random.pick([C.accent, C.gold, '#f4b8a6', '#ffffff']));
    }
    return (
      face(
        [
          [x0, height, z0],
          [x1, height, z0],
          [x1, height, z1],
          [x0, height, z1],
        ],
        '#6f9f6e',
      ) +
      face(
        [
          [x0, 0, z0],
          [x1, 0, z0],
          [x1, height, z0],
          [x0, height, z0],
        ],
        '#cdc6b6',
      ) +
      face(
        [
          [x0, height, z0],
          [x1, height, z0],
          [x1, height + 0.6, z0 + 0.4],
          [x0, height + 0.6, z0 + 0.4],
        ],
        C.leafMid,
      ) +
      flowers
    );
  };
  things.push({ z: 15.5, draw: () => planter(-21, -9, 15, 19) }, { z: 15.5, draw: () => planter(9, 21, 15, 19) });
  for (const x of [-14, 14]) {
    const z = 17;
    things.push({
      z,
      draw: () => {
        const [bx, by] = project(x, 0, z);
        const [, ty] = project(x, 8.5, z);
        const r = (focal * 3) / z;
        return rect(bx - 10, ty, 20, by - ty, C.trunk) + crown(random, bx, ty, r, x < 0 ? DEEP_TREE : BRIGHT_TREE);
      },
    });
  }
  const closeFolk: readonly [number, number, string][] = [
    [-5, 17, C.accent],
    [-3.8, 17.4, '#7fa86b'],
    [6, 20, C.glassDeep],
    [2, 24, C.gold],
  ];
  for (const [x, z, shirt] of closeFolk) {
    things.push({
      z,
      draw: () => {
        const [bx, by] = project(x, 0, z);
        return walker(bx, by, (focal * 1.7) / z, shirt, C.ink, random.pick(C.skin), random.pick(C.hair));
      },
    });
  }
  things.sort((a, b) => b.z - a.z);

  const body =
    sky +
    hills +
    backTrees +
    tower +
    main +
    leftWing +
    rightWing +
    plaza +
    canopy +
    things.map((thing) => thing.draw()).join('');

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* 5. 金凤实验室工作人员科研忙: researchers at work in the lab              */
/* ------------------------------------------------------------------------ */

type ResearcherOptions = {
  x: number;
  shoulderY: number;
  skin: string;
  hair: string;
  hairStyle: 'short' | 'bun' | 'long';
  shirt: string;
  /** Elbow and hand positions, relative to each shoulder. */
  leftArm: readonly [Point, Point];
  rightArm: readonly [Point, Point];
  headTilt?: number;
};

/** Upper body of a researcher behind the bench: the bench hides the rest. */
function researcher({
  x,
  shoulderY,
  skin,
  hair,
  hairStyle,
  shirt,
  leftArm,
  rightArm,
  headTilt = 0,
}: ResearcherOptions): string {
  const half = 108;
  const bottom = 980;
  const headX = x + headTilt;
  const headY = shoulderY - 92;
  const coat = pathEl(
    `M${x - half} ${bottom}V${shoulderY + 60}Q${x - half} ${shoulderY} ${x - 50} ${shoulderY}H${x + 50}Q${x + half} ${shoulderY} ${x + half} ${shoulderY + 60}V${bottom}Z`,
    '#f7f8f5',
  );
  const coatShade = pathEl(
    `M${x + 40} ${bottom}V${shoulderY + 40}Q${x + 60} ${shoulderY} ${x + 50} ${shoulderY}Q${x + half} ${shoulderY} ${x + half} ${shoulderY + 60}V${bottom}Z`,
    '#dfe6e6',
  );
  const shirtV = poly(
    [
      [x - 34, shoulderY],
      [x + 34, shoulderY],
      [x, shoulderY + 110],
    ],
    shirt,
  );
  const lapels = pathEl(`M${x - 34} ${shoulderY}L${x} ${shoulderY + 110}L${x + 34} ${shoulderY}`, 'none', {
    stroke: '#cdd6d8',
    'stroke-width': 5,
  });
  const neck = rect(x - 17, shoulderY - 40, 34, 44, skin);
  const head = ellipse(headX, headY, 46, 54, skin);
  const hairShape =
    hairStyle === 'short'
      ? pathEl(
          `M${headX - 48} ${headY + 4}Q${headX - 50} ${headY - 62} ${headX + 4} ${headY - 60}Q${headX + 52} ${headY - 56} ${headX + 48} ${headY - 4}Q${headX + 20} ${headY - 34} ${headX - 48} ${headY + 4}Z`,
          hair,
        )
      : hairStyle === 'bun'
        ? circle(headX + 8, headY - 62, 26, hair) +
          pathEl(
            `M${headX - 48} ${headY + 8}Q${headX - 52} ${headY - 60} ${headX} ${headY - 58}Q${headX + 52} ${headY - 58} ${headX + 48} ${headY + 8}Q${headX + 30} ${headY - 30} ${headX - 48} ${headY + 8}Z`,
            hair,
          )
        : pathEl(
            `M${headX - 50} ${headY + 70}Q${headX - 60} ${headY - 64} ${headX} ${headY - 60}Q${headX + 60} ${headY - 64} ${headX + 50} ${headY + 70}L${headX + 34} ${headY + 70}Q${headX + 36} ${headY - 20} ${headX} ${headY - 24}Q${headX - 36} ${headY - 20} ${headX - 34} ${headY + 70}Z`,
            hair,
          );
  const goggles = rect(headX - 40, headY - 12, 80, 22, '#c9e3ec', {
    rx: 11,
    opacity: 0.9,
    stroke: C.slate,
    'stroke-width': 4,
  });
  const arm = (side: -1 | 1, [elbow, hand]: readonly [Point, Point]): string => {
    const sx = x + side * (half - 24);
    const sy = shoulderY + 34;
    const d = `M${sx} ${sy}L${sx + elbow[0]} ${sy + elbow[1]}L${sx + hand[0]} ${sy + hand[1]}`;
    return (
      pathEl(d, 'none', {
        stroke: '#eef1ef',
        'stroke-width': 46,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }) +
      pathEl(d, 'none', {
        stroke: '#f9faf8',
        'stroke-width': 34,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }) +
      circle(sx + hand[0], sy + hand[1], 20, C.glove)
    );
  };
  return coat + coatShade + shirtV + lapels + neck + head + hairShape + goggles + arm(-1, leftArm) + arm(1, rightArm);
}

function drawResearchers(): string {
  const random = createRandom(505);
  const defs =
    linearGradient('wall', [
      [0, '#eef3f1'],
      [1, '#dde6e5'],
    ]) +
    linearGradient('view', [
      [0, '#bcd8dd'],
      [1, '#eef0e2'],
    ]) +
    linearGradient('benchTop', [
      [0, '#46606a'],
      [1, '#2f4750'],
    ]) +
    linearGradient('cabinetShade', [
      [0, C.ink, 0],
      [1, C.ink, 0.12],
    ]) +
    el('clipPath', { id: 'window' }, rect(100, 110, 980, 440, '#000'));

  // Window onto the Science City: hills and a building through the glass.
  const viewRandom = createRandom(55);
  const view = group(
    rect(100, 110, 980, 440, 'url(#view)') +
      ridge(viewRandom, { baseY: 420, amplitude: 140, peaks: 4, fill: '#a9c6bd' }) +
      ridge(viewRandom, { baseY: 500, amplitude: 60, peaks: 4, fill: '#86ad95' }) +
      rect(620, 330, 160, 220, C.wall) +
      pathEl(gridPath(636, 348, 5, 6, 18, 16, 28, 30), C.glass) +
      Array.from({ length: 12 }, (_, i) =>
        roundTree(140 + i * 82, 560, random.between(50, 80), random.pick(TREE_STYLES)),
      ).join(''),
    { 'clip-path': 'url(#window)' },
  );
  const frame =
    pathEl(
      `M100 110h980v440h-980z M${num(100 + 980 / 3)} 110v440 M${num(100 + (980 * 2) / 3)} 110v440 M100 330h980`,
      'none',
      {
        stroke: '#c3cfd1',
        'stroke-width': 14,
      },
    ) + rect(86, 548, 1008, 20, '#cfd9da');

  // Shelves of reagent bottles on the right.
  let shelves =
    rect(1300, 120, 520, 600, '#e4ebea') + rect(1300, 120, 520, 600, 'none', { stroke: '#c3cfd1', 'stroke-width': 10 });
  for (const shelfY of [260, 420, 580, 716]) {
    shelves += rect(1300, shelfY, 520, 12, '#b7c5c7');
    let x = 1320;
    while (x < 1780) {
      const w = random.between(28, 56);
      const h = random.between(50, 110);
      const fill = random.pick(['#c98a4b', '#5e9aa3', '#f3f4ef', '#9db7c0', C.accentSoft, '#7fa86b']);
      shelves +=
        rect(x, shelfY - h, w, h, fill, { rx: 6 }) +
        rect(x + w * 0.25, shelfY - h - 12, w * 0.5, 14, C.slate, { rx: 3 }) +
        rect(x + 4, shelfY - h * 0.6, w - 8, h * 0.25, '#ffffff', { opacity: 0.55 });
      x += w + random.between(8, 22);
    }
  }

  // Back counter with a monitor showing a chart (shapes, no text).
  const backCounter = rect(0, 720, W, 24, '#9fb0b4') + rect(0, 744, W, 200, '#d3dcdd');
  const monitor =
    rect(1380, 500, 330, 210, C.ink, { rx: 12 }) +
    rect(1394, 514, 302, 172, '#12232c') +
    pathEl('M1410 660L1460 610L1510 630L1560 560L1610 590L1680 530', 'none', {
      stroke: '#7fd3c4',
      'stroke-width': 5,
      'stroke-linejoin': 'round',
    }) +
    pathEl(gridPath(1412, 600, 6, 1, 18, 70, 30, 0), C.accentSoft, { opacity: 0.55 }) +
    rect(1530, 710, 30, 14, C.ink);

  // Pendant lights.
  const lights =
    line([560, 0], [560, 50], C.slate, 3) +
    line([1360, 0], [1360, 50], C.slate, 3) +
    rect(360, 50, 400, 18, '#f3f5f2', { rx: 9 }) +
    rect(1160, 50, 400, 18, '#f3f5f2', { rx: 9 });

  const people =
    researcher({
      x: 430,
      shoulderY: 690,
      skin: C.skin[0],
      hair: C.hair[0],
      hairStyle: 'long',
      shirt: '#5e9aa3',
      leftArm: [
        [10, 120],
        [80, 200],
      ],
      rightArm: [
        [30, 120],
        [130, 170],
      ],
      headTilt: 34,
    }) +
    researcher({
      x: 1000,
      shoulderY: 600,
      skin: C.skin[2],
      hair: C.hair[2],
      hairStyle: 'short',
      shirt: C.accent,
      leftArm: [
        [-20, 150],
        [70, 170],
      ],
      rightArm: [
        [40, 130],
        [-58, 20],
      ],
    }) +
    researcher({
      x: 1530,
      shoulderY: 640,
      skin: C.skin[1],
      hair: C.hair[1],
      hairStyle: 'bun',
      shirt: '#7fa86b',
      leftArm: [
        [-10, 150],
        [60, 210],
      ],
      rightArm: [
        [0, 150],
        [-70, 200],
      ],
      headTilt: -20,
    });

  // Things held or looked at, drawn over the figures.
  // Held in the centre researcher's hands: a pipette raised, a tube below.
  const pipette =
    rect(1014, 560, 22, 150, '#f1f3f0', { rx: 8, stroke: C.slate, 'stroke-width': 3 }) +
    rect(1008, 548, 34, 20, C.accent, { rx: 6 }) +
    poly(
      [
        [1016, 710],
        [1034, 710],
        [1025, 770],
      ],
      '#e9eef0',
      { stroke: C.slate, 'stroke-width': 2 },
    ) +
    circle(1026, 654, 20, C.glove);
  const heldTube =
    rect(976, 740, 18, 90, '#eef6f7', { rx: 9, stroke: C.slate, 'stroke-width': 3 }) +
    rect(979, 790, 12, 36, C.accent, { rx: 6 }) +
    circle(986, 804, 20, C.glove);
  const tablet = poly(
    [
      [1430, 790],
      [1560, 760],
      [1590, 860],
      [1460, 890],
    ],
    C.ink,
  );

  // The bench in front, and what stands on it.
  const benchY = 960;
  const bench =
    rect(0, benchY - 24, W, 34, 'url(#benchTop)') +
    rect(0, benchY + 10, W, H - benchY - 10, '#e9eeed') +
    pathEl(gridPath(20, benchY + 34, 6, 1, 296, 270, 316, 0), '#f4f7f6', { stroke: '#cfd9da', 'stroke-width': 4 }) +
    pathEl(gridPath(140, benchY + 60, 6, 1, 60, 8, 316, 0), '#9fb0b4') +
    rect(0, benchY + 10, W, H - benchY - 10, 'url(#cabinetShade)');

  const microscope =
    rect(470, benchY - 50, 180, 28, C.wall, { rx: 10, stroke: C.slate, 'stroke-width': 4 }) +
    pathEl(`M610 ${benchY - 40}Q650 ${benchY - 160} 590 ${benchY - 250}`, 'none', {
      stroke: C.wall,
      'stroke-width': 42,
      'stroke-linecap': 'round',
    }) +
    pathEl(`M610 ${benchY - 40}Q650 ${benchY - 160} 590 ${benchY - 250}`, 'none', {
      stroke: C.slate,
      'stroke-width': 4,
      opacity: 0.5,
    }) +
    rect(480, benchY - 110, 130, 16, C.slate, { rx: 4 }) +
    rect(530, benchY - 170, 26, 62, C.ink, { rx: 6 }) +
    rect(500, benchY - 270, 110, 80, C.wall, { rx: 14, stroke: C.slate, 'stroke-width': 4 }) +
    rect(506, benchY - 306, 28, 46, C.ink, { rx: 6, transform: `rotate(-28 520 ${benchY - 283})` }) +
    rect(540, benchY - 306, 28, 46, C.ink, { rx: 6, transform: `rotate(-28 554 ${benchY - 283})` }) +
    circle(574, benchY - 36, 10, C.accent);

  const flask = (x: number, size: number, liquid: string): string =>
    pathEl(
      `M${x - size * 0.15} ${benchY - 24 - size}h${size * 0.3}v${size * 0.35}l${size * 0.4} ${size * 0.62}q${size * 0.04} ${size * 0.03} -${size * 0.04} ${size * 0.03}h-${size * 0.92}q-${size * 0.08} 0 -${size * 0.04} -${size * 0.03}l${size * 0.4} -${size * 0.62}z`,
      '#eef6f7',
      { stroke: C.slate, 'stroke-width': 4, 'stroke-linejoin': 'round' },
    ) +
    pathEl(
      `M${x - size * 0.33} ${benchY - 24 - size * 0.28}h${size * 0.66}l${size * 0.14} ${size * 0.24}h-${size * 0.94}z`,
      liquid,
    );

  let rack =
    rect(1060, benchY - 64, 240, 40, C.slate, { rx: 6 }) + rect(1060, benchY - 100, 240, 12, C.slate, { rx: 4 });
  for (let i = 0; i < 7; i += 1) {
    const tx = 1074 + i * 32;
    rack +=
      rect(tx, benchY - 150, 18, 96, '#eef6f7', { rx: 9, stroke: C.slate, 'stroke-width': 3 }) +
      rect(tx + 3, benchY - 110, 12, 50, i % 3 === 0 ? C.accent : i % 3 === 1 ? '#5e9aa3' : C.gold, { rx: 6 }) +
      rect(tx - 2, benchY - 160, 22, 14, i % 2 ? '#5e9aa3' : C.accent, { rx: 4 });
  }

  const beaker =
    rect(1720, benchY - 150, 110, 126, '#eef6f7', { rx: 8, stroke: C.slate, 'stroke-width': 4 }) +
    rect(1724, benchY - 90, 102, 62, '#7fd3c4', { opacity: 0.8 }) +
    pathEl(gridPath(1730, benchY - 138, 1, 4, 24, 3, 0, 22), C.slate);

  const pipetteStand =
    rect(160, benchY - 40, 150, 16, C.slate, { rx: 4 }) +
    rect(226, benchY - 240, 14, 210, C.slate) +
    [0, 1, 2]
      .map((i) => {
        const px = 178 + i * 44;
        return (
          rect(px, benchY - 230, 18, 130, '#f1f3f0', {
            rx: 8,
            stroke: C.slate,
            'stroke-width': 3,
            transform: `rotate(${(i - 1) * 6} ${px + 9} ${benchY - 165})`,
          }) + rect(px - 2, benchY - 240, 22, 16, [C.accent, C.gold, '#5e9aa3'][i] ?? C.accent, { rx: 5 })
        );
      })
      .join('');

  const body =
    rect(0, 0, W, H, 'url(#wall)') +
    view +
    frame +
    shelves +
    backCounter +
    monitor +
    lights +
    people +
    pipette +
    heldTube +
    tablet +
    bench +
    microscope +
    flask(820, 190, '#7fd3c4') +
    flask(930, 130, C.accentSoft) +
    rack +
    beaker +
    pipetteStand;

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* 6. 金凤软件园: office towers seen from the park                           */
/* ------------------------------------------------------------------------ */

function drawSoftwarePark(): string {
  const random = createRandom(606);
  const ground = 860;

  const defs =
    linearGradient('sky', [
      [0, '#9fcad8'],
      [0.7, '#dcebe8'],
      [1, '#f1efe2'],
    ]) +
    linearGradient('towerGlass', [
      [0, '#6f9fb1'],
      [1, '#a8cad4'],
    ]) +
    linearGradient('towerGlassDark', [
      [0, '#4b7b8e'],
      [1, '#7da5b3'],
    ]) +
    linearGradient('lawnBack', [
      [0, '#a9cd92'],
      [1, '#8fbf82'],
    ]) +
    linearGradient('lawnFront', [
      [0, '#79ad74'],
      [1, '#5a9468'],
    ]);

  const farTowers =
    rect(60, 430, 170, ground - 430, '#c9dbdc') +
    rect(1620, 380, 150, ground - 380, '#c5d8da') +
    rect(1780, 470, 180, ground - 470, '#cfdfdf') +
    rect(880, 360, 120, ground - 360, '#c9dbdc');

  // Four towers, each with its own facade so they are told apart at a glance.
  const stripes =
    rect(250, 250, 270, ground - 250, 'url(#towerGlass)') +
    rect(520, 270, 60, ground - 270, 'url(#towerGlassDark)') +
    pathEl(gridPath(268, 250, 12, 1, 6, ground - 250, 22, 0), '#e8f1f2', { opacity: 0.8 }) +
    rect(240, 236, 290, 16, C.wall);
  const crown =
    poly(
      [
        [640, 200],
        [900, 110],
        [900, ground],
        [640, ground],
      ],
      C.wall,
    ) +
    poly(
      [
        [900, 110],
        [960, 140],
        [960, ground],
        [900, ground],
      ],
      C.wallShade,
    ) +
    pathEl(gridPath(660, 240, 7, 22, 22, 18, 34, 28), C.glassDark) +
    pathEl(
      gridPath(660, 240, 7, 22, 22, 18, 34, 28, (c, r) => (c * 5 + r * 3) % 7 === 0),
      C.glassLight,
    );
  let bandsD = '';
  let terraces = '';
  for (let y = 330, i = 0; y < ground - 20; y += 38, i += 1) {
    bandsD += `M1010 ${y + 14}h240v20h-240z`;
    if (i % 5 === 2) {
      for (let x = 1020; x < 1240; x += 26)
        terraces += circle(x, y + 8, random.between(9, 14), random.pick([C.leaf, C.leafMid, C.leafLight]));
    }
  }
  const bands =
    rect(1010, 320, 240, ground - 320, C.wall) +
    rect(1250, 320, 40, ground - 320, C.wallShade) +
    pathEl(bandsD, C.glass) +
    terraces;
  const fins =
    rect(1330, 180, 290, ground - 180, '#7fa9b8') +
    rect(1620, 200, 44, ground - 200, '#5f8c9d') +
    pathEl(gridPath(1340, 180, 14, 1, 6, ground - 180, 20, 0), C.wall) +
    rect(1320, 168, 310, 16, C.wall) +
    rect(1330, ground - 90, 290, 90, C.accent) +
    pathEl(gridPath(1350, ground - 76, 7, 1, 24, 76, 40, 0), '#f6d9c5');
  const podium = rect(560, ground - 70, 900, 70, C.wall) + rect(560, ground - 58, 900, 40, C.glassDark);

  // Park: layered lawns, a winding path, trees, benches, lamps, people.
  const lawns =
    rect(0, ground - 10, W, H - ground + 10, 'url(#lawnBack)') +
    pathEl(`M0 1000C420 940 820 990 1200 960S1760 920 ${W} 950V${H}H0Z`, 'url(#lawnFront)');
  const walk =
    pathEl(
      `M560 ${H}C640 1120 1120 1090 1020 990S760 900 980 ${ground}L1080 ${ground}C900 900 1160 950 1150 1000S820 1140 880 ${H}Z`,
      '#efe6d2',
    ) +
    pathEl(`M560 ${H}C640 1120 1120 1090 1020 990S760 900 980 ${ground}`, 'none', {
      stroke: '#d6c9ac',
      'stroke-width': 4,
    });

  type Placed = { y: number; draw: string };
  const placed: Placed[] = [];
  for (let i = 0; i < 46; i += 1) {
    const x = random.between(-40, W + 40);
    const y = random.between(ground + 10, 1160);
    const depth = (y - ground) / (H - ground);
    // Keep the path clear so it reads as a path.
    if (Math.abs(x - (1000 + (1 - depth) * 20 - depth * 200)) < 160 + depth * 180) continue;
    const size = 40 + depth * 120;
    const style = random.pick(TREE_STYLES);
    placed.push({ y, draw: random.next() < 0.25 ? cypress(x, y, size * 2.2, style) : roundTree(x, y, size, style) });
  }
  const bench = (x: number, y: number, s: number): string =>
    rect(x, y - 22 * s, 90 * s, 8 * s, '#9c7756') +
    rect(x, y - 40 * s, 90 * s, 8 * s, '#9c7756') +
    rect(x + 8 * s, y - 22 * s, 6 * s, 22 * s, C.slate) +
    rect(x + 76 * s, y - 22 * s, 6 * s, 22 * s, C.slate);
  const lamp = (x: number, y: number, s: number): string =>
    rect(x - 3 * s, y - 150 * s, 6 * s, 150 * s, C.slate) +
    circle(x, y - 154 * s, 12 * s, '#fbf3dc', { stroke: C.slate, 'stroke-width': 3 * s });
  placed.push(
    { y: 1010, draw: bench(1240, 1010, 1.3) },
    { y: 1060, draw: bench(520, 1060, 1.5) },
    { y: 980, draw: lamp(1200, 980, 1) },
    { y: 1110, draw: lamp(760, 1110, 1.4) },
    { y: 930, draw: lamp(880, 930, 0.8) },
    { y: 1100, draw: walker(960, 1100, 150, C.accent, C.ink, C.skin[0], C.hair[1]) },
    { y: 1120, draw: walker(900, 1120, 150, C.glassDeep, '#5b4a3f', C.skin[1], C.hair[0]) },
    { y: 960, draw: walker(1050, 960, 90, C.gold, C.slate, C.skin[2], C.hair[2]) },
    { y: 905, draw: walker(975, 905, 60, C.wall, C.ink, C.skin[1], C.hair[0]) },
  );
  placed.sort((a, b) => a.y - b.y);

  // A big tree at the right edge frames the view.
  const frameTree =
    pathEl(`M1780 ${H}C1790 1000 1800 800 1770 560L1830 560C1840 800 1860 1000 1880 ${H}Z`, C.trunk) +
    pathEl('M1790 760C1740 700 1700 660 1650 640', 'none', {
      stroke: C.trunk,
      'stroke-width': 22,
      'stroke-linecap': 'round',
    }) +
    circle(1900, 360, 250, C.leafDeep) +
    circle(1640, 560, 120, C.leafDark) +
    circle(1760, 300, 210, C.leafDark) +
    circle(1700, 420, 150, C.leafMid) +
    circle(1850, 180, 170, C.leafMid) +
    circle(1660, 330, 90, C.leaf) +
    circle(1780, 150, 80, C.leaf) +
    circle(1610, 520, 60, C.leaf) +
    pathEl(`M1500 ${H}C1600 1150 1900 1140 ${W} 1160V${H}Z`, '#4a8460');

  const body =
    rect(0, 0, W, H, 'url(#sky)') +
    cloud(120, 140, 1.2, '#ffffff', 0.6) +
    cloud(1080, 80, 0.9, '#ffffff', 0.5) +
    ridge(random, { baseY: ground - 40, amplitude: 140, peaks: 5, fill: '#bfd3cc' }) +
    farTowers +
    stripes +
    crown +
    bands +
    fins +
    podium +
    lawns +
    walk +
    placed.map((item) => item.draw).join('') +
    frameTree;

  return svg(defs, body);
}

/* ------------------------------------------------------------------------ */
/* Rendering and the never-overwrite-a-photo rule                           */
/* ------------------------------------------------------------------------ */

export type Illustration = {
  /** File name in `content/images/`. */
  name: string;
  /** What it stands in for; goes into the XMP title. */
  title: string;
  draw: () => string;
};

export const ILLUSTRATIONS: readonly Illustration[] = [
  { name: 'science-city-corner.jpg', title: '科学城一隅 / A corner of the Science City', draw: drawScienceCityCorner },
  { name: 'jinfeng-laboratory.jpg', title: '金凤实验室 / Jinfeng Laboratory', draw: drawJinfengLaboratory },
  {
    name: 'cas-chongqing-science-center.jpg',
    title: '中科院重庆科学中心 / CAS Chongqing Science Center',
    draw: drawCasScienceCenter,
  },
  {
    name: 'fourth-hospital-science-city-campus.jpg',
    title: '市四院科学城院区效果图 / Chongqing Fourth People’s Hospital, Science City campus (rendering)',
    draw: drawFourthHospital,
  },
  {
    name: 'jinfeng-laboratory-researchers.jpg',
    title: '金凤实验室工作人员科研忙 / Researchers at work in Jinfeng Laboratory',
    draw: drawResearchers,
  },
  { name: 'jinfeng-software-park.jpg', title: '金凤软件园 / Jinfeng Software Park', draw: drawSoftwarePark },
];

/**
 * Renders one illustration to a marked JPEG, lowering quality step by step
 * until it fits {@link MAX_BYTES}, so six of them stay light on a phone.
 */
export async function renderIllustration(illustration: Illustration): Promise<{ jpeg: Buffer; quality: number }> {
  const raster = await sharp(Buffer.from(illustration.draw()))
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const xmp = buildPlaceholderXmp({ title: illustration.title });
  let smallest: { jpeg: Buffer; quality: number } | undefined;
  for (const quality of QUALITIES) {
    const jpeg = await sharp(raster.data, { raw: raster.info })
      .jpeg({ quality, mozjpeg: true })
      .withXmp(xmp)
      .toBuffer();
    smallest = { jpeg, quality };
    if (jpeg.length <= MAX_BYTES) break;
  }
  if (!smallest) throw new Error('no JPEG quality to try');
  return smallest;
}

export type DrawOutcome = 'written' | 'unchanged' | 'skipped';

/**
 * Writes one illustration unless a real photo is already there. "Real photo"
 * means any file without our marker, including one we cannot read: when in
 * doubt, keep the file.
 */
export async function writeIllustration(
  illustration: Illustration,
  file: string,
): Promise<{ outcome: DrawOutcome; detail: string }> {
  const existing = await readFile(file).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing) {
    const metadata = await sharp(existing)
      .metadata()
      .catch(() => ({}));
    if (!isPlaceholderImage(metadata)) {
      return {
        outcome: 'skipped',
        detail: 'exists without the placeholder marker (a real photo?); delete it to redraw',
      };
    }
  }

  const { jpeg, quality } = await renderIllustration(illustration);
  const detail = `${W}×${H}, quality ${quality}, ${Math.round(jpeg.length / 1024)} KB`;
  // Rewriting identical bytes would only bump the mtime and make
  // build-images redo every derivative.
  if (existing?.equals(jpeg)) return { outcome: 'unchanged', detail };

  const temp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(temp, jpeg);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { outcome: 'written', detail };
}

/** Draws every illustration into `outDir`, reporting one line per file. */
export async function drawIllustrations(outDir: string, log: (line: string) => void = console.log): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const illustration of ILLUSTRATIONS) {
    const file = path.join(outDir, illustration.name);
    const { outcome, detail } = await writeIllustration(illustration, file);
    log(`${outcome.padEnd(9)} ${path.relative(process.cwd(), file)}: ${detail}`);
  }
}

// Runs only as a CLI, so tests can import the functions without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outDir = path.join(fileURLToPath(new URL('..', import.meta.url)), 'content', 'images');
  drawIllustrations(outDir).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
