import type { ReactNode } from 'react';

/**
 * The look the header's two controls share (the language switch and the
 * bilingual toggle): a pill at least 44 px tall, outlined, or filled when
 * `on` (the view it names is the one shown).
 */
export function headerControlClass(on = false): string {
  const shape =
    'inline-flex min-h-11 min-w-10 min-[22.5rem]:min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-full border px-2.5 min-[22.5rem]:px-3 text-sm font-medium sm:px-4';
  return on
    ? `${shape} border-ink bg-ink text-paper hover:border-accent hover:bg-accent hover:text-accent-ink`
    : `${shape} border-rule text-ink hover:border-accent hover:text-accent`;
}

/**
 * A control's 20-unit line icon, shown from the small breakpoint up, where
 * there is room; decoration only. `visibility` overrides when it shows, for a
 * control that shows its icon instead of its label on the narrowest phones.
 */
export function ControlIcon({
  children,
  visibility = 'hidden sm:block',
}: {
  children: ReactNode;
  visibility?: string;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`size-4 ${visibility}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      {children}
    </svg>
  );
}
