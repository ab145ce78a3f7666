// What stands in the way of honours, worded from credit's structured bars in the reader's language (the API's
// English `reasons` are for integrators' logs and never shown).
import type { Translate } from '../i18n';
import { CREDIT_CATEGORY, ELIGIBILITY_BAR_KIND, HONOURS_BAR_KIND, SANCTION_KIND, type LabelTable } from '../labels';

export interface EligibilityBarView {
  kind: string;
  category: string;
  sanctionKind?: string | null;
  documentNumber: string;
  until?: string | null;
}

/** e.g. 处分期内：记过（饶纪〔2026〕12号），至 2027-03-15 */
export function barText(
  bar: EligibilityBarView,
  label: (table: LabelTable, value: string | null | undefined) => string,
  t: Translate,
): string {
  const what =
    bar.kind === 'SANCTION_PERIOD' && bar.sanctionKind
      ? label(SANCTION_KIND, bar.sanctionKind)
      : label(CREDIT_CATEGORY, bar.category);
  const until = bar.until ? t('eligibility.until', { date: bar.until }) : t('eligibility.noEnd');
  return `${label(ELIGIBILITY_BAR_KIND, bar.kind)}：${what}（${bar.documentNumber}），${until}`;
}

export const barsText = (
  bars: readonly EligibilityBarView[],
  label: (table: LabelTable, value: string | null | undefined) => string,
  t: Translate,
): string => bars.map((b) => barText(b, label, t)).join('；');

/** One bar of supervision's whole judgement (every domain and the published grade), e.g. 拖欠中小企业款项：2 */
export const honoursBarText = (
  bar: { kind: string; count?: number | null; year?: number | null },
  label: (table: LabelTable, value: string | null | undefined) => string,
  t: Translate,
): string =>
  bar.kind === 'GRADE_D'
    ? t('honours.gradeD', { year: bar.year ?? '' })
    : t('honours.counted', { what: label(HONOURS_BAR_KIND, bar.kind), count: bar.count ?? 0 });
