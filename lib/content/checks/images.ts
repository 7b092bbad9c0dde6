import { allPages, describeBlock, finding, type CheckContext, type Finding } from '@/lib/content/check-helpers';
import type { Block, FigureBlock } from '@/lib/content/types';

/*
 * How wide a figure's image must be to look sharp where it is shown. The
 * front page's first figure is its lead image, drawn up to 68rem (1088 CSS
 * pixels) wide and used for link previews (1200 pixels wide); a figure in a
 * section's text is drawn up to 44rem (704 pixels). Below these widths the
 * browser enlarges the image and it looks soft.
 */
const minimumWidth = { lead: 1200, body: 720 } as const;

/** A figure's image must be wide enough for its place on the page; a smaller one is shown, with a warning. */
export function checkImageSizes(context: CheckContext): Finding[] {
  return allPages(context).flatMap((page) => {
    const isFrontPage = !('slug' in page);
    return page.blocks.flatMap((block, index) => {
      if (block.kind !== 'figure' || block.unusable) return [];
      const use = isFrontPage && index === 0 ? 'lead' : 'body';
      const needed = minimumWidth[use];
      if (block.figure.width >= needed) return [];
      const where = use === 'lead' ? 'the front page’s lead image' : 'a figure in the text';
      return [
        finding(
          false,
          'image-size',
          page.sourcePath,
          block.line,
          `${describeBlock(block)}: ${imageName(block)} is ${block.figure.width} pixels wide, but ${where} needs at least ${needed} to look sharp: use a larger version of the image`,
        ),
      ];
    });
  });
}

/**
 * The front page's first figure is its lead image: drawn under the headline,
 * and the link preview (and structured-data image) of every page that has no
 * figure of its own. A front page without one cannot be published.
 */
export function checkLeadImage(context: CheckContext): Finding[] {
  return Object.values(context.frontPages).flatMap((page) =>
    page.blocks.some(isFigure)
      ? []
      : [
          finding(
            true,
            'lead-image',
            page.sourcePath,
            page.blocks[0]?.line ?? 1,
            'the front page has no figure: add one, an image on its own line, ![alt text](../images/name.jpg "Caption"); it is drawn under the headline and is the link preview of every page without a figure of its own',
          ),
        ],
  );
}

/**
 * An image in `images/` that no figure shows is published for nothing (and
 * resized on every build): usually a figure was removed or its name mistyped.
 */
export function checkUnusedImages(context: CheckContext): Finding[] {
  const used = new Set(
    allPages(context).flatMap((page) => page.blocks.flatMap((block) => (isFigure(block) ? [imageName(block)] : []))),
  );
  return context.images
    .filter((name) => !used.has(name))
    .map((name) =>
      finding(
        false,
        'image-unused',
        `${context.imagesPath}/${name}`,
        1,
        'no figure shows this image: show it in a figure, or delete the file (check the spelling of the name in the figures that should show it)',
      ),
    );
}

function isFigure(block: Block): block is FigureBlock {
  return block.kind === 'figure';
}

function imageName(block: FigureBlock): string {
  return block.figure.src.split('/').pop() ?? block.figure.src;
}
