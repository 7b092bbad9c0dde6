import { XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';

/** A parsed element: its text when it has no child elements, else its children by name (repeated names as arrays). */
export type XmlValue = string | { [name: string]: XmlValue | XmlValue[] };

/**
 * Parses XML as a strict reader would: fast-xml-parser's validator and the
 * DOM's own XML parser (jsdom) must both accept it, or this throws with
 * their complaint. Values come from the DOM, which decodes entities exactly
 * once.
 */
export function parseStrictXml(xml: string, { arrays = [] as readonly string[] } = {}): Record<string, XmlValue> {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`not well-formed XML: ${JSON.stringify(validation.err)}`);
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  const root = doc.documentElement;
  return { [root.tagName]: toValue(root, arrays) };
}

function toValue(element: Element, arrays: readonly string[]): XmlValue {
  const children = [...element.children];
  const attributes = [...element.attributes].filter((attribute) => !attribute.name.startsWith('xmlns'));
  if (children.length === 0 && attributes.length === 0) return element.textContent ?? '';
  const value: { [name: string]: XmlValue | XmlValue[] } = {};
  for (const attribute of attributes) value[`@_${attribute.name}`] = attribute.value;
  if (children.length === 0) value['#text'] = element.textContent ?? '';
  for (const child of children) {
    const parsed = toValue(child, arrays);
    const existing = value[child.tagName];
    if (arrays.includes(child.tagName))
      value[child.tagName] = [...((existing as XmlValue[] | undefined) ?? []), parsed];
    else value[child.tagName] = parsed;
  }
  return value;
}
