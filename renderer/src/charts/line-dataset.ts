/** One line of a line chart as the chart data modules describe it: values, colour and dash. */
export interface ChartLine {
  label: string;
  values: readonly (number | null)[];
  colour: string;
  /** A dash pattern, so lines stay apart without colour (none: solid). */
  dash?: readonly number[];
}

/**
 * The chart.js dataset of a line, drawn the same way on every line chart of the app (stroke
 * width, point size), so charts read alike; callers add what is theirs (an axis, gaps).
 */
export function lineDataset(line: ChartLine) {
  return {
    label: line.label,
    data: [...line.values],
    borderColor: line.colour,
    backgroundColor: line.colour,
    borderDash: line.dash ? [...line.dash] : [],
    borderWidth: 2,
    pointRadius: 3,
  };
}
