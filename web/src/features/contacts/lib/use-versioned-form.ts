import { useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-error';
import { t, type MessageKey } from '@/lib/i18n';
import { rebaseOnSaved, type FormValues } from './form-values';

interface Options<F extends string, T> {
  fields: readonly F[];
  initial: FormValues<F>;
  version: number | null;
  /** Reads the current row of a stale-version 409, if the answer carried a valid one. */
  parseCurrent: (current: unknown) => T | null;
  toValues: (row: T) => FormValues<F>;
  versionOf: (row: T) => number;
}

/**
 * The state of a dialog form that edits a versioned row: what the user started from (a save is
 * checked against that version), what they typed, local errors, and a stale-version conflict with
 * "load their version and keep my changes". After a refused save the focus goes to the first
 * invalid field.
 */
export function useVersionedForm<F extends string, T>(options: Options<F, T>) {
  const { fields, initial, version, parseCurrent, toValues, versionOf } = options;
  const [base, setBase] = useState({ values: initial, version });
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Partial<Record<F, string>>>({});
  const [conflict, setConflict] = useState<T | null>(null);
  const [rebased, setRebased] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  return {
    formRef,
    base,
    values,
    localErrors,
    conflict,
    rebased,
    onChange(field: F, value: string) {
      setValues((previous) => ({ ...previous, [field]: value }));
      setLocalErrors((previous) => ({ ...previous, [field]: undefined }));
    },
    /** Shows the local errors; true when there were none and the form may be sent. */
    validate(check: (values: FormValues<F>) => Partial<Record<F, MessageKey>>): boolean {
      const messages: Partial<Record<F, string>> = {};
      for (const [field, key] of Object.entries(check(values)) as [F, MessageKey][]) {
        messages[field] = t(key);
      }
      setLocalErrors(messages);
      setRebased(false);
      const valid = Object.keys(messages).length === 0;
      if (!valid) setFocusRequest((count) => count + 1);
      return valid;
    },
    /** After a refused save: the conflict, if it was one, and the focus to the first bad field. */
    onSaveError(error: unknown) {
      setFocusRequest((count) => count + 1);
      if (!isApiError(error) || error.status !== 409) return;
      const current = parseCurrent(error.current);
      if (current !== null) setConflict(current);
    },
    reloadKeepingMine() {
      if (conflict === null) return;
      const saved = toValues(conflict);
      setValues(rebaseOnSaved(fields, base.values, values, saved));
      setBase({ values: saved, version: versionOf(conflict) });
      setConflict(null);
      setRebased(true);
    },
  };
}
