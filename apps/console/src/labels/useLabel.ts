// The label of an enum value in the user's locale.
import { useCallback } from 'react';
import { useI18n } from '../i18n';
import { labelOf, optionsOf, type LabelTable } from './label';

export function useLabel() {
  const { locale } = useI18n();
  const label = useCallback(
    (table: LabelTable, value: string | null | undefined) => labelOf(table, value, locale),
    [locale],
  );
  const options = useCallback((table: LabelTable) => optionsOf(table, locale), [locale]);
  return { label, options };
}
