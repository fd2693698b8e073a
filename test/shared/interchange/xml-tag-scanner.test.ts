import { describe, expect, it } from 'vitest';
import { attributeValue, XmlTagScanner } from '@shared/interchange/xml-tag-scanner';

const scan = (chunks: string[]): string[] => {
  const found: string[] = [];
  const scanner = new XmlTagScanner(['c', 'mergeCell'], (name, attributes) =>
    found.push(name === 'c' ? 'c' : `merge ${attributeValue(attributes, 'ref') ?? '?'}`),
  );
  for (const chunk of chunks) scanner.feed(new TextEncoder().encode(chunk));
  return found;
};

describe('XmlTagScanner', () => {
  const xml =
    '<x:worksheet><x:cols><x:col min="1"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c/><c r="B1" t="s"></c></x:row></x:sheetData>' +
    '<cfRule/><c:chart/><mergeCells><x:mergeCell ref="A2:A9"/><mergeCell ref=\'B1:C1\' /></mergeCells></x:worksheet>';

  it('finds the named start tags, with or without a namespace prefix, and nothing else', () => {
    expect(scan([xml])).toEqual(['c', 'c', 'c', 'merge A2:A9', 'merge B1:C1']);
  });

  it('finds the same tags whatever the chunk boundaries', () => {
    for (let size = 1; size <= 40; size++) {
      const chunks = Array.from({ length: Math.ceil(xml.length / size) }, (_, i) =>
        xml.slice(i * size, (i + 1) * size),
      );
      expect(scan(chunks)).toEqual(['c', 'c', 'c', 'merge A2:A9', 'merge B1:C1']);
    }
  });
});
