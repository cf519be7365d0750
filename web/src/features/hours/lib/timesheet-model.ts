import type { CellEntry, Timesheet, TimesheetRow } from '../api/hour-schema';

/** What identifies a timesheet row: a project and a work type. */
export interface RowIdentity {
  projectId: number;
  projectName: string;
  customerName: string | null;
  workTypeId: number;
  workTypeName: string;
}

export function rowKey(row: Pick<RowIdentity, 'projectId' | 'workTypeId'>): string {
  return `${row.projectId}:${row.workTypeId}`;
}

/** A row as the grid shows it: its identity and the entries behind each day's cell. */
export interface GridRow extends RowIdentity {
  key: string;
  /** Date → the entries of that day (usually one, none for an empty cell). */
  cells: Record<string, CellEntry[]>;
}

function identityOf(row: TimesheetRow): RowIdentity {
  const { projectId, projectName, customerName, workTypeId, workTypeName } = row;
  return { projectId, projectName, customerName, workTypeId, workTypeName };
}

/** The server's rows, then rows the user added this week (or copied) that have no hours yet. */
export function buildGridRows(timesheet: Timesheet, addedRows: readonly RowIdentity[]): GridRow[] {
  const rows: GridRow[] = timesheet.rows.map((row) => ({
    ...identityOf(row),
    key: rowKey(row),
    cells: Object.fromEntries(row.cells.map((cell) => [cell.date, cell.entries])),
  }));
  const keys = new Set(rows.map((row) => row.key));
  for (const added of addedRows) {
    const key = rowKey(added);
    if (keys.has(key)) continue;
    keys.add(key);
    rows.push({ ...added, key, cells: {} });
  }
  return rows;
}

export function cellMinutes(entries: readonly CellEntry[] | undefined): number {
  return (entries ?? []).reduce((sum, entry) => sum + entry.minutes, 0);
}

export function rowTotal(row: GridRow): number {
  return Object.values(row.cells).reduce((sum, entries) => sum + cellMinutes(entries), 0);
}

export function dayTotal(rows: readonly GridRow[], date: string): number {
  return rows.reduce((sum, row) => sum + cellMinutes(row.cells[date]), 0);
}

export function weekTotal(rows: readonly GridRow[]): number {
  return rows.reduce((sum, row) => sum + rowTotal(row), 0);
}

/** What saving a typed value into a cell means for the entries behind it. */
export type CellSave =
  | { kind: 'none' }
  | { kind: 'create'; minutes: number }
  | { kind: 'update'; entry: CellEntry; minutes: number }
  | { kind: 'delete'; entry: CellEntry }
  /** Several entries (or an invoiced one) behind the cell: edited in the project's Hours list. */
  | { kind: 'locked' };

/** Several entries, or an invoiced one, cannot be edited as one number. */
export function isCellLocked(entries: readonly CellEntry[]): boolean {
  return entries.length > 1 || entries.some((entry) => entry.invoiced);
}

export function planCellSave(entries: readonly CellEntry[], minutes: number | null): CellSave {
  const wanted = minutes ?? 0;
  const [entry] = entries;
  if (isCellLocked(entries)) return { kind: 'locked' };
  if (!entry) return wanted === 0 ? { kind: 'none' } : { kind: 'create', minutes: wanted };
  if (wanted === 0) return { kind: 'delete', entry };
  if (wanted === entry.minutes) return { kind: 'none' };
  return { kind: 'update', entry, minutes: wanted };
}

/**
 * The timesheet with one cell's entries replaced, every other cell untouched: an optimistic save
 * or its rollback never disturbs another cell. A row that is not there yet is added.
 */
export function withCellEntries(
  timesheet: Timesheet,
  identity: RowIdentity,
  date: string,
  entries: CellEntry[],
): Timesheet {
  const key = rowKey(identity);
  const cell = { date, minutes: cellMinutes(entries), entries };
  const existing = timesheet.rows.find((row) => rowKey(row) === key);
  if (!existing) {
    return { ...timesheet, rows: [...timesheet.rows, { ...identity, cells: [cell] }] };
  }
  const cells = existing.cells.some((c) => c.date === date)
    ? existing.cells.map((c) => (c.date === date ? cell : c))
    : [...existing.cells, cell];
  return {
    ...timesheet,
    rows: timesheet.rows.map((row) => (row === existing ? { ...row, cells } : row)),
  };
}

/** The rows of last week to add to this one ("copy last week's rows"), without their hours. */
export function rowsToCopy(previous: Timesheet, current: readonly GridRow[]): RowIdentity[] {
  const present = new Set(current.map((row) => row.key));
  return previous.rows.filter((row) => !present.has(rowKey(row))).map(identityOf);
}
