/** Above this many members, the heatmap and the time-allocation bars show product teams. */
export const AGGREGATE_ABOVE = 50;

/** The row for members without a product team: the analysis's own label. */
export { NO_PRODUCT_TEAM_LABEL as NO_TEAM } from '@shared/analysis';
