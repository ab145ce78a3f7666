// The standard's algorithm lives once, in the kit; demo data mints codes with it.
export { USCC_ALPHABET, usccCheckCharacter } from '@integrity/rules';
