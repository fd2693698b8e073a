import type { Block } from './types';

/*
 * A page break only between two pieces of content. Chromium prints an empty page for a break
 * at the end, or for a second break right after another (one job brief per page, the last
 * followed by a break, would end on a blank page), so those are left out: they separate
 * nothing.
 */
export function breaksBetweenContent(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let pendingBreak = false;
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      pendingBreak = out.length > 0;
      continue;
    }
    if (pendingBreak) out.push({ kind: 'pageBreak' });
    pendingBreak = false;
    out.push(block);
  }
  return out;
}
