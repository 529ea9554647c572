/**
 * A small XML tree, serialized through xmlbuilder2 (escaping, namespaces). Indentation is added
 * here, and only inside elements that hold no text: an element with text is mixed content (`<p>`,
 * `<docTitle>`), where a line break would change the text, so it is written on one line.
 */
import { create } from 'xmlbuilder2';

type XMLBuilder = ReturnType<typeof create>;

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Pacta's own vocabulary inside `analysis/otherAnalysis` and `proprietary` (see ./README.md). */
export const PACTA_NS = 'urn:pacta:akn:1.0';

export type XmlNode = XmlElement | string;

export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}

type AttrValue = string | number | boolean | null | undefined;

/** An element; attributes whose value is null or undefined are left out, children that are null, undefined or false too. */
export function el(
  name: string,
  attrs: Record<string, AttrValue> = {},
  children: readonly (XmlNode | null | undefined | false)[] = [],
): XmlElement {
  const list: [string, string][] = [];
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) list.push([k, attrText(String(v))]);
  return { name, attrs: list, children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false && c !== '') };
}

/** Text a reader can trust: no control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Attribute values on one line (a parser would turn line breaks and tabs into spaces anyway). */
function attrText(text: string): string {
  return xmlText(text).replace(/\s+/g, ' ').trim();
}

/** The document: XML declaration, the root element with its namespace declarations, a final line break. */
export function serialize(root: XmlElement, namespaces: Record<string, string>): string {
  const doc = create();
  const node = doc.ele(AKN_NS, root.name);
  for (const [prefix, uri] of Object.entries(namespaces)) node.att('http://www.w3.org/2000/xmlns/', `xmlns:${prefix}`, uri);
  fill(node, root, 0, namespaces);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.end({ headless: true, prettyPrint: false })}\n`;
}

function namespaceOf(name: string, namespaces: Record<string, string>): string {
  const colon = name.indexOf(':');
  return colon > 0 ? (namespaces[name.slice(0, colon)] ?? AKN_NS) : AKN_NS;
}

/** Elements whose content is text (mixed content): written on one line, whatever they hold. */
const TEXT_ELEMENTS = new Set([
  'p',
  'num',
  'heading',
  'subheading',
  'docTitle',
  'docNumber',
  'docDate',
  'date',
  'party',
  'person',
  'organization',
  'location',
  'role',
  'signature',
  'span',
  'inline',
]);

function fill(node: XMLBuilder, element: XmlElement, depth: number, namespaces: Record<string, string>, inText = false): void {
  for (const [k, v] of element.attrs) node.att(k, v);
  const mixed = inText || TEXT_ELEMENTS.has(element.name) || element.children.some((c) => typeof c === 'string');
  const indent = (level: number) => '\n' + '  '.repeat(level);
  for (const child of element.children) {
    if (typeof child === 'string') {
      node.txt(xmlText(child));
      continue;
    }
    if (!mixed) node.txt(indent(depth + 1));
    fill(node.ele(namespaceOf(child.name, namespaces), child.name), child, depth + 1, namespaces, mixed);
  }
  if (!mixed && element.children.length) node.txt(indent(depth));
}
