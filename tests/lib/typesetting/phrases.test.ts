// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/glossary';
import { createPhraser } from '@/lib/typesetting/phraser';
import { splitPhrases, type PhraseRules } from '@/lib/typesetting/phrases';

/** The article's headlines, kicker lines and key-figure labels, as content/zh/ writes them. */
const headlines = [
  '西部（重庆）科学城 书写推动双城经济圈建设高质量发展新篇章',
  '打造高能级科创平台 金凤实验室构建科研资源“共享模式”',
  '加快制定政策措施 “五年行动计划”即将出炉',
  '重大项目集中开工 总投资351.5亿元注入高质量发展强劲动能',
  '改革事项加速推进 “川渝通办”311项业务落地实施',
] as const;
const labels = [
  '科研资源实现共享',
  '11个重大项目集中开工',
  '67个行业“一业一证（照）”跨省通办',
  '“川渝通办”业务落地实施',
  '省部级以上创新平台',
  '中国自然人群生物资源库招募样本采集人群',
  '科研团队入驻金凤实验室',
] as const;
const names = [
  '西部（重庆）科学城',
  '科学城',
  '金凤实验室',
  '双城经济圈',
  '川渝通办',
  '一业一证（照）',
  '跨省通办',
  '中国自然人群生物资源库',
];
const simplified: PhraseRules = { script: 'Hans', keepWhole: names };

/** The offsets in the text where a line may break. */
function breaksOf(phrases: readonly string[]): number[] {
  return phrases
    .slice(0, -1)
    .reduce<number[]>((offsets, phrase) => [...offsets, (offsets.at(-1) ?? 0) + phrase.length], []);
}

/** Whether a line may break inside an occurrence of `part` in `text`. */
function breaksInside(text: string, phrases: readonly string[], part: string): boolean {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`“${part}” is not in “${text}”`);
  return breaksOf(phrases).some((offset) => offset > start && offset < start + part.length);
}

describe('splitPhrases', () => {
  it('gives back the text unchanged when its phrases are joined', () => {
    for (const text of [...headlines, ...labels]) expect(splitPhrases(text, simplified).join('')).toBe(text);
  });

  it('keeps whole the words BudouX splits: 事项, 集中, 强劲动能', () => {
    const split = (text: string) => splitPhrases(text, simplified);
    expect(breaksInside(headlines[4], split(headlines[4]), '事项')).toBe(false);
    expect(breaksInside(headlines[3], split(headlines[3]), '集中')).toBe(false);
    expect(breaksInside(headlines[3], split(headlines[3]), '强劲')).toBe(false);
    expect(breaksInside(headlines[3], split(headlines[3]), '动能')).toBe(false);
    expect(split('重大项目集中开工')).toEqual(['重大', '项目', '集中开工']);
  });

  it('keeps whole the glossary names ICU splits: 金凤实验室, 川渝通办', () => {
    expect(splitPhrases('科研团队入驻金凤实验室', simplified)).toEqual(['科研团队', '入驻金凤实验室']);
    expect(breaksInside(headlines[1], splitPhrases(headlines[1], simplified), '金凤实验室')).toBe(false);
    expect(splitPhrases(headlines[4], simplified)).toContain('“川渝通办”');
  });

  it('keeps a number with its measure word and its unit: 311项, 351.5亿元, 1.6万余件, 11个', () => {
    expect(splitPhrases(headlines[4], simplified)).toContain('311项');
    expect(splitPhrases(headlines[3], simplified)).toContain('351.5亿元');
    expect(splitPhrases('累计办理1.6万余件', simplified).at(-1)).toContain('1.6万余件');
    expect(splitPhrases('11个重大项目集中开工', simplified)[0]).toBe('11个');
  });

  it('keeps a quotation whole: “五年行动计划”, “共享模式”', () => {
    expect(splitPhrases(headlines[2], simplified)).toContain('“五年行动计划”');
    expect(splitPhrases(headlines[1], simplified).at(-1)).toBe('“共享模式”');
  });

  it('never starts a line with closing punctuation, nor ends one with opening punctuation', () => {
    for (const text of [...headlines, ...labels]) {
      const phrases = splitPhrases(text, simplified);
      for (const phrase of phrases.slice(1)) expect(phrase).not.toMatch(/^[”’）》」』，。、；：？！…]/u);
      for (const phrase of phrases.slice(0, -1)) expect(phrase).not.toMatch(/[“‘（《「『]$/u);
    }
  });

  it('leaves no character alone and ends on a phrase of three characters or more', () => {
    for (const text of [...headlines, ...labels]) {
      const phrases = splitPhrases(text, simplified).map((phrase) => phrase.replace(/[^\p{L}\p{N}]/gu, ''));
      for (const phrase of phrases) expect(phrase.length, `${text}: ${phrase}`).toBeGreaterThan(1);
      expect(phrases.at(-1)?.length, text).toBeGreaterThan(2);
    }
    expect(splitPhrases('改革事项加速推进', simplified)).toEqual(['改革', '事项', '加速推进']);
  });

  it('breaks after a space, so each part of a two-part headline starts a line with text', () => {
    const phrases = splitPhrases(headlines[0], simplified);
    expect(phrases[0]).toBe('西部（重庆）科学城 ');
    expect(phrases[1]).toBe('书写');
  });

  it('lets a name too long for a phone’s column break between its words only', () => {
    const phrases = splitPhrases(labels[5], simplified);
    expect(phrases.join('|')).toBe('中国|自然|人群|生物|资源库|招募样本|采集人群');
    expect(splitPhrases(labels[5], { ...simplified, wholeUpTo: 11 })[0]).toBe('中国自然人群生物资源库');
  });

  it('segments traditional characters with the traditional model', () => {
    const traditional: PhraseRules = { script: 'Hant', keepWhole: ['川渝通辦', '金鳳實驗室'] };
    expect(splitPhrases('改革事項加速推進 “川渝通辦”311項業務落地實施', traditional)).toEqual([
      '改革',
      '事項',
      '加速推進 ',
      '“川渝通辦”',
      '311項',
      '業務',
      '落地實施',
    ]);
    expect(splitPhrases('科研團隊入駐金鳳實驗室', traditional).at(-1)).toContain('金鳳實驗室');
  });

  it('leaves Latin text as one phrase: the browser breaks it at its spaces', () => {
    expect(splitPhrases('Reforms speed up as 311 joint services go live', { script: 'Latn', keepWhole: [] })).toEqual([
      'Reforms speed up as 311 joint services go live',
    ]);
  });
});

describe('createPhraser', () => {
  const entry = (zh: string, hant: string, en: string): GlossaryEntry => ({
    zh,
    'zh-hant': hant,
    en,
    note: { zh: '', 'zh-hant': '', en: '' },
  });
  const phrase = createPhraser([entry('金凤实验室', '金鳳實驗室', 'Jinfeng Laboratory')]);

  it('chooses the segmentation by each locale’s script and keeps that locale’s form of each name whole', () => {
    expect(phrase('科研团队入驻金凤实验室', 'zh')).toEqual(['科研团队', '入驻金凤实验室']);
    expect(phrase('科研團隊入駐金鳳實驗室', 'zh-hant').at(-1)).toMatch(/金鳳實驗室$/u);
    expect(phrase('Research teams at work in Jinfeng Laboratory', 'en')).toHaveLength(1);
  });
});
