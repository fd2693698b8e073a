export * from './types';
export { analyzeTeam, TeamAnalyzer, type AnalysisInput, type AnalysisOptions } from './analyze';
export {
  applyScenario,
  changedFigures,
  compareScenario,
  scenarioTeam,
  type ScenarioComparison,
  type ScenarioFigure,
  type ScenarioHireChange,
  type ScenarioSkillChange,
} from './scenario';
export { UnownedWork } from './unowned-work';
export { groupHires, hireGroupTitle, type HireGroup } from './hire-groups';
export { NO_PRODUCT_TEAM, TeamCoverage, type TeamCellStatus, type TeamGap } from './team-coverage';
export { solveMinCover, type CoverConstraint, type CoverSolution } from './cover-solver';
export { deriveSizeClass, structureAdvice } from './structure';
export { indexFramework, type FrameworkIndex } from './framework-index';
export { roleFit } from './fit';
export { distributeLoad, hiresForLoad, UPSKILL_CANDIDATES_PER_SKILL, type LoadShare } from './hiring-plan';
