import { useRef } from 'react';
import { formatDate, getIntlTag, t } from '@/lib/i18n';
import { formatMinutesAsHours } from '@/lib/hours';
import type { CellChange } from '../api/save-timesheet-cell';
import { dayTotal, rowTotal, weekTotal, type GridRow } from '../lib/timesheet-model';
import { TimesheetCell, type CellMove } from './timesheet-cell';

interface TimesheetGridProps {
  week: string;
  days: string[];
  rows: GridRow[];
  cellErrors: Record<string, string>;
  onSave: (row: GridRow, date: string, change: CellChange) => void;
  onDescribe: (row: GridRow, date: string) => void;
  onEditCell: (row: GridRow, date: string) => void;
}

export function cellErrorKey(row: GridRow, date: string): string {
  return `${row.key}|${date}`;
}

function weekday(date: string, style: 'short' | 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(getIntlTag(), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

function total(minutes: number): string {
  return minutes === 0 ? '–' : formatMinutesAsHours(minutes);
}

/** The week as a table: a row per project and work type, a column per day, totals at the edges. */
export function TimesheetGrid(props: TimesheetGridProps) {
  const { week, days, rows, cellErrors, onSave, onDescribe, onEditCell } = props;
  const tableRef = useRef<HTMLTableElement>(null);

  function focusCell(row: number, column: number) {
    const target = tableRef.current?.querySelector<HTMLInputElement>(
      `[data-cell="${row}:${column}"]`,
    );
    target?.focus();
  }

  function move(row: number, column: number, direction: CellMove) {
    if (direction === 'up') focusCell(row - 1, column);
    if (direction === 'down' || direction === 'down-after-enter') focusCell(row + 1, column);
    if (direction === 'left') focusCell(row, column - 1);
    if (direction === 'right') focusCell(row, column + 1);
  }

  return (
    <div className="table-wrap">
      <table className="table timesheet" ref={tableRef}>
        <caption className="visually-hidden">{t('hours.grid.caption', { week })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hours.grid.row')}</th>
            {days.map((date) => (
              <th key={date} scope="col" className="table__number">
                <abbr title={`${weekday(date, 'long')} ${formatDate(date)}`}>
                  {weekday(date, 'short')}
                </abbr>{' '}
                <span className="timesheet__date">
                  {date.slice(8)}.{date.slice(5, 7)}.
                </span>
              </th>
            ))}
            <th scope="col" className="table__number">
              {t('hours.grid.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const rowName = `${row.projectName} · ${row.workTypeName}`;
            return (
              <tr key={row.key}>
                <th scope="row" className="timesheet__row-head">
                  <span className="timesheet__project">{row.projectName}</span>
                  {row.customerName ? (
                    <span className="timesheet__customer">{row.customerName}</span>
                  ) : null}
                  <span className="timesheet__work-type">{row.workTypeName}</span>
                </th>
                {days.map((date, column) => (
                  <td key={date}>
                    <TimesheetCell
                      label={t('hours.cell.label', {
                        row: rowName,
                        day: `${weekday(date, 'long')} ${formatDate(date)}`,
                      })}
                      entries={row.cells[date] ?? []}
                      row={rowIndex}
                      column={column}
                      serverError={cellErrors[cellErrorKey(row, date)] ?? null}
                      onSave={(change) => onSave(row, date, change)}
                      onMove={(direction) => move(rowIndex, column, direction)}
                      onDescribe={() => onDescribe(row, date)}
                      onEdit={() => onEditCell(row, date)}
                    />
                  </td>
                ))}
                <td
                  className="table__number"
                  aria-label={t('hours.grid.rowTotal', { row: rowName })}
                >
                  {total(rowTotal(row))}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('hours.grid.dayTotals')}</th>
            {days.map((date) => (
              <td
                key={date}
                className="table__number"
                aria-label={t('hours.grid.dayTotal', { day: weekday(date, 'long') })}
              >
                {total(dayTotal(rows, date))}
              </td>
            ))}
            <td
              className="table__number timesheet__week-total"
              aria-label={t('hours.grid.weekTotal')}
            >
              {total(weekTotal(rows))}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
