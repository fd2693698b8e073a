export { loadSolver, isSolverLoaded, SolverNotLoadedError, type SolverLocation } from './load';
export {
  minimiseCover,
  coverModelText,
  withoutImpliedRows,
  type CoverRow,
  type IntegerSolution,
} from './integer-cover';
