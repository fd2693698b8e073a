/*
 * Finds the start tags of a few named elements in XML that arrives in chunks, without
 * building a document: enough to count a worksheet's cells and collect its merged ranges
 * while the part is unpacked, in constant memory. Namespace prefixes (`<x:c>`) are allowed.
 */

/**
 * A tag cut by a chunk boundary is carried over to the next chunk; one longer than this is
 * no tag the scanner looks for (their attributes are a few short values), so it is dropped.
 */
const MAX_CARRY = 4096;

const escapeName = (name: string): string => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

export class XmlTagScanner {
  private carry = '';
  private readonly pattern: RegExp;
  /** One character per byte, so that a chunk cut inside a UTF-8 sequence decodes all the same. */
  private readonly decoder = new TextDecoder('latin1');

  /** `onTag(localName, attributes)` is called for each start tag of an element named in `localNames`. */
  constructor(
    localNames: readonly string[],
    private readonly onTag: (localName: string, attributes: string) => void,
  ) {
    this.pattern = new RegExp(
      `<(?:[A-Za-z_][\\w.-]*:)?(${localNames.map(escapeName).join('|')})(?=[\\s/>])([^>]*)>`,
      'g',
    );
  }

  /** Scans the next chunk of the part (UTF-8 bytes; the names looked for are ASCII). */
  feed(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk);
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match !== null; match = this.pattern.exec(text)) {
      this.onTag(match[1]!, match[2]!);
    }
    // A tag still open at the end of the chunk is finished by the next one.
    const open = text.lastIndexOf('<');
    this.carry = open >= 0 && text.length - open <= MAX_CARRY && !text.includes('>', open) ? text.slice(open) : '';
  }
}

/** The value of attribute `name` (no namespace prefix) in a start tag's attribute text, entities left as written. */
export function attributeValue(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${escapeName(name)}\\s*=\\s*(["'])(.*?)\\1`, 's').exec(attributes);
  return match?.[2];
}
