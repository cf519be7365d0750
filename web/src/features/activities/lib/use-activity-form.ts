import { useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-error';
import { t, type MessageKey } from '@/lib/i18n';
import { activitySchema, type Activity } from '../api/activity-schema';
import {
  rebaseActivityForm,
  toActivityFormValues,
  type ActivityFormField,
  type ActivityFormValues,
} from './activity-form';

type Errors = Partial<Record<ActivityFormField, string>>;

/**
 * The state of the activity dialog's form: what the user started from (a save is checked against
 * that version), what they typed, local errors, and a stale-version conflict with "load their
 * version and keep my changes" (the same pattern as contacts). After a refused save the focus goes
 * to the first invalid field.
 */
export function useActivityForm(initial: ActivityFormValues, version: number | null) {
  const [base, setBase] = useState({ values: initial, version });
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<Activity | null>(null);
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
    onChange(field: ActivityFormField, value: string) {
      setValues((previous) => ({ ...previous, [field]: value }));
      setLocalErrors((previous) => ({ ...previous, [field]: undefined }));
    },
    /** Replaces several fields at once (e.g. "all day" with the times it needs). */
    setAll(next: ActivityFormValues) {
      setValues(next);
    },
    /** Shows the local errors; true when there were none and the form may be sent. */
    validate(errors: Partial<Record<ActivityFormField, MessageKey>>): boolean {
      const messages: Errors = {};
      for (const [field, key] of Object.entries(errors) as [ActivityFormField, MessageKey][]) {
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
      const current = activitySchema.safeParse(error.current);
      if (current.success) setConflict(current.data);
    },
    reloadKeepingMine() {
      if (conflict === null) return;
      const saved = toActivityFormValues(conflict);
      setValues(rebaseActivityForm(base.values, values, saved));
      setBase({ values: saved, version: conflict.version });
      setConflict(null);
      setRebased(true);
    },
  };
}
