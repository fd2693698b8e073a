/*
 * The table behind each chart: every chart has a table view with the same numbers, built
 * from the same derivation, so the two can never disagree.
 */

export interface TableData {
  header: string[];
  rows: (string | number)[][];
  /** Columns shown right-aligned. */
  numeric: number[];
}

/**
 * A table whose rows are built when first read. A chart's table view is seldom open, and
 * at 10,000 members its rows would cost more than the chart on every change.
 */
export function lazyTable(header: string[], numeric: number[], build: () => TableData['rows']): TableData {
  let rows: TableData['rows'] | undefined;
  return {
    header,
    numeric,
    get rows() {
      return (rows ??= build());
    },
  };
}
