// Server errors → the right form field. A BAD_USER_INPUT with extensions.field lands on that field
// (nested paths like "milestones.0.amount" or "input.uscc" are resolved against the form's field names);
// everything else becomes one message; texts come from the reason codes of @integrity/rules.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ReasonParams } from '@integrity/rules';
import type { Translate } from './i18n';
import { reasonText } from './reason-text';
import type { MessageKey } from './messages';

export interface ServerErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

export interface MappedErrors {
  fields: FieldError[];
  /** messages that belong to no form field */
  general: string[];
}

/** The GraphQL errors inside anything Apollo may throw or return. */
export function graphQLErrorsOf(error: unknown): ServerErrorLike[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors as ServerErrorLike[];
  if (Array.isArray(error)) return error as ServerErrorLike[];
  const e = error as { errors?: ServerErrorLike[]; graphQLErrors?: ServerErrorLike[] };
  if (Array.isArray(e.errors)) return e.errors;
  if (Array.isArray(e.graphQLErrors)) return e.graphQLErrors;
  return [];
}

/**
 * A user-facing message for one error, in the reader's locale: the reason code's message with its
 * figures (the reason table of @integrity/rules), else the contract code's text. The server's English
 * message is shown only to en-US readers, and only when the error carries neither a reason nor a known code.
 */
export function messageFor(error: ServerErrorLike, t: Translate): string {
  const locale = t.locale ?? 'zh-CN';
  const { code, reason, params } = error.extensions ?? {};
  const text = typeof reason === 'string' ? reasonText(reason, isParams(params) ? params : {}, locale) : null;
  if (text !== null) return text;
  if (isErrorCode(code)) return t(`error.${code}` as MessageKey);
  if (typeof reason === 'string') return t('error.unknown');
  return locale === 'en-US' && error.message ? error.message : t('error.unknown');
}

/**
 * Everything the server refused in `error`, in words, one sentence after another (；); `fallback` when it gave no
 * GraphQL error at all (the network failed, or the code threw), so a refusal is never an empty message.
 */
export function errorText(error: unknown, t: Translate, fallback: MessageKey = 'error.unknown'): string {
  const errors = graphQLErrorsOf(error);
  return errors.length ? errors.map((e) => messageFor(e, t)).join('；') : t(fallback);
}

const isParams = (value: unknown): value is ReasonParams =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolve a server field path against the form's field names ("input.uscc" → ["uscc"], "milestones.0.amount" → ["milestones", 0, "amount"]). */
export function resolveField(field: string, formFields: readonly string[]): (string | number)[] | null {
  const parts = field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let start = 0; start < parts.length; start++) {
    const head = parts[start];
    if (typeof head === 'string' && formFields.includes(head)) return parts.slice(start);
  }
  return null;
}

/** Split errors into per-field errors (for form.setFields) and general messages. */
export function mapServerErrors(error: unknown, formFields: readonly string[], t: Translate): MappedErrors {
  const errors = graphQLErrorsOf(error);
  const result: MappedErrors = { fields: [], general: [] };
  if (errors.length === 0 && error) {
    result.general.push(
      error instanceof Error && /fetch|network/i.test(error.message) ? t('error.network') : t('error.unknown'),
    );
    return result;
  }
  for (const e of errors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : null;
    const name = field ? resolveField(field, formFields) : null;
    const text = messageFor(e, t);
    if (name) {
      const existing = result.fields.find((f) => f.name.join('.') === name.join('.'));
      if (existing) existing.errors.push(text);
      else result.fields.push({ name, errors: [text] });
    } else result.general.push(text);
  }
  return result;
}

/** Whether an error carries this code (e.g. to special-case CONFLICT). */
export const hasCode = (error: unknown, code: string) =>
  graphQLErrorsOf(error).some((e) => e.extensions?.code === code);
