import { isApiError } from '@/lib/api-error';
import { customerFormFields, type CustomerFormField } from './customer-form';

export interface SplitFieldErrors {
  /** Messages for fields that are on the form, shown at each field. */
  byField: Partial<Record<CustomerFormField, string>>;
  /** Messages for anything else (e.g. an unknown field), shown above the form. */
  other: { field: string; message: string }[];
}

const formFieldSet = new Set<string>(customerFormFields);

/** Splits a 422's `fields` into those the form shows at a control and the rest. */
export function splitFieldErrors(error: unknown): SplitFieldErrors {
  const result: SplitFieldErrors = { byField: {}, other: [] };
  if (!isApiError(error) || error.code !== 'validation_failed') return result;
  for (const [field, message] of Object.entries(error.fieldMessages())) {
    if (formFieldSet.has(field)) result.byField[field as CustomerFormField] = message;
    else result.other.push({ field, message });
  }
  return result;
}
