export * from './types';
export { analyzeTeam, TeamAnalyzer, type AnalysisInput } from './analyze';
export { applyScenario, compareScenario, type ScenarioComparison, type ScenarioSkillChange } from './scenario';
export { solveMinCover, type CoverConstraint, type CoverSolution } from './cover-solver';
export { deriveSizeClass, structureAdvice } from './structure';
export { indexFramework, type FrameworkIndex } from './framework-index';
export { roleFit } from './fit';
export {
  distributeLoad,
  hiresForLoad,
  loadInTenths,
  UPSKILL_CANDIDATES_PER_SKILL,
  type LoadShare,
} from './hiring-plan';
