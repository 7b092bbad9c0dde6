interface LeadProps {
  /** The box's heading (导语 / Lead): the page's one `lead-label`. */
  label: string;
  text: string;
}

/** The article's lead, boxed between rules under its own heading: on the front page and atop the whole article. */
export function Lead({ label, text }: LeadProps) {
  return (
    <section aria-labelledby="lead-label" className="my-8 border-y-2 border-accent py-5">
      <h2 id="lead-label" className="mb-2 text-sm font-bold tracking-widest text-accent">
        {label}
      </h2>
      <p className="article-text text-ink">{text}</p>
    </section>
  );
}
