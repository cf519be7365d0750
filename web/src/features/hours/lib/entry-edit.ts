import { formatMinutesAsHours, parseHoursInput } from '@/lib/hours';
import type { MessageKey } from '@/lib/i18n';
import type { HourEntry } from '../api/hour-schema';
import type { HourEntryPatch } from '../api/save-hour-entry';

/** The longest description an entry may have (docs/api.md, Hour entries). */
export const maxEntryDescriptionLength = 2000;

export const entryFields = ['date', 'hours', 'workTypeId', 'description', 'billable'] as const;
export type EntryField = (typeof entryFields)[number];
export type EntryFormValues = Record<EntryField, string>;

/** An API field name of a 422 (`minutes`) → the form's field showing it. */
export function entryFieldOf(apiField: string): EntryField | null {
  if (apiField === 'minutes') return 'hours';
  return (entryFields as readonly string[]).includes(apiField) ? (apiField as EntryField) : null;
}

/** A saved entry as the form shows it: hours as typed back ("1.5", "0:20"). */
export function entryToValues(entry: HourEntry): EntryFormValues {
  return {
    date: entry.date,
    hours: formatMinutesAsHours(entry.minutes),
    workTypeId: String(entry.workTypeId),
    description: entry.description,
    billable: String(entry.billable),
  };
}

export type EntryPlan =
  | { ok: true; patch: HourEntryPatch }
  | { ok: false; errors: Partial<Record<EntryField, MessageKey>> };

const hourErrors = {
  invalid: 'hours.cell.invalid',
  negative: 'hours.cell.negative',
  tooLong: 'hours.cell.tooLong',
} as const satisfies Record<string, MessageKey>;

/**
 * The PATCH of an edited entry: only the fields that changed, with the version read. Hours are
 * typed as `1.5`, `1,5` or `1:30` (the timesheet's parser) and sent as integer minutes.
 */
export function planEntryPatch(
  entry: HourEntry,
  values: EntryFormValues,
  version: number,
): EntryPlan {
  const errors: Partial<Record<EntryField, MessageKey>> = {};
  const hours = parseHoursInput(values.hours);
  if (!hours.ok) errors.hours = hourErrors[hours.error];
  else if (hours.minutes === null || hours.minutes === 0)
    errors.hours = 'entryEdit.validation.hours';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'entryEdit.validation.date';
  if (!/^\d+$/.test(values.workTypeId)) errors.workTypeId = 'entryEdit.validation.workType';
  const description = values.description.trim();
  if ([...description].length > maxEntryDescriptionLength) {
    errors.description = 'entryEdit.validation.description';
  }
  if (Object.keys(errors).length > 0 || !hours.ok) return { ok: false, errors };

  const patch: HourEntryPatch = { version };
  if (values.date !== entry.date) patch.date = values.date;
  if (hours.minutes !== entry.minutes && hours.minutes !== null) patch.minutes = hours.minutes;
  if (Number(values.workTypeId) !== entry.workTypeId) patch.workTypeId = Number(values.workTypeId);
  if (description !== entry.description.trim()) patch.description = description;
  if ((values.billable === 'true') !== entry.billable) patch.billable = values.billable === 'true';
  return { ok: true, patch };
}

/** Who may change an entry, as the server decides it (it checks again). */
export interface EntryRights {
  userId: number;
  /** Financials edit on the project: anyone's entries, also on a closed project. */
  financialsEdit: boolean;
  /** The user owns, sells or is a member of the project. */
  ownProject: boolean;
  projectClosed: boolean;
}

/** Whether to offer Edit and Delete: never for invoiced entries, which are locked. */
export function canChangeEntry(
  entry: Pick<HourEntry, 'userId' | 'invoiceId'>,
  rights: EntryRights,
): boolean {
  if (entry.invoiceId !== null) return false;
  if (rights.financialsEdit) return true;
  return entry.userId === rights.userId && rights.ownProject && !rights.projectClosed;
}
