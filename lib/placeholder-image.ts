import sharp, { type Metadata } from 'sharp';

/**
 * The marker lives in the image file, not in content or code, so that
 * dropping a real photo in under the same name is the whole job: the photo
 * has no marker, and the site stops labelling it an illustration.
 *
 * The namespace is ours alone; `.invalid` is a reserved TLD, so the URI can
 * never be mistaken for (or resolve to) somebody else's schema.
 */
export const PLACEHOLDER_XMP_NAMESPACE = 'https://science-city-feature.invalid/ns/placeholder/1.0/';

/** The XMP property (in {@link PLACEHOLDER_XMP_NAMESPACE}) that marks a placeholder. */
export const PLACEHOLDER_XMP_PROPERTY = 'placeholder';

const PLACEHOLDER_DESCRIPTION = '示意图 / Illustration: original photo not included';

export type PlaceholderXmpOptions = {
  /** What the illustration stands in for, e.g. "金凤实验室 / Jinfeng Laboratory". */
  title: string;
};

/**
 * Builds the XMP packet that the drawing script embeds in every illustration.
 * Besides the marker it carries a human-readable title and description, so
 * anyone opening the file in a photo tool sees at once that it is not a photo.
 */
export function buildPlaceholderXmp({ title }: PlaceholderXmpOptions): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:scf="${PLACEHOLDER_XMP_NAMESPACE}" scf:${PLACEHOLDER_XMP_PROPERTY}="True">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(PLACEHOLDER_DESCRIPTION)}</rdf:li></rdf:Alt></dc:description>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * Tells whether image metadata carries our placeholder marker. Takes sharp's
 * metadata shape so callers that already read metadata need not read again.
 *
 * XMP tools may rewrite the packet (another prefix, element instead of
 * attribute form), so we look the prefix up from the namespace and accept
 * both forms rather than matching our own exact bytes.
 */
export function isPlaceholderImage(metadata: { xmp?: Buffer | undefined }): boolean {
  if (!metadata.xmp) return false;
  const xmp = metadata.xmp.toString('utf8');
  const declaration = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)=["']${escapeRegExp(PLACEHOLDER_XMP_NAMESPACE)}["']`);
  const prefix = declaration.exec(xmp)?.[1];
  if (!prefix) return false;
  const name = escapeRegExp(`${prefix}:${PLACEHOLDER_XMP_PROPERTY}`);
  const value = new RegExp(`${name}\\s*=\\s*["']([^"']*)["']|<${name}>([^<]*)</${name}>`).exec(xmp);
  const text = value?.[1] ?? value?.[2];
  return text?.trim().toLowerCase() === 'true';
}

export type ImageFacts = {
  /** Width as displayed, i.e. after EXIF orientation. */
  width: number;
  /** Height as displayed, i.e. after EXIF orientation. */
  height: number;
  isPlaceholder: boolean;
};

/**
 * Reads what the site needs to know about a source image: its displayed size
 * (for `next/image` width/height, so the layout does not shift) and whether
 * it is a placeholder illustration (so the caption can say so).
 *
 * Errors are rethrown as `path: message`, because sharp's own messages do not
 * say which file they are about.
 */
export async function readImageFacts(path: string): Promise<ImageFacts> {
  let metadata: Metadata;
  try {
    metadata = await sharp(path).metadata();
  } catch (error) {
    throw new Error(`${path}: cannot read image: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  // A camera photo stored sideways (orientation 5–8) is displayed with width
  // and height swapped; sharp's `autoOrient` already accounts for that.
  return {
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    isPlaceholder: isPlaceholderImage(metadata),
  };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
