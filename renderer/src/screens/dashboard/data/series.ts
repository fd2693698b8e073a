/** One series of a chart: a value per bar or axis, in one colour. */
export interface Series {
  label: string;
  values: number[];
  colour: string;
}
