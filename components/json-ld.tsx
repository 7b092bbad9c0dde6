import { serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';

interface JsonLdProps {
  nodes: JsonLdNode[];
}

/**
 * A page's structured data in one `<script type="application/ld+json">`.
 * Its text is escaped by `serializeJsonLd`, so content cannot break out of
 * the element, and is the same on every build, so its hash can go in a CSP.
 */
export function JsonLd({ nodes }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(nodes) }} />;
}
