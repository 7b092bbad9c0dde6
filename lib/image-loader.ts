// Runs in the browser bundle as well as on the server: no Node imports.

export type ImageLoaderProps = {
  src: string;
  width: number;
  quality?: number;
};

const SOURCE = /^\/img\/([^/?#]+?)\.[A-Za-z0-9]+$/;

/**
 * Points `next/image` at the WebP files `scripts/build-images.ts` renders
 * ahead of time (`/img/<stem>-<width>.webp`), so nothing is resized at request
 * time and the site can be served as static files.
 *
 * `quality` is ignored: derivatives are encoded once, at one quality.
 * An unexpected `src` throws rather than falling back, because a silently
 * unresized or missing image is easy to miss and a failed build is not.
 */
export default function imageLoader({ src, width }: ImageLoaderProps): string {
  const stem = SOURCE.exec(src)?.[1];
  if (!stem) {
    throw new Error(`image-loader: expected src like "/img/<name>.jpg", got "${src}"`);
  }
  return `/img/${stem}-${width}.webp`;
}
