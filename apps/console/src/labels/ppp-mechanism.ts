// PppMechanism: its names live in @integrity/rules beside the rule they name.
export { PPP_MECHANISM, type PppMechanism } from '@integrity/rules';
