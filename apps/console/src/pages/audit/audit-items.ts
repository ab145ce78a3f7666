// A stored record before and after a change, as the items an auditor compares: every item of either side, in
// the order the record has them, each value as stored (null when the side lacks it) and whether it changed.
import { displayMoney, formatMoney } from '@integrity/rules';
import type { Label, LabelTable } from '../../labels/label';

export interface AuditItem {
  name: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** A snapshot as items: a record's properties, or a list's entries numbered from 1 (a replaced schedule). */
const asObject = (value: unknown): Record<string, unknown> =>
  Array.isArray(value)
    ? Object.fromEntries(value.map((entry, i) => [String(i + 1), entry as unknown]))
    : value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)
      : {};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function auditItems(before: unknown, after: unknown): AuditItem[] {
  const b = asObject(before);
  const a = asObject(after);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return names.map((name) => ({
    name,
    before: b[name] ?? null,
    after: a[name] ?? null,
    changed: !same(b[name], a[name]),
  }));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export interface ValueWords {
  locale: keyof Label;
  yes: string;
  no: string;
  /** an instant (ISO-8601, UTC) in the officer's time */
  time: (instant: string) => string;
  /** the name of a record an id stands for (a department), when known */
  named?: (id: string) => string | undefined;
  /** who acted (an item ending in By inside a nested record): an account, a service or the public, by name */
  actor?: (username: string) => string;
  /** an item a nested record holds empty (a due date not set yet) */
  none?: string;
}

/** How an item's values read: codes of a label table, or money the subgraph keeps in fen (BIGINT). */
export interface ItemKind {
  table?: LabelTable;
  money?: boolean;
  /** a stored text that is an identifier with a meaning (a deadline rule's id), in words */
  format?: (value: string, locale: keyof Label) => string;
  /** a record kept inside the item (a contract's milestones, an instrument's schedule): its items' names and kinds */
  nested?: { name: (key: string) => Label | undefined; kind: (key: string) => ItemKind };
}

/** A nested record in words: 名称：值，… — every item named and read by its own kind; a list, one per line. */
function nestedText(value: object, nested: NonNullable<ItemKind['nested']>, words: ValueWords): string {
  const one = (entry: unknown): string => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return valueText(entry, {}, words) ?? '';
    return Object.entries(entry as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => {
        const text =
          ACTOR_ITEM.test(key) && typeof v === 'string' && words.actor
            ? words.actor(v)
            : valueText(v, nested.kind(key), words);
        return `${nested.name(key)?.[words.locale] ?? key}：${text ?? words.none ?? ''}`;
      })
      .join('，');
  };
  return Array.isArray(value) ? value.map(one).join('\n') : one(value);
}

/** An item naming who acted: its value is a username (`createdBy`, `decidedBy`, `ackBy`…). */
export const ACTOR_ITEM = /By$/;

/** Who acted anywhere in a change (an item ending in By, at any depth), to read their names at once. */
export function actorsIn(value: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((v) => actorsIn(v, found));
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (ACTOR_ITEM.test(key) && typeof v === 'string') found.add(v);
      else actorsIn(v, found);
    }
  return [...found];
}

/** Fen as stored ("123456", 123456) as yuan for people ("1,234.56"); anything else as it came. */
export const fenAsYuan = (fen: string | number): string =>
  /^-?\d+$/.test(String(fen)) ? displayMoney(formatMoney(BigInt(fen))) : String(fen);

/**
 * One stored value as an officer reads it: a code by its label when the item's table knows it (a list of codes
 * as their labels), money in yuan, yes/no for a flag, a department's id as its name, an instant in local time,
 * a nested record item by item, anything else as stored; null stays null.
 */
export function valueText(value: unknown, kind: ItemKind, words: ValueWords): string | null {
  if (value === null || value === undefined) return null;
  const { table } = kind;
  const code = (v: unknown) =>
    typeof v === 'string' && table && Object.hasOwn(table, v) ? table[v]![words.locale] : null;
  if (kind.money && (typeof value === 'string' || typeof value === 'number')) return fenAsYuan(value);
  if (kind.format && typeof value === 'string') return kind.format(value, words.locale);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string')
    return code(value) ?? words.named?.(value) ?? (INSTANT.test(value) ? words.time(value) : value);
  if (typeof value === 'object' && kind.nested) return nestedText(value, kind.nested, words);
  // a list of codes as their labels, of departments' ids as their names, of other plain values as they are
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value
      .map((v) => code(v) ?? (typeof v === 'string' ? (words.named?.(v) ?? v) : JSON.stringify(v)))
      .join('、');
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
