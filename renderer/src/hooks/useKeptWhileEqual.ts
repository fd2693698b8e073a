import { useMemo } from 'react';

/**
 * `value`, or the one this component was given earlier while `key` (a text of everything the
 * value shows) stays the same. Derived data is rebuilt from every new analysis, so without
 * this a chart would redraw after each edit even when what it shows did not change; with it,
 * the chart's props keep their identity and react-chartjs-2 leaves the chart alone.
 */
export function useKeptWhileEqual<T>(value: T, key: string): T {
  // Only the key decides: an equal key means an equal value, so the earlier one is kept.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}
