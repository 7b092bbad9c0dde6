import type { BlockKind, Dictionary } from '@/lib/dictionaries/zh';

const blockNames: Record<BlockKind, string> = {
  paragraph: '段',
  heading: '個小標題',
  list: '個列表',
  quote: '段引文',
  table: '個表格',
  code: '段程式碼',
  rule: '條分隔線',
  figure: '張圖',
};

/**
 * Traditional-Chinese UI strings: the simplified dictionary through the
 * edition's converter (OpenCC, Taiwan standard), except where the edition
 * names itself. tests/lib/dictionaries/zh-hant.test.ts fails when a string
 * drifts from its simplified twin without being listed there as deliberate.
 */
export const zhHant: Dictionary = {
  siteName: '西部科學城深讀',
  skipToContent: '跳到正文',
  sectionsNav: '本文章節',
  frontPage: '首頁',
  languageName: '繁體中文',
  languageShortName: '繁',
  switchLanguage: '閱讀繁體中文版',
  leadLabel: '核心提示',
  byline: (author: string) => `文／${author}`,
  published: '發佈',
  partOf: (n: number, total: number) => `第${n}節，共${total}節`,
  sectionsHeading: '本文各節',
  readSection: '閱讀本節',
  pagerLabel: '上一節與下一節',
  untranslatedNote: '暫無中文版',
  previousSection: '上一節',
  nextSection: '下一節',
  placeholderMark: '示意圖',
  photoBy: (photographer: string) => `攝/${photographer}`,
  illustrationOfPhoto: (photographer: string) => `示意圖（原圖：${photographer}攝，未收錄）`,
  illustrationOf: (credit: string) => `示意圖（原圖：${credit}，未收錄）`,
  illustrationAlt: (alt: string) => `示意圖：${alt}`,
  creditLabel: '圖片來源',
  sourceLabel: '來源',
  notFoundTitle: '頁面不存在',
  notFoundBody: '您要找的頁面不存在，可能已被移動，或網址有誤。',
  backToFront: '返回首頁',
  draftLabel: '草稿',
  draftNote: '本節尚未發佈：只在本地預覽（npm run dev）中顯示，不會出現在正式網站上。',
  translationBehindNote: '中文原文在本譯文完成後有所修改，譯文可能未及更新。',
  readOriginal: '閱讀中文原文',
  changedSinceLabel: '原文此後改動之處：',
  changedBlock: (kind: BlockKind, n: number) => `第${n}${blockNames[kind]}`,
  changedFrontMatter: '標題或導語',
  changedMark: '原文已改動，譯文可能未及更新',
  bilingual: '中英對照',
  bilingualClose: '關閉',
  bilingualTitle: (title: string) => `中英對照｜${title}`,
  bilingualNote: '中文原文（繁體）與英文譯文逐段對照。',
  bilingualBackLabel: '單語閱讀',
  columnLabel: '中文原文（繁體）',
  taskDone: '已完成',
  keyFiguresHeading: '數說科學城',
  chartSource: (author: string) => `數據來源：${author}報道`,
  chartSourceLink: (section: string) => `閱讀“${section}”一節`,
  investmentsTableCaption: (title: string) => `${title}（數據表）`,
  investmentsProject: '項目',
  investmentsAmount: '計劃投資',
  investmentsOfWhich: '其中',
  investmentsDescription: (total: string, amount: string, parts: string) =>
    `${total}計劃投資${amount}，其中${parts}。數據見圖下表格。`,
  investmentsPart: (label: string, amount: string) => `${label}${amount}`,
};
