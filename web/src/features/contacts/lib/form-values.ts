import { isApiError } from '@/lib/api-error';

/** A form's values: every field as the text of its control (lists as sorted, comma-joined ids). */
export type FormValues<F extends string> = Record<F, string>;

/** The fields whose value differs from what was read (surrounding whitespace is no change). */
export function changedFields<F extends string>(
  fields: readonly F[],
  base: FormValues<F>,
  values: FormValues<F>,
): F[] {
  return fields.filter((field) => base[field].trim() !== values[field].trim());
}

/** Trimmed text, or `null` for an empty field. */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** `"3,5"` → `[3, 5]`; the form keeps id lists as text so every field compares the same way. */
export function parseIdList(text: string): number[] {
  return text
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** `[5, 3]` → `"3,5"`: sorted, so the same set always reads the same. */
export function formatIdList(ids: readonly number[]): string {
  return [...ids].sort((a, b) => a - b).join(',');
}

/** One field the user changed while someone else saved the same row. */
export interface ConflictRow<F extends string> {
  field: F;
  yours: string;
  theirs: string;
}

/** The user's own changes next to the values now saved. */
export function conflictRows<F extends string>(
  fields: readonly F[],
  base: FormValues<F>,
  typed: FormValues<F>,
  saved: FormValues<F>,
): ConflictRow<F>[] {
  return changedFields(fields, base, typed).map((field) => ({
    field,
    yours: typed[field],
    theirs: saved[field],
  }));
}

/** After "load their version": the user's changed fields keep what was typed, the rest is saved. */
export function rebaseOnSaved<F extends string>(
  fields: readonly F[],
  base: FormValues<F>,
  typed: FormValues<F>,
  saved: FormValues<F>,
): FormValues<F> {
  const result = { ...saved };
  for (const field of changedFields(fields, base, typed)) result[field] = typed[field];
  return result;
}

export interface SplitFieldErrors<F extends string> {
  /** Messages for fields that are on the form, shown at each field. */
  byField: Partial<Record<F, string>>;
  /** Messages for anything else, shown above the form. */
  other: { field: string; message: string }[];
}

/**
 * Splits the `fields` of a refused save into those the form shows at a control and the rest.
 * `aliases` maps API names to form fields (e.g. `street.1` → `street`).
 */
export function splitFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  alias: (apiField: string) => string = (field) => field,
): SplitFieldErrors<F> {
  const result: SplitFieldErrors<F> = { byField: {}, other: [] };
  if (!isApiError(error) || error.fields.length === 0) return result;
  const known = new Set<string>(fields);
  for (const [apiField, message] of Object.entries(error.fieldMessages())) {
    const field = alias(apiField);
    if (known.has(field)) result.byField[field as F] ??= message;
    else result.other.push({ field: apiField, message });
  }
  return result;
}
