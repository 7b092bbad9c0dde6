import { ControlIcon, headerControlClass } from '@/components/header-control';

interface BilingualToggleProps {
  href: string;
  /** On the side-by-side view the control is on, and leads back to the page in one language. */
  on: boolean;
  /** 中英对照 / Bilingual. */
  label: string;
  /** Said before the label when the control closes the view: 关闭 / Close. */
  closeLabel: string;
}

/* Tailwind needs whole class names in the source, so the set is written out. */
const narrow = { icon: 'block', label: 'max-sm:sr-only' };

/**
 * Opens the side-by-side view of the page, or closes it. A plain link: it
 * works without JavaScript, and the place-keeping script adds the reader's
 * block to it (`data-keep-place`), so the other view opens at the same pair.
 * On phones it shows its icon without its label (which stays its accessible
 * name), and without its close mark: beside the site's name
 * and a link to each other edition, the masthead then keeps to one line.
 */
export function BilingualToggle({ href, on, label, closeLabel }: BilingualToggleProps) {
  const classes = narrow;
  return (
    <a href={href} data-keep-place="" className={headerControlClass(on)}>
      {on ? <span className="sr-only">{closeLabel} </span> : null}
      <ControlIcon visibility={classes.icon}>
        <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
        <path d="M10 3.5v13M5 7.5h2.5M5 10h2.5M12.5 7.5H15M12.5 10H15" />
      </ControlIcon>
      <span className={classes.label}>{label}</span>
      {on ? (
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-3.5 max-sm:hidden"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="m5 5 10 10M15 5 5 15" />
        </svg>
      ) : null}
    </a>
  );
}
