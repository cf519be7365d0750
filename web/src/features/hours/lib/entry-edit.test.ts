import { describe, expect, it } from 'vitest';
import type { HourEntry } from '../api/hour-schema';
import { canChangeEntry, entryFieldOf, entryToValues, planEntryPatch } from './entry-edit';

const entry: HourEntry = {
  id: 7,
  userId: 3,
  userName: 'Anna',
  projectId: 40,
  projectName: 'ERP roll-out',
  workTypeId: 1,
  workTypeName: 'Consulting',
  date: '2026-12-01',
  minutes: 90,
  description: 'Workshop',
  billable: true,
  unitPrice: { amount: 12_000, currency: 'EUR' },
  unitCost: null,
  invoiceId: null,
  version: 4,
};

describe('hour entry edit', () => {
  it('shows the entry with hours as they can be typed back', () => {
    expect(entryToValues(entry)).toEqual({
      date: '2026-12-01',
      hours: '1.5',
      workTypeId: '1',
      description: 'Workshop',
      billable: 'true',
    });
    expect(entryToValues({ ...entry, minutes: 20 }).hours).toBe('0:20');
  });

  it.each(['1.5', '1,5', '1:30'])('reads %s as 90 minutes and sends only what changed', (hours) => {
    const values = { ...entryToValues(entry), hours, description: 'Workshop ' };
    expect(planEntryPatch(entry, values, 4)).toEqual({ ok: true, patch: { version: 4 } });
  });

  it('sends the changed fields with the version read', () => {
    const values = {
      date: '2026-12-02',
      hours: '2:15',
      workTypeId: '3',
      description: '  Design review ',
      billable: 'false',
    };
    expect(planEntryPatch(entry, values, 5)).toEqual({
      ok: true,
      patch: {
        version: 5,
        date: '2026-12-02',
        minutes: 135,
        workTypeId: 3,
        description: 'Design review',
        billable: false,
      },
    });
  });

  it('refuses blank, zero, negative, too long and unreadable hours', () => {
    const plan = (hours: string) => planEntryPatch(entry, { ...entryToValues(entry), hours }, 4);
    expect(plan('')).toEqual({ ok: false, errors: { hours: 'entryEdit.validation.hours' } });
    expect(plan('0')).toEqual({ ok: false, errors: { hours: 'entryEdit.validation.hours' } });
    expect(plan('-1')).toEqual({ ok: false, errors: { hours: 'hours.cell.negative' } });
    expect(plan('25')).toEqual({ ok: false, errors: { hours: 'hours.cell.tooLong' } });
    expect(plan('1:75')).toEqual({ ok: false, errors: { hours: 'hours.cell.invalid' } });
  });

  it('refuses a missing date, no work type and a description over 2,000 characters', () => {
    const values = {
      ...entryToValues(entry),
      date: '',
      workTypeId: '',
      description: 'x'.repeat(2001),
    };
    expect(planEntryPatch(entry, values, 4)).toEqual({
      ok: false,
      errors: {
        date: 'entryEdit.validation.date',
        workTypeId: 'entryEdit.validation.workType',
        description: 'entryEdit.validation.description',
      },
    });
  });

  it('places the server’s minutes error at the hours field', () => {
    expect(entryFieldOf('minutes')).toBe('hours');
    expect(entryFieldOf('workTypeId')).toBe('workTypeId');
    expect(entryFieldOf('userId')).toBeNull();
  });
});

describe('who may change an hour entry', () => {
  const own = { userId: 3, financialsEdit: false, ownProject: true, projectClosed: false };

  it('lets anyone with financials edit change any entry that is not invoiced', () => {
    const manager = { ...own, userId: 9, ownProject: false, projectClosed: true };
    expect(canChangeEntry(entry, { ...manager, financialsEdit: true })).toBe(true);
    expect(canChangeEntry({ ...entry, invoiceId: 12 }, { ...manager, financialsEdit: true })).toBe(
      false,
    );
  });

  it('lets others change only their own entries on their own open projects', () => {
    expect(canChangeEntry(entry, own)).toBe(true);
    expect(canChangeEntry({ ...entry, userId: 5 }, own)).toBe(false);
    expect(canChangeEntry(entry, { ...own, ownProject: false })).toBe(false);
    expect(canChangeEntry(entry, { ...own, projectClosed: true })).toBe(false);
    expect(canChangeEntry({ ...entry, invoiceId: 12 }, own)).toBe(false);
  });
});
