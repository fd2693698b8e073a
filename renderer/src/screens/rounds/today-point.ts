import type { AppData } from '@shared/data';
import { memoPerObject } from '@shared/identity';
import { todayTrend } from '@shared/rounds/trend-point';
import { trendsTable, type PastFramework, type TrendsTables } from '@shared/rounds/trends-table';
import { selectAnalysis } from '@renderer/state/analysis';
import type { LabelledPoint } from './trend-series';

/*
 * Today's figures for the trends' last column: the open round's, computed live on the page's
 * data with the analysis every screen shares (so the trends' "Today" matches the dashboard).
 */

/** Per data object and day: the day is asked for on each render, so it is kept beside the point. */
const pointsOf = memoPerObject((_data: AppData) => new Map<string, LabelledPoint>());

export function todayPoint(data: AppData, today: string): LabelledPoint {
  const byDay = pointsOf(data);
  const column = byDay.get(today) ?? todayTrend(data, today, selectAnalysis(data));
  byDay.set(today, column);
  return column;
}

/**
 * Each trend's table: the closed rounds' stored figures, oldest first, then today's. The
 * rounds' own frameworks, where read (usePastFrameworks), name skills retired since and
 * tell renamed ones; without them a skill retired since goes by its id, said retired.
 */
export function roundsTrendsTable(
  data: AppData,
  today: string,
  pastFrameworks: readonly PastFramework[] = [],
): TrendsTables {
  return trendsTable(data.rounds, todayPoint(data, today), data.framework, pastFrameworks);
}
