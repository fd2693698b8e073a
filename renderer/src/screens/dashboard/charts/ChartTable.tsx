import { DataTable } from '@renderer/components/common/DataTable';
import type { TableData } from '../data/table';

/** A chart's table view: its rows are read (and, for a large team, built) only when shown. */
export function ChartTable({ caption, data }: { caption: string; data: TableData }) {
  return <DataTable caption={caption} header={data.header} rows={data.rows} numeric={data.numeric} />;
}
