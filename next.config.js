// @ts-check
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/**
 * Image widths are fixed here and nowhere else: `scripts/build-images.ts`
 * renders exactly these widths ahead of time, and `lib/image-loader.ts`
 * points `next/image` at them, so no image is resized at request time and
 * the site can be exported as static files.
 */
export const images = {
  loader: /** @type {const} */ ('custom'),
  loaderFile: './lib/image-loader.ts',
  deviceSizes: [480, 720, 960, 1280, 1600, 1920],
  imageSizes: [320],
};

/**
 * The site is published as static files (docs/decisions/0005-static-publication.md).
 * `output: 'export'` holds in development too, so the dev server refuses what
 * an export cannot do. In a production build a `distDir` other than `.next`
 * names the export's destination: `npm run build` (scripts/build.ts) points
 * it at a fresh folder and swaps that in as `out/` only once it is complete.
 *
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  // Unset for `next typegen` (which loads the config as a build does); `npm run build` always sets it.
  const exportDir = process.env.NEXT_EXPORT_DIR || '.next';
  return {
    output: 'export',
    // A separate folder lets the dev server of a test share the checkout with another.
    distDir: phase === PHASE_PRODUCTION_BUILD ? exportDir : process.env.NEXT_DIST_DIR || '.next',
    reactStrictMode: true,
    poweredByHeader: false,
    turbopack: {
      rules: {
        // `lib/content/watch-content.ts` globs the content files in development so that saving one refreshes the open page.
        '*': { condition: { all: ['development', { query: /[?&]content-watch\b/ }] }, type: 'raw' },
      },
    },
    experimental: {
      // The 404 page for addresses outside every language (app/global-not-found.tsx).
      globalNotFound: true,
    },
    images,
  };
}
