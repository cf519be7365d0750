import { isApiError } from '@/lib/api-error';
import { formFieldOf, type ProjectFormField } from './project-form';

export interface SplitProjectErrors {
  byField: Partial<Record<ProjectFormField, string>>;
  /** Messages for anything the form has no control for, or the error itself. */
  other: string[];
}

/** Splits a 422's `fields` into those shown at a control and the rest. */
export function splitProjectErrors(error: unknown): SplitProjectErrors {
  const result: SplitProjectErrors = { byField: {}, other: [] };
  if (!isApiError(error) || error.code !== 'validation_failed') return result;
  for (const [field, message] of Object.entries(error.fieldMessages())) {
    const formField = formFieldOf(field);
    if (formField) result.byField[formField] ??= message;
    else result.other.push(`${field}: ${message}`);
  }
  return result;
}
