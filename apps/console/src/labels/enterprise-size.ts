// EnterpriseSize: its names live in @integrity/rules beside the SME payment rules they decide.
export { ENTERPRISE_SIZE, type EnterpriseSize } from '@integrity/rules';
