// SubjectType: its names live in @integrity/rules, which credit reports also print.
export { SUBJECT_TYPE, type SubjectTypeCode as SubjectType } from '@integrity/rules';
