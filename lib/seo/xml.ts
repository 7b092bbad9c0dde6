/**
 * A minimal XML writer for the feeds. Written here rather than taken from a
 * library because the two tried fail on editors' text: the `feed` package
 * escapes only the first `]]>` in a CDATA value (a title can close it and add
 * elements), and xmlbuilder2 passes anything shaped like an entity through
 * unescaped (`&nbsp;` makes the feed unparseable; `&lt;script&gt;` in a
 * summary reaches feed readers as markup). Every value here is escaped
 * text, never CDATA, and characters XML 1.0 cannot carry are replaced.
 */

/** An element: its name, attributes and children (elements or text). */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly (XmlElement | string)[];
}

/** An element with attributes and children; text children are escaped when written. */
export function xmlElement(
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly (XmlElement | string)[] = [],
): XmlElement {
  if (!xmlName.test(name)) throw new Error(`xml: not an element name: ${JSON.stringify(name)}`);
  for (const attribute of Object.keys(attributes)) {
    if (!xmlName.test(attribute)) throw new Error(`xml: not an attribute name: ${JSON.stringify(attribute)}`);
  }
  return { name, attributes, children };
}

/** A whole document: the XML declaration and the root element, one element per line where it holds elements. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, '')}\n`;
}

/** Names are ours, never an editor's; the check keeps a typo from writing broken XML. */
const xmlName = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/*
 * Not allowed anywhere in XML 1.0: C0 controls but tab, line feed and
 * carriage return; surrogates not in a pair; U+FFFE and U+FFFF. The content
 * check refuses them in content files (lib/content/characters.ts); this is
 * the writer's own guard, so a feed stays well-formed whatever it is given.
 */
const notXmlCharacter =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data: every `&`, `<`, `>` and quote escaped, whatever follows it. */
export function escapeXml(text: string): string {
  return text
    .replace(notXmlCharacter, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function write(element: XmlElement, indent: string): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  if (element.children.length === 0) return `${indent}<${element.name}${attributes}/>`;
  const open = `${indent}<${element.name}${attributes}>`;
  const close = `</${element.name}>`;
  if (element.children.every((child) => typeof child === 'string')) {
    return `${open}${element.children.map((child) => escapeXml(child as string)).join('')}${close}`;
  }
  const inner = element.children.map((child) =>
    typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : write(child, `${indent}  `),
  );
  return `${open}\n${inner.join('\n')}\n${indent}${close}`;
}
