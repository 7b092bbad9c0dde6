import type { PageSeo } from '@/lib/seo/page-seo';

const site = 'https://example.org';

/** A section page as `getPageSeo` would describe it, for builder tests; override what a test is about. */
export function sectionSeo(overrides: Partial<PageSeo> = {}): PageSeo {
  return {
    kind: 'section',
    locale: 'en',
    url: `${site}/en/labs`,
    title: 'Jinfeng Laboratory shares its research resources',
    headline: 'Jinfeng Laboratory shares its research resources',
    description: 'Jinfeng Laboratory signs a cooperation agreement with Shenzhen Bay Laboratory.',
    siteName: 'Science City In Depth',
    section: 'Labs',
    author: 'Wang Qian',
    published: '2023-03-08T08:00:00+08:00',
    modified: '2023-03-09T10:30:00+08:00',
    versions: { zh: `${site}/zh/labs`, en: `${site}/en/labs` },
    xDefault: `${site}/zh/labs`,
    translationOf: `${site}/zh/labs`,
    translations: [],
    basedOn: null,
    image: {
      alt: 'Exterior of the research buildings of Jinfeng Laboratory',
      caption: 'Jinfeng Laboratory',
      credit: 'Photo: Zeng Cheng',
      crops: {
        openGraph: `${site}/img/social/jinfeng-laboratory-1200x630.jpg`,
        wide: `${site}/img/social/jinfeng-laboratory-1200x675.jpg`,
        standard: `${site}/img/social/jinfeng-laboratory-1200x900.jpg`,
        square: `${site}/img/social/jinfeng-laboratory-1200x1200.jpg`,
      },
    },
    imageOnPage: true,
    feed: { name: 'Science City In Depth', url: `${site}/en/feed.xml` },
    publisher: {
      name: 'Science City In Depth',
      url: `${site}/en`,
      logo: { url: `${site}/img/social/logo.png`, width: 512, height: 512 },
    },
    partOf: {
      name: 'Western (Chongqing) Science City',
      url: `${site}/en`,
      headline: 'Western (Chongqing) Science City',
    },
    breadcrumbs: [
      { name: 'Front page', url: `${site}/en` },
      { name: 'Labs', url: `${site}/en/labs` },
    ],
    ...overrides,
  };
}

/** The English front page. */
export function frontPageSeo(overrides: Partial<PageSeo> = {}): PageSeo {
  return sectionSeo({
    kind: 'front-page',
    url: `${site}/en`,
    title: 'Western (Chongqing) Science City writes a new chapter',
    headline: 'Western (Chongqing) Science City writes a new chapter',
    section: 'Front page',
    versions: { zh: `${site}/zh`, en: `${site}/en` },
    xDefault: site,
    translationOf: `${site}/zh`,
    partOf: null,
    breadcrumbs: [],
    ...overrides,
  });
}
