// What an enum value is called: one table per enum (src/labels/<enum>.ts), both locales side by side, so a
// value can never have a label in one language and a raw code in the other (labels.test.ts reads the schema).
export interface Label {
  'zh-CN': string;
  'en-US': string;
}

export type LabelTable = Readonly<Record<string, Label>>;

/** The label of `value` in `locale`; a value the table does not know shows as itself (the test forbids that). */
export function labelOf(table: LabelTable, value: string | null | undefined, locale: keyof Label): string {
  if (value === null || value === undefined) return '';
  return table[value]?.[locale] ?? value;
}

/** Select options for every value of an enum, in table order. */
export function optionsOf(table: LabelTable, locale: keyof Label): { value: string; label: string }[] {
  return Object.entries(table).map(([value, l]) => ({ value, label: l[locale] }));
}
