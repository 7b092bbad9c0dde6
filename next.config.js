// @ts-check

/**
 * Image widths are fixed here and nowhere else: `scripts/build-images.ts`
 * renders exactly these widths ahead of time, and `lib/image-loader.ts`
 * points `next/image` at them, so no image is resized at request time and
 * the site can be exported as static files.
 */
const deviceSizes = [480, 720, 960, 1280, 1600, 1920];
const imageSizes = [320];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate output folder lets several builds (or a build and a test run) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {
    rules: {
      // `lib/content/watch-content.ts` globs the content files in development so that saving one refreshes the open page.
      '*': { condition: { all: ['development', { query: /[?&]content-watch\b/ }] }, type: 'raw' },
    },
  },
  experimental: {
    globalNotFound: true,
  },
  images: {
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
    deviceSizes,
    imageSizes,
  },
};

export default nextConfig;
