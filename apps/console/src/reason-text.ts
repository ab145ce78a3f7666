// The reason codes' texts are the largest table of @integrity/rules and are needed only once a server or a
// form check refuses something: they load in a chunk of their own, started as soon as this module is
// imported (when the shell mounts), so the dashboard paints without them (build budget, scripts/budget.mjs).
import type { Locale, ReasonParams } from '@integrity/rules';

type ReasonsModule = typeof import('@integrity/rules/reasons');

let loaded: ReasonsModule | null = null;
const loading: Promise<ReasonsModule> = import('@integrity/rules/reasons').then((m) => (loaded = m));

/** Resolves once the texts are here (tests, and a check that may wait, such as an async form validator). */
export const reasonsReady = (): Promise<ReasonsModule> => loading;

/**
 * A reason's message in a locale, with its figures; null in the moment before the texts have arrived, when
 * the caller shows the error code's own translated text instead (never the raw code).
 */
export const reasonText = (reason: string, params: ReasonParams, locale: Locale): string | null =>
  loaded ? loaded.reasonMessage(reason, params, locale) : null;
