import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { formatDate, t } from '@/lib/i18n';
import { timesheetQuery, useTimesheet } from '../api/get-timesheet';
import { useSaveTimesheetCell, type CellChange } from '../api/save-timesheet-cell';
import { daysOfWeek, isWeek, localToday, shiftWeek, weekOfDate } from '../lib/iso-week';
import { buildGridRows, rowsToCopy, type GridRow, type RowIdentity } from '../lib/timesheet-model';
import { AddTimesheetRow } from './add-timesheet-row';
import { EntryDescriptionDialog } from './entry-description-dialog';
import { cellErrorKey, TimesheetGrid } from './timesheet-grid';

interface MyHoursPageProps {
  userId: number;
  /** Financials edit for everyone: hours on any open project. */
  anyProject: boolean;
}

/** A refused cell save, said in the cell: the server's field message where it gave one. */
function cellErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const fields = error.fieldMessages();
    const first = fields.minutes ?? fields.date ?? Object.values(fields)[0];
    if (first) return first;
    if (error.status === 409) return t('hours.cell.conflict', { message: error.message });
  }
  return describeError(error);
}

/** `/me/hours`: the signed-in user's week, a cell per project, work type and day. */
export function MyHoursPage({ userId, anyProject }: MyHoursPageProps) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('week');
  const week = isWeek(requested) ? requested : weekOfDate(localToday());
  const days = daysOfWeek(week);
  const timesheet = useTimesheet(week);
  const save = useSaveTimesheetCell(week);
  const queryClient = useQueryClient();
  const [addedRows, setAddedRows] = useState<Record<string, RowIdentity[]>>({});
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [describing, setDescribing] = useState<{ rowKey: string; date: string } | null>(null);
  const [copying, setCopying] = useState(false);
  const rows = timesheet.data ? buildGridRows(timesheet.data, addedRows[week] ?? []) : [];

  useEffect(() => {
    document.title = `${t('hours.title')} · ${t('app.name')}`;
  }, []);

  function goTo(target: string) {
    setParams({ week: target });
    setCellErrors({});
  }

  function saveCell(row: GridRow, date: string, change: CellChange) {
    const key = cellErrorKey(row, date);
    save.mutate(
      { identity: row, date, change },
      {
        onError: (error) => {
          const message = cellErrorMessage(error);
          setCellErrors((current) => ({ ...current, [key]: message }));
          notify(
            t('hours.cell.notSaved', { cell: `${row.projectName} ${formatDate(date)}`, message }),
            'error',
          );
        },
      },
    );
  }

  function clearError(row: GridRow, date: string) {
    const key = cellErrorKey(row, date);
    setCellErrors((current) => {
      if (!(key in current)) return current;
      return Object.fromEntries(Object.entries(current).filter(([other]) => other !== key));
    });
  }

  function addRows(identities: RowIdentity[]) {
    setAddedRows((current) => ({ ...current, [week]: [...(current[week] ?? []), ...identities] }));
  }

  async function copyLastWeek() {
    setCopying(true);
    try {
      const previous = await queryClient.fetchQuery(timesheetQuery(shiftWeek(week, -1)));
      const copied = rowsToCopy(previous, rows);
      if (copied.length === 0) notify(t('hours.copy.nothing'), 'info');
      else {
        addRows(copied);
        notify(t('hours.copy.done', { count: copied.length }), 'success');
      }
    } catch (error) {
      notify(describeError(error), 'error');
    } finally {
      setCopying(false);
    }
  }

  const describedRow = describing ? rows.find((row) => row.key === describing.rowKey) : undefined;
  const describedEntry = describing ? describedRow?.cells[describing.date]?.[0] : undefined;
  return (
    <div className="page">
      <h1 className="page__title">{t('hours.title')}</h1>
      <div className="timesheet-toolbar">
        <Button onClick={() => goTo(shiftWeek(week, -1))}>{t('hours.week.previous')}</Button>
        <h2 className="timesheet-toolbar__week" aria-live="polite">
          {t('hours.week.label', {
            week: Number(week.slice(6)),
            from: formatDate(days[0]),
            to: formatDate(days[6]),
          })}
        </h2>
        <Button onClick={() => goTo(shiftWeek(week, 1))}>{t('hours.week.next')}</Button>
        <Button variant="ghost" onClick={() => goTo(weekOfDate(localToday()))}>
          {t('hours.week.current')}
        </Button>
        <Button disabled={copying || !timesheet.data} onClick={() => void copyLastWeek()}>
          {copying ? t('hours.copy.copying') : t('hours.copy.button')}
        </Button>
      </div>
      <p className="timesheet-help" id="timesheet-help">
        {t('hours.help')}
      </p>
      {timesheet.isPending ? <LoadingState label={t('hours.loading')} /> : null}
      {timesheet.isError ? (
        <ErrorState
          title={t('hours.error')}
          error={timesheet.error}
          onRetry={() => void timesheet.refetch()}
        />
      ) : null}
      {timesheet.data && rows.length === 0 ? (
        <EmptyState title={t('hours.empty.title')} body={t('hours.empty.body')} />
      ) : null}
      {rows.length > 0 ? (
        <TimesheetGrid
          week={week}
          days={days}
          rows={rows}
          cellErrors={cellErrors}
          onSave={saveCell}
          onEditCell={clearError}
          onDescribe={(row, date) => setDescribing({ rowKey: row.key, date })}
        />
      ) : null}
      {timesheet.data ? (
        <AddTimesheetRow userId={userId} anyProject={anyProject} onAdd={(row) => addRows([row])} />
      ) : null}
      <EntryDescriptionDialog
        cellLabel={
          describing && describedRow
            ? `${describedRow.projectName} · ${describedRow.workTypeName}, ${formatDate(describing.date)}`
            : null
        }
        description={describedEntry?.description ?? ''}
        onClose={() => setDescribing(null)}
        onSave={(description) => {
          if (!describing || !describedRow || !describedEntry) return;
          saveCell(describedRow, describing.date, {
            kind: 'update',
            entry: describedEntry,
            description,
          });
        }}
      />
    </div>
  );
}
