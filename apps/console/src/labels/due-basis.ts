// DueBasis: its names live in @integrity/rules beside the SME payment rules.
export { DUE_BASIS, type DueBasis } from '@integrity/rules';
