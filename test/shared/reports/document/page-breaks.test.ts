import { describe, expect, it } from 'vitest';
import { breaksBetweenContent } from '@shared/reports/document/page-breaks';
import type { Block } from '@shared/reports/document/types';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const BREAK: Block = { kind: 'pageBreak' };

describe('page breaks', () => {
  it('keeps a break between two pieces of content', () => {
    expect(breaksBetweenContent([p('a'), BREAK, p('b')])).toEqual([p('a'), BREAK, p('b')]);
  });

  it('leaves out a break at the start or the end, and a second one in a row, which would print blank pages', () => {
    expect(breaksBetweenContent([BREAK, p('a'), BREAK, BREAK, p('b'), BREAK])).toEqual([p('a'), BREAK, p('b')]);
    expect(breaksBetweenContent([BREAK, BREAK])).toEqual([]);
  });
});
