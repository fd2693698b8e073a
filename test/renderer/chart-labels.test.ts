import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@renderer/charts/wrap-label';

describe('radar axis labels', () => {
  it('leaves short labels as they are', () => {
    expect(wrapLabel('Data security')).toBe('Data security');
  });

  it('breaks long labels at spaces into lines no longer than the width, losing no word', () => {
    const label = 'ML model development (training / testing)';
    const lines = wrapLabel(label);
    expect(lines).toEqual(['ML model development', '(training / testing)']);
    expect((lines as string[]).join(' ')).toBe(label);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(22);
  });

  it('keeps a single word longer than the width whole', () => {
    expect(wrapLabel('Hyperparameterisation-heavy tuning', 10)).toEqual(['Hyperparameterisation-heavy', 'tuning']);
  });
});
