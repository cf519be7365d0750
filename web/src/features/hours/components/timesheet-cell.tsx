import { useRef, useState, type KeyboardEvent } from 'react';
import { formatMinutesAsHours, parseHoursInput, type HoursInputError } from '@/lib/hours';
import { t, type MessageKey } from '@/lib/i18n';
import type { CellEntry } from '../api/hour-schema';
import type { CellChange } from '../api/save-timesheet-cell';
import { cellMinutes, isCellLocked, planCellSave } from '../lib/timesheet-model';

const inputErrors: Record<HoursInputError, MessageKey> = {
  invalid: 'hours.cell.invalid',
  negative: 'hours.cell.negative',
  tooLong: 'hours.cell.tooLong',
};

/** Where the keyboard wants to go from a cell. */
export type CellMove = 'up' | 'down' | 'left' | 'right' | 'down-after-enter';

interface TimesheetCellProps {
  label: string;
  entries: CellEntry[];
  row: number;
  column: number;
  /** The last refused save of this cell, from the server. */
  serverError: string | null;
  onSave: (change: CellChange) => void;
  onMove: (move: CellMove) => void;
  onDescribe: () => void;
  onEdit: () => void;
}

/**
 * One day of one row: hours typed as 1.5, 1,5 or 1:30, saved on leaving the cell or on Enter.
 * Arrows move between cells (left and right once the caret is at the edge), Enter saves and
 * moves down, Escape puts back the saved value, Shift+Enter opens the description.
 */
export function TimesheetCell(props: TimesheetCellProps) {
  const { label, entries, row, column, serverError, onSave, onMove, onDescribe, onEdit } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const minutes = cellMinutes(entries);
  const saved = minutes > 0 ? formatMinutesAsHours(minutes) : '';
  const locked = isCellLocked(entries);
  const error = localError ?? serverError;
  const errorId = `timesheet-cell-${row}-${column}-error`;

  function change(value: string | null) {
    draftRef.current = value;
    setDraft(value);
  }

  /** Saves what was typed; false when it is not hours (the text stays for correcting). */
  function commit(): boolean {
    const text = draftRef.current;
    if (text === null) return true;
    const parsed = parseHoursInput(text);
    if (!parsed.ok) {
      setLocalError(t(inputErrors[parsed.error]));
      return false;
    }
    const plan = planCellSave(entries, parsed.minutes);
    change(null);
    if (plan.kind === 'create') onSave({ kind: 'create', minutes: plan.minutes });
    if (plan.kind === 'update')
      onSave({ kind: 'update', entry: plan.entry, minutes: plan.minutes });
    if (plan.kind === 'delete') onSave({ kind: 'delete', entry: plan.entry });
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd =
      input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      if (commit()) onDescribe();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) onMove('down-after-enter');
    } else if (event.key === 'Escape') {
      change(null);
      setLocalError(null);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? 'up' : 'down');
    } else if (event.key === 'ArrowLeft' && atStart) {
      event.preventDefault();
      onMove('left');
    } else if (event.key === 'ArrowRight' && atEnd) {
      event.preventDefault();
      onMove('right');
    }
  }

  const description = entries.length === 1 ? (entries[0]?.description ?? '') : '';
  return (
    <div className={`timesheet__cell${error ? ' timesheet__cell--invalid' : ''}`}>
      <input
        className="input timesheet__input"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-cell={`${row}:${column}`}
        readOnly={locked}
        title={locked ? t('hours.cell.locked') : description || undefined}
        value={draft ?? saved}
        onChange={(event) => {
          change(event.target.value);
          setLocalError(null);
          onEdit();
        }}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className={`timesheet__describe${description ? ' timesheet__describe--filled' : ''}`}
        tabIndex={-1}
        disabled={entries.length !== 1 || locked}
        aria-label={t('hours.cell.describe', { cell: label })}
        onClick={onDescribe}
      >
        <span aria-hidden="true">✎</span>
      </button>
      {error ? (
        <span className="timesheet__cell-error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
