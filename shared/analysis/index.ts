export * from './types';
export { analyzeTeam, TeamAnalyzer, type AnalysisInput, type AnalysisPhase } from './analyze';
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
export { TeamCoverage, type TeamCellStatus, type TeamGap } from './team-coverage';
export { solveMinCover, type CoverConstraint, type CoverSolution } from './cover-solver';
export { deriveSizeClass, structureAdvice, structureStage, subTeamsStaffed, STRUCTURE_THRESHOLDS } from './structure';
export { productTeamsOf, roleLookup, NO_PRODUCT_TEAM_LABEL } from './product-teams';
export { indexFramework, type FrameworkIndex } from './framework-index';
export { roleFit } from './fit';
export {
  distributeLoad,
  hiresForLoad,
  loadInTenths,
  UPSKILL_CANDIDATES_PER_SKILL,
  type LoadShare,
} from './hiring-plan';
export { budgetPlanOf, forgetSolvedBudgets, type BudgetInput } from './budget-plan';
export { planWithinLimit } from './plan-within-limit';
