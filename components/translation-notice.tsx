import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import type { Block, OriginalChanges } from '@/lib/content/types';
import { htmlLang, type Locale } from '@/lib/i18n';

interface TranslationNoticeProps {
  locale: Locale;
  /** The page's `translationIsStale`: its original changed after it was translated. Nothing is shown when false. */
  stale: boolean;
  /** What changed in the original (the page's `originalChanges`): listed, each block a link to its place on this page. */
  changes?: OriginalChanges;
  /** The page's blocks, to name and link the changed ones. */
  blocks?: readonly Block[];
  /** The original of this page, which the reader can turn to. */
  originalHref: string | undefined;
  /** The original's language. */
  originalLocale: Locale;
}

/**
 * Says that a translation may be behind its original and links to the
 * original, so a reader who needs the latest wording knows where it is; when
 * the check knows which paragraphs changed, it lists them, each a link to the
 * paragraph on this page.
 */
export function TranslationNotice({
  locale,
  stale,
  changes,
  blocks = [],
  originalHref,
  originalLocale,
}: TranslationNoticeProps) {
  if (!stale || !originalHref) return null;
  const dict = getDictionary(locale);
  const changed = (changes?.blocks ?? []).flatMap((id) => blocks.find((block) => block.id === id) ?? []);
  const items = [
    ...(changes?.frontMatter ? [{ key: 'front-matter', node: dict.changedFrontMatter }] : []),
    ...changed.map((block) => ({
      key: block.id,
      node: (
        <a href={`#${block.id}`} className="underline underline-offset-4 hover:no-underline">
          {dict.changedBlock(block.kind, Number(block.id.replace(/^\D+/, '')))}
        </a>
      ),
    })),
  ];
  const listed = items.length > 0;
  return (
    <div
      data-pagefind-ignore=""
      className="measure mx-auto mt-5 rounded-sm border-l-4 border-mark-ink bg-mark-bg px-4 py-3 text-left text-sm leading-relaxed text-mark-ink"
    >
      <p>
        {dict.translationBehindNote}{' '}
        <a
          href={originalHref}
          hrefLang={htmlLang[originalLocale]}
          className="font-medium whitespace-nowrap underline underline-offset-4 hover:no-underline"
        >
          {dict.readOriginal}
        </a>
      </p>
      {listed ? (
        <p className="mt-1">
          {dict.changedSinceLabel}{' '}
          {/* The language's own list punctuation (“, and”, “、”), with each changed block a link. */}
          {new Intl.ListFormat(htmlLang[locale], { type: 'conjunction' })
            .formatToParts(items.map((item) => item.key))
            .map((part, i) => {
              const item =
                part.type === 'element' ? items.find((candidate) => candidate.key === part.value) : undefined;
              return item ? <span key={item.key}>{item.node}</span> : <span key={`separator-${i}`}>{part.value}</span>;
            })}
        </p>
      ) : null}
    </div>
  );
}
