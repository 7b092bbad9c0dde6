// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { originalRecord, originalVersion, translationFreshness, withOriginalVersion } from '@/lib/content/translation';

const original = `---
title: "金凤实验室 第一节"
summary: "摘要。"
order: 1
---

第一段。

第二段。
`;

describe('originalVersion', () => {
  it('changes when a word of the body or of the front matter changes', () => {
    const version = originalVersion(original);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(originalVersion(original.replace('第二段', '第三段'))).not.toBe(version);
    expect(originalVersion(original.replace('摘要。', '新的摘要。'))).not.toBe(version);
  });

  it('stays the same when only the order, the draft mark, quoting or line ends change', () => {
    const version = originalVersion(original);
    expect(originalVersion(original.replace('order: 1', 'order: 7\ndraft: true'))).toBe(version);
    expect(originalVersion(original.replace('"摘要。"', "'摘要。'"))).toBe(version);
    expect(originalVersion(original.replaceAll('\n', '\r\n').replace('第一段。', '第一段。   '))).toBe(version);
  });
});

describe('withOriginalVersion', () => {
  const translation = '---\ntitle: "Part one"\norder: 1\n---\n\nFirst.\n';

  it('keeps a byte-order mark where it is', () => {
    expect(withOriginalVersion(`\uFEFF${translation}`, 'abcdef012345')?.startsWith('\uFEFF---\ntitle')).toBe(true);
  });

  it('adds the field as the last of the front matter and keeps the rest of the file as it was', () => {
    expect(withOriginalVersion(translation, 'abcdef012345')).toBe(
      '---\ntitle: "Part one"\norder: 1\noriginalVersion: "abcdef012345"\n---\n\nFirst.\n',
    );
  });

  it('replaces the field where it is', () => {
    const marked = withOriginalVersion(translation, 'abcdef012345') ?? '';
    expect(withOriginalVersion(marked, '111111111111')).toBe(marked.replace('abcdef012345', '111111111111'));
  });

  it('refuses a file without front matter', () => {
    expect(withOriginalVersion('First.\n', 'abcdef012345')).toBeNull();
  });
});

/** The blocks of the test original: two paragraphs, on lines 7 and 9. */
const blocks = [
  { id: 'p1', line: 7 },
  { id: 'p2', line: 9 },
];
const withThird = `${original}\n第三段。\n`;
const threeBlocks = [...blocks, { id: 'p3', line: 11 }];

describe('translationFreshness', () => {
  it('reads an earlier whole-file record: current or stale, without saying where', () => {
    expect(translationFreshness(original, blocks, originalVersion(original)).state).toBe('current');
    const stale = translationFreshness(original.replace('第一段', '新的第一段'), blocks, originalVersion(original));
    expect(stale).toEqual({ state: 'stale', changes: { blocks: [], frontMatter: false, removed: 0, unknown: true } });
    expect(translationFreshness(original, blocks, undefined).state).toBe('unrecorded');
  });

  it('records each block and the front matter, and names the block that changed', () => {
    const record = originalRecord(original, blocks);
    expect(record).toMatch(/^fm:[0-9a-f]{6} p1:[0-9a-f]{6} p2:[0-9a-f]{6}$/);
    expect(translationFreshness(original, blocks, record).state).toBe('current');
    const changed = translationFreshness(original.replace('第二段', '改过的第二段'), blocks, record);
    expect(changed).toEqual({ state: 'stale', changes: { blocks: ['p2'], frontMatter: false, removed: 0, unknown: false } });
    const summary = translationFreshness(original.replace('摘要。', '新的摘要。'), blocks, record);
    expect(summary.changes).toMatchObject({ blocks: [], frontMatter: true });
  });

  it('marks a paragraph added to the original, not every one after it', () => {
    const inserted = original.replace('第一段。\n', '新加的一段。\n\n第一段。\n');
    const places = [{ id: 'p1', line: 7 }, { id: 'p2', line: 9 }, { id: 'p3', line: 11 }];
    expect(translationFreshness(inserted, places, originalRecord(original, blocks)).changes.blocks).toEqual(['p1']);
    expect(translationFreshness(original, blocks, originalRecord(withThird, threeBlocks)).changes.removed).toBe(1);
  });

  it('does not count a byte-order mark, the order or the draft mark as a change', () => {
    const record = originalRecord(original, blocks);
    expect(translationFreshness(`\uFEFF${original}`, blocks, record).state).toBe('current');
    expect(translationFreshness(original.replace('order: 1', 'order: 3\ndraft: true'), blocks.map((b) => ({ ...b, line: b.line + 1 })), record).state).toBe('current');
  });
});
