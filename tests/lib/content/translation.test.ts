// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { originalVersion, translationState, withOriginalVersion } from '@/lib/content/translation';

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

describe('translationState', () => {
  it('tells a current translation from a stale or unrecorded one', () => {
    expect(translationState(original, originalVersion(original))).toBe('current');
    expect(translationState(original.replace('第一段', '新的第一段'), originalVersion(original))).toBe('stale');
    expect(translationState(original, undefined)).toBe('unrecorded');
  });
});
