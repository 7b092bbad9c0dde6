/**
 * Starts a new section: writes `zh/<slug>.md` and `en/<slug>.md` with valid
 * front matter, the next free `order`, `draft: true`, a figure and TODO
 * markers where the words go, plus a drawn placeholder image for the figure
 * (marked as an illustration, so it can never pass for a photo). The files
 * pass the content check with warnings only, so the draft shows in
 * `npm run dev` at once.
 *
 * The content root is `content/`, or `CONTENT_DIR` when set.
 *
 * Usage: npm run new-section -- <slug>
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { todoMarker } from '../lib/content/checks/todo-markers';
import { contentRoot, slugPattern } from '../lib/content/load';
import { profileOf, writtenLocales } from '../lib/i18n';
import { reservedSlugs } from '../lib/routes';
import { buildImages, getConfiguredWidths } from './build-images';
import { renderIllustration } from './draw-illustrations';

/** What `scaffoldSection` wrote, relative to the working directory. */
export interface Scaffold {
  files: string[];
  order: number;
  /** The placeholder image, or null when an image of that name was already there. */
  image: string | null;
}

/**
 * Writes the files of a new section under `root`. Throws a message saying
 * what to do when the name is unusable or the section already exists;
 * nothing is written then.
 */
export async function scaffoldSection(root: string, slug: string): Promise<Scaffold> {
  if (!slugPattern.test(slug)) {
    throw new Error(
      `"${slug}" cannot be a section name: use lowercase letters, digits and hyphens, such as new-projects`,
    );
  }
  if ((reservedSlugs as readonly string[]).includes(slug)) {
    throw new Error(
      `"${slug}" is a name the site uses for its own pages (${reservedSlugs.join(', ')}): choose another`,
    );
  }
  const zh = path.join(root, 'zh', `${slug}.md`);
  const en = path.join(root, 'en', `${slug}.md`);
  for (const file of [zh, en]) {
    if (existsSync(file)) throw new Error(`${shown(file)} already exists: choose another name, or edit that file`);
  }

  const order = (await highestOrder(root)) + 1;
  const imageName = `${slug}.jpg`;
  const image = path.join(root, 'images', imageName);
  await mkdir(path.dirname(zh), { recursive: true });
  await mkdir(path.dirname(en), { recursive: true });
  await writeFile(zh, chineseTemplate(order, imageName));
  await writeFile(en, englishTemplate(order, imageName));

  let wroteImage = false;
  if (!existsSync(image)) {
    await mkdir(path.dirname(image), { recursive: true });
    const { jpeg } = await renderIllustration({
      name: imageName,
      title: `${slug}：示意图，请换成照片 / placeholder, replace with the photo`,
      draw: () => placeholderSvg(slug),
    });
    await writeFile(image, jpeg);
    wroteImage = true;
  }
  return { files: [shown(zh), shown(en)], order, image: wroteImage ? shown(image) : null };
}

/** The highest `order` in any section file, so the new section goes last. */
async function highestOrder(root: string): Promise<number> {
  let highest = 0;
  for (const locale of writtenLocales) {
    const dir = path.join(root, profileOf(locale).segment);
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir)) {
      if (!name.endsWith('.md') || name === 'index.md') continue;
      const order = /^order:\s*(\d+)\s*$/m.exec(await readFile(path.join(dir, name), 'utf8'))?.[1];
      if (order) highest = Math.max(highest, Number(order));
    }
  }
  return highest;
}

const todo = todoMarker;

function chineseTemplate(order: number, image: string): string {
  return `---
title: "${todo}主题 ${todo}副题（主题与副题之间空一格，分两行显示）"
shortTitle: "${todo} 导航中的短标题"
summary: "${todo} 一两句话的导语，显示在本节标题下、首页目录和搜索结果中。"
order: ${order}
draft: true
figures:
  ${image}:
    photographer: "${todo} 摄影者姓名"
---

${todo} 第一段。段落之间空一行。

## ${todo} 小标题

${todo} 下一段。

![${todo} 描述图片内容，供看不到图片的读者](../images/${image} "${todo} 图片说明")
`;
}

function englishTemplate(order: number, image: string): string {
  return `---
title: "${todo} Title"
shortTitle: "${todo} Short title for the nav"
summary: "${todo} One or two sentences: the standfirst under the title, also on the front page and in search results."
order: ${order}
draft: true
figures:
  ${image}:
    photographer: "${todo} Photographer’s name"
---

${todo} First paragraph, translating the first paragraph of the Chinese file: block n translates block n.

## ${todo} Subheading

${todo} Next paragraph.

![${todo} Describe what the image shows, for readers who cannot see it](../images/${image} "${todo} Caption")
`;
}

/** A calm, plainly labelled stand-in at the width a lead image needs. */
function placeholderSvg(slug: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1280" viewBox="0 0 1920 1280">
  <rect width="1920" height="1280" fill="#e7e2d6"/>
  <rect x="80" y="80" width="1760" height="1120" fill="none" stroke="#b9b0a0" stroke-width="6" stroke-dasharray="24 18"/>
  <path d="M760 760 L900 600 L1010 710 L1080 640 L1180 760 Z" fill="#c9bfae"/>
  <circle cx="1090" cy="540" r="44" fill="#c9bfae"/>
  <text x="960" y="900" text-anchor="middle" font-family="Noto Sans CJK SC, sans-serif" font-size="64" fill="#5b5347">示意图 · Illustration</text>
  <text x="960" y="990" text-anchor="middle" font-family="Noto Sans CJK SC, sans-serif" font-size="40" fill="#5b5347">images/${slug}.jpg</text>
</svg>`;
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

async function main(args: readonly string[]): Promise<void> {
  const [slug] = args;
  if (!slug || args.length > 1) {
    console.error(
      'Usage: npm run new-section -- <slug>   (lowercase letters, digits and hyphens, such as new-projects)',
    );
    process.exitCode = 1;
    return;
  }
  const root = contentRoot();
  const { files, order, image } = await scaffoldSection(root, slug);
  console.log(`Wrote ${[...files, ...(image ? [image] : [])].join(', ')} (order ${order}, draft).`);
  if (image && path.resolve(root) === path.resolve('content')) {
    // So the figure shows in a running `npm run dev` at once.
    await buildImages({
      sourceDir: path.dirname(path.resolve(image)),
      outDir: path.resolve('public/img'),
      widths: getConfiguredWidths(),
    });
  }
  console.log(
    [
      'Next:',
      `  1. Write both files, replacing every ${todo}; docs/editing.md explains each field.`,
      `  2. See them in \`npm run dev\` at /zh/${slug} and /en/${slug} (marked as a draft).`,
      `  3. Replace ${image ?? `images/${slug}.jpg`} with the photo under the same name, or remove the figure from both files.`,
      '  4. To publish, remove `draft: true` from both files and run `npm run content:check`.',
      `  5. Once the translation is done, run \`npm run content:translated -- ${slug}\`.`,
    ].join('\n'),
  );
}

// Runs only as a CLI, so tests can import `scaffoldSection` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
