import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { sectionSeo } from '../lib/seo/page-seo-fixture';

describe('JsonLd', () => {
  it('renders one script element that a title containing </script> cannot close', () => {
    const nodes = buildJsonLd(sectionSeo({ headline: 'Labs</script><script>alert(1)</script>' }));
    const html = renderToStaticMarkup(<JsonLd nodes={nodes} />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);

    const text = new DOMParser().parseFromString(html, 'text/html').querySelector('script')?.textContent ?? '';
    expect(JSON.parse(text)).toEqual(nodes);
  });
});
