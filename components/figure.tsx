import { getImageProps } from 'next/image';
import type { Figure as FigureData } from '@/lib/content/types';

interface FigureProps {
  id?: string;
  figure: FigureData;
  /** The mark shown on a drawn stand-in; its credit line says what it stands for. */
  placeholderMark: string;
  /** The lead image of a page: loaded first and drawn wider. */
  hero?: boolean;
  /**
   * The caption and credit in the other language, for the side-by-side view:
   * the figure is shown once, captioned in both. `lang` is each caption's.
   */
  bilingual?: { lang: string; twinLang: string; twin: FigureData };
}

/**
 * An article photo with its caption and credit. A drawn stand-in is marked
 * on the image, and its alt text and credit line (resolved by the loader,
 * lib/content/figure-credits.ts) say it is an illustration and whose photo
 * it stands for, so no reader takes it for the photographer's work.
 */
export function Figure({ id, figure, placeholderMark, hero = false, bilingual }: FigureProps) {
  return (
    <figure id={id} className="not-prose my-8">
      <div className="relative overflow-hidden rounded-sm bg-paper-raised">
        {/* A plain <img> from next/image's props: the same srcset and sizes, and no client component to hydrate. */}
        {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in the props */}
        <img
          {...getImageProps({
            src: figure.src,
            alt: figure.alt,
            width: figure.width,
            height: figure.height,
            sizes: hero ? '(min-width: 72rem) 68rem, 100vw' : '(min-width: 48rem) 44rem, 100vw',
            loading: hero ? 'eager' : 'lazy',
            fetchPriority: hero ? 'high' : 'auto',
            className: 'block h-auto w-full',
          }).props}
          // next/image's inline `color: transparent` (alt text hidden while loading) is refused by the CSP's style-src.
          style={undefined}
        />
        {figure.isPlaceholder ? (
          <span
            aria-hidden="true"
            data-pagefind-ignore=""
            className="absolute top-3 left-3 rounded-sm bg-black/75 px-2 py-1 text-xs font-medium tracking-wide text-white"
          >
            {placeholderMark}
          </span>
        ) : null}
      </div>
      <figcaption className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm leading-relaxed text-ink-muted">
        {bilingual ? (
          [
            { lang: bilingual.lang, caption: figure.caption, credit: figure.credit },
            { lang: bilingual.twinLang, caption: bilingual.twin.caption, credit: bilingual.twin.credit },
          ].map(({ lang, caption, credit }) => (
            <span key={lang} lang={lang} className="flex basis-full flex-wrap items-baseline gap-x-3">
              <span className="text-ink">{caption}</span>
              <span className="credit" data-pagefind-ignore="">
                {credit}
              </span>
            </span>
          ))
        ) : (
          <>
            <span className="text-ink">{figure.caption}</span>
            {/* Searched by caption, not by who took the photo. */}
            <span className="credit" data-pagefind-ignore="">
              {figure.credit}
            </span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
