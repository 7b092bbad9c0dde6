import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/absolute-url';

export const dynamic = 'force-static';

// Nothing is disallowed: pages kept out of the index (the bilingual views)
// say so with `noindex`, which a crawler can only read if it may fetch them.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
