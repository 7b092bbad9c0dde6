/**
 * Chinese UI strings. This object's shape is the `Dictionary` type, so a key
 * the English dictionary lacks (or adds) is a type error.
 */
export const zh = {
  siteName: '西部科学城深读',
  skipToContent: '跳到正文',
  sectionsNav: '本文章节',
  frontPage: '首页',
  languageName: '中文',
  switchLanguage: '阅读中文版',
  leadLabel: '核心提示',
  byline: (author: string) => `文／${author}`,
  published: '发布',
  partOf: (n: number, total: number) => `第${n}节，共${total}节`,
  sectionsHeading: '本文各节',
  readSection: '阅读本节',
  pagerLabel: '上一节与下一节',
  untranslatedNote: '暂无中文版',
  previousSection: '上一节',
  nextSection: '下一节',
  placeholderMark: '示意图',
  placeholderNote: '原图未收录，此为示意图',
  creditLabel: '图片来源',
  sourceLabel: '来源',
  notFoundTitle: '页面不存在',
  notFoundBody: '您要找的页面不存在，可能已被移动，或网址有误。',
  backToFront: '返回首页',
  draftLabel: '草稿',
  draftNote: '本节尚未发布：只在本地预览（npm run dev）中显示，不会出现在正式网站上。',
  translationBehindNote: '中文原文在本译文完成后有所修改，译文可能未及更新。',
  readOriginal: '阅读中文原文',
};

export type Dictionary = typeof zh;
