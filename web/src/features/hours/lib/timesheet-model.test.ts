import { describe, expect, it } from 'vitest';
import type { CellEntry, Timesheet } from '../api/hour-schema';
import {
  buildGridRows,
  dayTotal,
  planCellSave,
  rowTotal,
  rowsToCopy,
  weekTotal,
  withCellEntries,
} from './timesheet-model';

function entry(id: number, minutes: number, overrides: Partial<CellEntry> = {}): CellEntry {
  return { id, version: 1, minutes, description: '', invoiced: false, ...overrides };
}

const identity = {
  projectId: 1,
  projectName: 'Intranet',
  customerName: 'Acme',
  workTypeId: 7,
  workTypeName: 'Design',
};

const timesheet: Timesheet = {
  week: '2026-W49',
  rows: [
    {
      ...identity,
      cells: [
        { date: '2026-11-30', minutes: 90, entries: [entry(1, 90)] },
        { date: '2026-12-01', minutes: 60, entries: [entry(2, 60)] },
      ],
    },
    {
      ...identity,
      workTypeId: 8,
      workTypeName: 'Travel',
      cells: [{ date: '2026-11-30', minutes: 30, entries: [entry(3, 30)] }],
    },
  ],
};

describe('timesheet grid', () => {
  it('adds rows the user picked after the server rows, without duplicates', () => {
    const rows = buildGridRows(timesheet, [
      identity,
      { ...identity, projectId: 2, projectName: 'ERP' },
    ]);
    expect(rows.map((row) => row.key)).toEqual(['1:7', '1:8', '2:7']);
    expect(rows[2]?.cells).toEqual({});
  });

  it('totals rows, days and the week', () => {
    const rows = buildGridRows(timesheet, []);
    expect(rows[0] && rowTotal(rows[0])).toBe(150);
    expect(dayTotal(rows, '2026-11-30')).toBe(120);
    expect(weekTotal(rows)).toBe(180);
  });

  it('plans a cell save as create, update, delete or nothing', () => {
    expect(planCellSave([], 90)).toEqual({ kind: 'create', minutes: 90 });
    expect(planCellSave([], null)).toEqual({ kind: 'none' });
    expect(planCellSave([entry(1, 90)], 90)).toEqual({ kind: 'none' });
    expect(planCellSave([entry(1, 90)], 120)).toMatchObject({ kind: 'update', minutes: 120 });
    expect(planCellSave([entry(1, 90)], null)).toMatchObject({ kind: 'delete' });
    expect(planCellSave([entry(1, 90)], 0)).toMatchObject({ kind: 'delete' });
  });

  it('leaves cells with several or invoiced entries to the Hours list', () => {
    expect(planCellSave([entry(1, 30), entry(2, 30)], 90)).toEqual({ kind: 'locked' });
    expect(planCellSave([entry(1, 30, { invoiced: true })], 90)).toEqual({ kind: 'locked' });
  });

  it('replaces one cell and keeps every other cell', () => {
    const next = withCellEntries(timesheet, identity, '2026-12-01', [
      entry(2, 120, { version: 2 }),
    ]);
    expect(next.rows[0]?.cells).toEqual([
      { date: '2026-11-30', minutes: 90, entries: [entry(1, 90)] },
      { date: '2026-12-01', minutes: 120, entries: [entry(2, 120, { version: 2 })] },
    ]);
    expect(next.rows[1]).toBe(timesheet.rows[1]);
    const added = withCellEntries(timesheet, { ...identity, projectId: 3 }, '2026-12-02', [
      entry(9, 60),
    ]);
    expect(added.rows).toHaveLength(3);
  });

  it('copies last week rows that this week does not have yet', () => {
    const current = buildGridRows({ week: '2026-W50', rows: [] }, [identity]);
    expect(rowsToCopy(timesheet, current)).toEqual([
      { ...identity, workTypeId: 8, workTypeName: 'Travel' },
    ]);
  });
});
