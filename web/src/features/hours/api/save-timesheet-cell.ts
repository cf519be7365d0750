import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import type { RowIdentity } from '../lib/timesheet-model';
import { withCellEntries } from '../lib/timesheet-model';
import { hourEntrySchema, hourKeys, type CellEntry, type Timesheet } from './hour-schema';
import { createHourEntry, deleteHourEntry, updateHourEntry } from './save-hour-entry';

/** One cell's change: its entry created, changed (minutes or description) or deleted. */
export type CellChange =
  | { kind: 'create'; minutes: number; description?: string }
  | { kind: 'update'; entry: CellEntry; minutes?: number; description?: string }
  | { kind: 'delete'; entry: CellEntry };

export interface CellSaveVariables {
  identity: RowIdentity;
  date: string;
  change: CellChange;
}

function toCellEntry(entry: {
  id: number;
  version: number;
  minutes: number;
  description: string;
  invoiceId: number | null;
}): CellEntry {
  const { id, version, minutes, description, invoiceId } = entry;
  return { id, version, minutes, description, invoiced: invoiceId !== null };
}

async function saveCell({ identity, date, change }: CellSaveVariables): Promise<CellEntry[]> {
  switch (change.kind) {
    case 'create': {
      const saved = await createHourEntry({
        projectId: identity.projectId,
        workTypeId: identity.workTypeId,
        date,
        minutes: change.minutes,
        description: change.description ?? '',
      });
      return [toCellEntry(saved)];
    }
    case 'update': {
      const saved = await updateHourEntry(change.entry.id, {
        version: change.entry.version,
        minutes: change.minutes,
        description: change.description,
      });
      return [toCellEntry(saved)];
    }
    case 'delete':
      await deleteHourEntry(change.entry.id);
      return [];
  }
}

/** What the cell shows while its save is on the way. */
function optimisticEntries(change: CellChange): CellEntry[] {
  switch (change.kind) {
    case 'create':
      return [
        {
          id: -1,
          version: 0,
          minutes: change.minutes,
          description: change.description ?? '',
          invoiced: false,
        },
      ];
    case 'update':
      return [
        {
          ...change.entry,
          minutes: change.minutes ?? change.entry.minutes,
          description: change.description ?? change.entry.description,
        },
      ];
    case 'delete':
      return [];
  }
}

function entriesOf(timesheet: Timesheet | undefined, identity: RowIdentity, date: string) {
  const row = timesheet?.rows.find(
    (r) => r.projectId === identity.projectId && r.workTypeId === identity.workTypeId,
  );
  return row?.cells.find((cell) => cell.date === date)?.entries ?? [];
}

/**
 * Saves one timesheet cell on its own, optimistically, with the version of its entry. A refused
 * save puts back only that cell (or, on a stale version, the entry as it is now); every other
 * cell, saved or on its way, keeps what the user typed.
 */
export function useSaveTimesheetCell(week: string) {
  const queryClient = useQueryClient();
  const key = hourKeys.timesheet(week);
  const setCell = (identity: RowIdentity, date: string, entries: CellEntry[]) =>
    queryClient.setQueryData<Timesheet>(key, (current) =>
      current ? withCellEntries(current, identity, date, entries) : current,
    );

  return useMutation({
    mutationKey: hourKeys.save,
    mutationFn: saveCell,
    meta: { errorHandling: 'inline' },
    onMutate: async ({ identity, date, change }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = entriesOf(queryClient.getQueryData<Timesheet>(key), identity, date);
      setCell(identity, date, optimisticEntries(change));
      return { previous };
    },
    onError: (error, { identity, date }, context) => {
      const current = isApiError(error) && error.status === 409 ? error.current : undefined;
      const parsed = hourEntrySchema.safeParse(current);
      setCell(
        identity,
        date,
        parsed.success ? [toCellEntry(parsed.data)] : (context?.previous ?? []),
      );
    },
    onSuccess: (entries, { identity, date }) => setCell(identity, date, entries),
    onSettled: () => {
      // Read the week again only once no other cell is saving, so no answer overtakes an edit.
      if (queryClient.isMutating({ mutationKey: hourKeys.save }) > 1) return;
      void queryClient.invalidateQueries({ queryKey: hourKeys.all });
    },
  });
}
