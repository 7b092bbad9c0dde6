/**
 * The kinds of block a page names in its notices. Spelt out rather than
 * imported from the content types (which import the locales, and so these
 * dictionaries): a kind added there and not here is a type error where a
 * block's kind is passed in.
 */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'quote' | 'table' | 'code' | 'rule' | 'figure';

/** Counted Chinese names of the kinds of block: 第3段, 第1张图. */
const chineseBlockNames: Record<BlockKind, string> = {
  paragraph: '段',
  heading: '个小标题',
  list: '个列表',
  quote: '段引文',
  table: '个表格',
  code: '段代码',
  rule: '条分隔线',
  figure: '张图',
};

/**
 * Chinese UI strings. This object's shape is the `Dictionary` type, so a key
 * the English dictionary lacks (or adds) is a type error.
 */
export const zh = {
  siteName: '西部科学城深读',
  skipToContent: '跳到正文',
  sectionsNav: '本文章节',
  frontPage: '首页',
  /** The language's name in itself, as the language switch offers it. */
  languageName: '简体中文',
  /** The same, as the language switch shows it where room is short (a phone): 简, 繁, EN. */
  languageShortName: '简',
  /** A link to a page in this language, in this language. */
  switchLanguage: '阅读简体中文版',
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
  photoBy: (photographer: string) => `摄/${photographer}`,
  illustrationOfPhoto: (photographer: string) => `示意图（原图：${photographer}摄，未收录）`,
  illustrationOf: (credit: string) => `示意图（原图：${credit}，未收录）`,
  illustrationAlt: (alt: string) => `示意图：${alt}`,
  creditLabel: '图片来源',
  sourceLabel: '来源',
  notFoundTitle: '页面不存在',
  notFoundBody: '您要找的页面不存在，可能已被移动，或网址有误。',
  backToFront: '返回首页',
  draftLabel: '草稿',
  draftNote: '本节尚未发布：只在本地预览（npm run dev）中显示，不会出现在正式网站上。',
  translationBehindNote: '中文原文在本译文完成后有所修改，译文可能未及更新。',
  readOriginal: '阅读中文原文',
  /** Before the list of what changed in the original since the translation, each a link to its block. */
  changedSinceLabel: '原文此后改动之处：',
  changedBlock: (kind: BlockKind, n: number) => `第${n}${chineseBlockNames[kind]}`,
  changedFrontMatter: '标题或导语',
  /** Beside a pair of the side-by-side view whose original changed after it was translated. */
  changedMark: '原文已改动，译文可能未及更新',
  bilingual: '中英对照',
  bilingualClose: '关闭',
  bilingualTitle: (title: string) => `中英对照｜${title}`,
  bilingualNote: '中文原文与英文译文逐段对照。',
  bilingualBackLabel: '单语阅读',
  /** Above this language's column in the side-by-side view, in this language. */
  columnLabel: '中文原文',
  /** Said of a ticked task-list item to screen readers. */
  taskDone: '已完成',
  /** The heading of a page's list of the glossary terms its text marks. */
  glossaryHeading: '术语',
  /** The name of the link from a term's note back to where the text uses it. */
  glossaryBack: (term: string) => `返回正文中的“${term}”`,
  keyFiguresHeading: '数说科学城',
  chartSource: (author: string) => `数据来源：${author}报道`,
  chartSourceLink: (section: string) => `阅读“${section}”一节`,
  investmentsTableCaption: (title: string) => `${title}（数据表）`,
  investmentsProject: '项目',
  investmentsAmount: '计划投资',
  investmentsOfWhich: '其中',
  investmentsDescription: (total: string, amount: string, parts: string) =>
    `${total}计划投资${amount}，其中${parts}。数据见图下表格。`,
  investmentsPart: (label: string, amount: string) => `${label}${amount}`,
  readingTime: (minutes: number) => `阅读约${minutes}分钟`,
  wholeArticleTime: (minutes: number) => `全文阅读约${minutes}分钟`,
  fullArticle: '全文',
  readFullArticle: '在一页阅读全文',
  fullArticleTitle: (title: string) => `全文｜${title}`,
  fullArticleContents: '本文目录',
  search: '搜索',
  searchTitle: '搜索本文',
  searchLabel: '搜索词',
  searchHint: '中文、英文均可，例如“金凤”“一业一证”或“Jinfeng”。',
  searchClose: '关闭搜索',
  searchLoading: '正在载入搜索……',
  searchResults: (count: string) => `找到${count}条结果`,
  searchNone: '没有找到结果。',
  searchOtherEditions: '其他版本中的结果',
  searchFailed: '搜索暂时无法使用，请稍后再试。',
  printAddress: '本页网址',
};

export type Dictionary = typeof zh;
