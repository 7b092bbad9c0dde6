import type { Dictionary } from '@/lib/dictionaries/zh';

/** English UI strings; typed by the Chinese dictionary so the two cannot drift apart. */
export const en: Dictionary = {
  siteName: 'Science City In Depth',
  skipToContent: 'Skip to content',
  sectionsNav: 'Sections of this feature',
  frontPage: 'Front page',
  languageName: 'English',
  switchLanguage: 'Read in English',
  leadLabel: 'In brief',
  byline: (author: string) => `By ${author}`,
  published: 'Published',
  partOf: (n: number, total: number) => `Part ${n} of ${total}`,
  sectionsHeading: 'In this feature',
  readSection: 'Read this section',
  pagerLabel: 'Previous and next sections',
  untranslatedNote: 'Not yet translated into English',
  previousSection: 'Previous',
  nextSection: 'Next',
  placeholderMark: 'Illustration',
  placeholderNote: 'Original photo not included; this is an illustration',
  creditLabel: 'Image credit',
  sourceLabel: 'Source',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist. It may have moved, or the address may be mistyped.',
  backToFront: 'Back to the front page',
  draftLabel: 'Draft',
  draftNote: 'This section is not published: it shows only in the local preview (npm run dev), never on the site.',
  translationBehindNote:
    'The Chinese original has changed since this translation was made, so the translation may be behind.',
  readOriginal: 'Read the Chinese original',
};
