// Shared by the build script (which writes the files) and the metadata builders
// (which link to them): no Node imports, so both can use it.

/** A fixed crop of a figure for link previews and search results. */
export interface SocialCrop {
  width: number;
  height: number;
}

/**
 * The crops made of every content image. Open Graph previews want 1200×630;
 * Google asks article images in 16:9, 4:3 and 1:1, each at least 1200 px wide.
 */
export const socialCrops = {
  openGraph: { width: 1200, height: 630 },
  wide: { width: 1200, height: 675 },
  standard: { width: 1200, height: 900 },
  square: { width: 1200, height: 1200 },
} as const satisfies Record<string, SocialCrop>;

export type SocialCropName = keyof typeof socialCrops;

/** The crops that go into JSON-LD `image`, widest first as Google lists them. */
export const articleImageCrops = ['wide', 'standard', 'square'] as const satisfies readonly SocialCropName[];

/** Where the crops live, under `public/`. */
export const socialImageDir = '/img/social';

/** The publisher's logo, drawn from `app/icon.svg` by the same script. */
export const publisherLogo = { path: `${socialImageDir}/logo.png`, width: 512, height: 512 } as const;

const SOURCE = /^\/img\/([^/?#]+?)\.[A-Za-z0-9]+$/;

/**
 * The URL path of one crop of a figure, from the figure's `src`
 * (`/img/<name>.jpg`): `/img/social/<name>-1200x630.jpg`. JPEG, because not
 * every link-preview scraper reads WebP.
 */
export function socialImagePath(src: string, crop: SocialCropName): string {
  const stem = SOURCE.exec(src)?.[1];
  if (!stem) throw new Error(`social-images: expected a figure src like "/img/<name>.jpg", got "${src}"`);
  return `${socialImageDir}/${socialImageName(stem, crop)}`;
}

/** The file name of one crop of the image whose name without extension is `stem`. */
export function socialImageName(stem: string, crop: SocialCropName): string {
  const { width, height } = socialCrops[crop];
  return `${stem}-${width}x${height}.jpg`;
}
