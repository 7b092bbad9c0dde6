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

/* Tailwind needs whole class names in the source, so each state's set is written out. */
const narrow = {
  off: { icon: 'block min-[23.4375rem]:hidden sm:block', label: 'max-[23.4375rem]:sr-only' },
  on: { icon: 'block min-[25rem]:hidden sm:block', label: 'max-[25rem]:sr-only' },
};

/**
 * Opens the side-by-side view of the page, or closes it. A plain link: it
 * works without JavaScript, and the place-keeping script adds the reader's
 * block to it (`data-keep-place`), so the other view opens at the same pair.
 * On the narrowest phones it shows its icon instead of its label (which
 * stays its accessible name): under 375 px, or under 400 px when it is on
 * and carries a close mark, which goes too under 360 px. So the masthead
 * keeps to one line beside the site's name.
 */
export function BilingualToggle({ href, on, label, closeLabel }: BilingualToggleProps) {
  const classes = narrow[on ? 'on' : 'off'];
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
          className="size-3.5 max-[22.5rem]:hidden"
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
