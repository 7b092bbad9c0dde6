import { describe, expect, it } from 'vitest';
import {
  blockUrl,
  editionOf,
  excerptNodes,
  orderByEdition,
  placeMatches,
  type SearchEdition,
} from '@/lib/client/search-results';

const editions: SearchEdition[] = [
  { index: 'zh-hans', path: '/zh', lang: 'zh-Hans', name: '简体中文' },
  { index: 'zh-hant', path: '/zh-hant', lang: 'zh-Hant', name: '繁體中文' },
  { index: 'en', path: '/en', lang: 'en', name: 'English' },
];

describe('editionOf', () => {
  it('tells an address’s edition by its first segment, /zh-hant not taken for /zh', () => {
    expect(editionOf('/zh-hant/labs', editions)?.index).toBe('zh-hant');
    expect(editionOf('/zh/labs', editions)?.index).toBe('zh-hans');
    expect(editionOf('/zh', editions)?.index).toBe('zh-hans');
    expect(editionOf('/fr/labs', editions)).toBeUndefined();
  });
});

describe('placeMatches', () => {
  // Title (words 0–1), then block p1 (2–6), then block p2 (7–12).
  const content = 'Jinfeng Laboratory. The lab shares its data. The hospital got a licence here.';
  const anchors = [
    { element: 'p', id: 'p1', location: 2 },
    { element: 'span', id: 'term-en-p1-1', location: 3 },
    { element: 'p', id: 'p2', location: 7 },
  ];

  it('links to the block holding the most matches and shows an excerpt of that block only', () => {
    const placed = placeMatches({ content, anchors, locations: [0, 8, 11] }, 30);
    expect(placed.blockId).toBe('p2');
    expect(placed.excerpt).toBe('The <mark>hospital</mark> got a <mark>licence</mark> here.');
  });

  it('never links to a glossary note’s id, only to blocks', () => {
    expect(placeMatches({ content, anchors, locations: [3, 4] }).blockId).toBe('p1');
  });

  it('links to the page itself when the only match is in the headline', () => {
    const placed = placeMatches({ content, anchors, locations: [0] });
    expect(placed.blockId).toBeUndefined();
    expect(blockUrl('/en/labs', placed.blockId)).toBe('/en/labs');
  });

  it('cuts a long block around its first match, marking the cuts', () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
    const placed = placeMatches(
      { content: words.join(' '), anchors: [{ element: 'p', id: 'p1', location: 0 }], locations: [50] },
      9,
    );
    expect(placed.excerpt).toBe('…w47 w48 w49 <mark>w50</mark> w51 w52 w53 w54 w55…');
  });

  it('joins Chinese words, which Pagefind delimits by zero-width spaces, without spaces', () => {
    const zh = ['标题', '正文', '金', '凤', '实验室'].join('\u200B');
    const placed = placeMatches({ content: zh, anchors: [{ element: 'p', id: 'p1', location: 1 }], locations: [2, 3] });
    expect(placed).toEqual({ blockId: 'p1', excerpt: '正文<mark>金</mark><mark>凤</mark>实验室' });
  });
});

describe('blockUrl', () => {
  it('puts the block’s id as the fragment', () => {
    expect(blockUrl('/en/labs', 'p5')).toBe('/en/labs#p5');
    expect(blockUrl('/en/labs#old', 'labs-p5')).toBe('/en/labs#labs-p5');
  });
});

describe('excerptNodes', () => {
  it('keeps the text and the marks and nothing else, whatever the excerpt holds', () => {
    const nodes = excerptNodes(
      'a &lt;b&gt; <mark>licence</mark> <img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>',
      document,
    );
    const holder = document.createElement('p');
    holder.append(...nodes);
    expect(holder.querySelectorAll('mark')).toHaveLength(1);
    expect(holder.querySelector('mark')?.textContent).toBe('licence');
    expect(holder.querySelector('img, script, b')).toBeNull();
    expect(holder.textContent).toBe('a <b> licence alert(2)bold');
  });
});

describe('orderByEdition', () => {
  it('puts the reader’s edition first and the others after, in the editions’ order', () => {
    const [zh, zhHant, en] = editions as [SearchEdition, SearchEdition, SearchEdition];
    const results = [
      { edition: en, id: 1 },
      { edition: zhHant, id: 2 },
      { edition: zh, id: 3 },
      { edition: en, id: 4 },
    ];
    const { own, others } = orderByEdition(results, en, editions);
    expect(own.map((result) => result.id)).toEqual([1, 4]);
    expect(others.map((result) => result.id)).toEqual([3, 2]);
  });
});
