export * from './types';
export { analyzeTeam, TeamAnalyzer, type AnalysisInput, type AnalysisOptions } from './analyze';
export { applyScenario, compareScenario, type ScenarioComparison, type ScenarioSkillChange } from './scenario';
export { solveMinCover, type CoverConstraint, type CoverSolution } from './cover-solver';
export { deriveSizeClass, structureAdvice, structureStage, subTeamsStaffed, STRUCTURE_THRESHOLDS } from './structure';
export { productTeamsOf, roleLookup, NO_PRODUCT_TEAM_LABEL } from './product-teams';
export { indexFramework, type FrameworkIndex } from './framework-index';
export { roleFit } from './fit';
export { distributeLoad, hiresForLoad, UPSKILL_CANDIDATES_PER_SKILL, type LoadShare } from './hiring-plan';
