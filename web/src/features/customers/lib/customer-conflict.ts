import { changedFields, type CustomerFormField, type CustomerFormValues } from './customer-form';

/** One field the user changed while someone else saved the same customer. */
export interface ConflictRow {
  field: CustomerFormField;
  yours: string;
  theirs: string;
}

/**
 * The user's own changes (against what they had read) next to the values now saved, so nothing
 * typed is lost and nothing saved is overwritten without the user seeing it.
 */
export function conflictRows(
  base: CustomerFormValues,
  typed: CustomerFormValues,
  saved: CustomerFormValues,
): ConflictRow[] {
  return changedFields(base, typed).map((field) => ({
    field,
    yours: typed[field],
    theirs: saved[field],
  }));
}

/**
 * The form after "load their version": fields the user changed keep the typed values, every other
 * field shows what is saved now. Saving again sends the user's changes against the new version.
 */
export function rebaseOnSaved(
  base: CustomerFormValues,
  typed: CustomerFormValues,
  saved: CustomerFormValues,
): CustomerFormValues {
  const mine = new Set(changedFields(base, typed));
  const result = { ...saved };
  for (const field of mine) result[field] = typed[field];
  return result;
}
