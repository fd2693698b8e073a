/** Above this many members, the heatmap and the time-allocation bars show product teams. */
export const AGGREGATE_ABOVE = 50;

/** The row for members without a product team. */
export const NO_TEAM = 'No product team';
