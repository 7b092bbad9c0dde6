import { ControlIcon, headerControlClass } from '@/components/header-control';
import { htmlLang, type Locale } from '@/lib/i18n';

interface LanguageSwitchProps {
  /** The language the link leads to. */
  target: Locale;
  /** The same page in that language. */
  href: string;
  /** The target language's name, written in that language ("English", "繁體中文"): the link's name. */
  label: string;
  /** The name as shown on a phone, where three editions share the header ("EN", "繁"). */
  shortLabel: string;
}

/**
 * A plain link to the same page in another edition: it works without
 * JavaScript, and its text is in the language it leads to. The
 * place-keeping script adds the reader's block to it (`data-keep-place`),
 * so the other language opens at the twin of what they were reading.
 */
export function LanguageSwitch({ target, href, label, shortLabel }: LanguageSwitchProps) {
  return (
    <a
      href={href}
      hrefLang={htmlLang[target]}
      lang={htmlLang[target]}
      data-keep-place=""
      // The full name is the link's name at every width; the short label it contains is what a phone shows.
      aria-label={label}
      className={headerControlClass()}
    >
      <ControlIcon>
        <circle cx="10" cy="10" r="7.5" />
        <path d="M2.5 10h15M10 2.5c2.2 2.3 3.2 4.8 3.2 7.5s-1 5.2-3.2 7.5c-2.2-2.3-3.2-4.8-3.2-7.5s1-5.2 3.2-7.5Z" />
      </ControlIcon>
      <span className="sm:hidden">{shortLabel}</span>
      <span className="hidden sm:inline">{label}</span>
    </a>
  );
}
