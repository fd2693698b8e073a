import { attributeValue } from './xml-tag-scanner';

/*
 * Which zip part holds which worksheet: xl/workbook.xml names the sheets and gives each a
 * relationship id, and xl/_rels/workbook.xml.rels says which part each id points to.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value with XML's character references replaced by the characters. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const startTags = (xml: string, localName: string): string[] =>
  Array.from(xml.matchAll(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])([^>]*)>`, 'g')), (m) => m[1]!);

/** The relationship id of a <sheet>: its `r:id` attribute, whatever the namespace prefix is called. */
const relationshipId = (attributes: string): string | undefined =>
  /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(["'])(.*?)\1/s.exec(attributes)?.[2];

/** A relationship target as a part path: relative to xl/, or absolute from the package root. */
function partPath(target: string): string {
  const path: string[] = [];
  for (const segment of (target.startsWith('/') ? target : `xl/${target}`).split('/')) {
    if (segment === '..') path.pop();
    else if (segment !== '' && segment !== '.') path.push(segment);
  }
  return path.join('/');
}

/** Sheet name → part path (e.g. "Team" → "xl/worksheets/sheet1.xml"), for the sheets both files describe. */
export function worksheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const attributes of startTags(workbookRelsXml, 'Relationship')) {
    const id = attributeValue(attributes, 'Id');
    const target = attributeValue(attributes, 'Target');
    if (id !== undefined && target !== undefined) targets.set(decodeXmlText(id), partPath(decodeXmlText(target)));
  }
  const parts = new Map<string, string>();
  for (const attributes of startTags(workbookXml, 'sheet')) {
    const name = attributeValue(attributes, 'name');
    const id = relationshipId(attributes);
    const target = id === undefined ? undefined : targets.get(decodeXmlText(id));
    if (name !== undefined && target !== undefined) parts.set(decodeXmlText(name), target);
  }
  return parts;
}
