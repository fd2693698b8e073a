export { loadSolver, isSolverLoaded, SolverNotLoadedError, type SolverLocation } from './load';
export {
  minimiseCover,
  coverModelText,
  withoutImpliedRows,
  type CoverRow,
  type IntegerSolution,
} from './integer-cover';
export {
  maximiseValue,
  valueOf,
  costOf,
  termPeople,
  termValue,
  isSeparable,
  valueModelText,
  VALUE_TOLERANCE,
  valueMethod,
  type ValueMethod,
  type ValueProblem,
  type ValueSolution,
  type ValueTerm,
  type ValueVariable,
} from './integer-value';
