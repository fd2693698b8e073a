export {
  NO_PRODUCT_TEAM,
  selfAssessmentForms,
  type SelfAssessmentFormFile,
  type SelfAssessmentFormOptions,
} from './write-forms';
export { FORM_NOTE_MAX, readSelfAssessmentForm, SKILL_NOTE_MAX, type ReadFormResult } from './read-form';
export { LEVELS_SHEET, META_SHEET, NOT_OBSERVED_LABEL } from './layout';
