import { describe, expect, it } from 'vitest';
import { formatWhen, isOverdue } from './activity-format';

const helsinki = { timeZone: 'Europe/Helsinki', locale: 'en-GB' };
// Intl may separate ranges with thin or no-break spaces depending on the ICU version.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

const todo = { kind: 'todo' as const, startAt: null, endAt: null, allDay: false, isDone: false };
const entry = { kind: 'calendar' as const, dueAt: null, isDone: false };

describe('formatWhen', () => {
  it('shows a to-do as due, with the time unless it is due on a date only', () => {
    expect(formatWhen({ ...todo, dueAt: '2026-12-08T08:30:00Z' }, helsinki)).toBe(
      'Due 8 Dec 2026, 10:30',
    );
    // Midnight on the user's clock is "the date, no time".
    expect(formatWhen({ ...todo, dueAt: '2026-12-07T22:00:00Z' }, helsinki)).toBe('Due 8 Dec 2026');
    expect(formatWhen({ ...todo, dueAt: null }, helsinki)).toBe('No due date');
  });

  it('shows a calendar entry from start to end in the time zone', () => {
    const sameDay = formatWhen(
      { ...entry, allDay: false, startAt: '2026-12-08T08:00:00Z', endAt: '2026-12-08T09:00:00Z' },
      helsinki,
    );
    expect(plain(sameDay)).toMatch(/^8 Dec 2026, 10:00 ?– ?11:00$/);
    const twoDays = formatWhen(
      { ...entry, allDay: false, startAt: '2026-12-08T08:00:00Z', endAt: '2026-12-09T15:00:00Z' },
      helsinki,
    );
    expect(plain(twoDays)).toMatch(/^8 Dec 2026, 10:00 ?– ?9 Dec 2026, 17:00$/);
  });

  it('shows all-day entries as their days, whatever the time zone', () => {
    const days = {
      ...entry,
      allDay: true,
      startAt: '2026-12-08T00:00:00Z',
      endAt: '2026-12-10T00:00:00Z',
    };
    expect(plain(formatWhen(days, helsinki))).toMatch(/^8 ?– ?10 Dec 2026 \(all day\)$/);
    expect(plain(formatWhen(days, { ...helsinki, timeZone: 'America/Los_Angeles' }))).toMatch(
      /^8 ?– ?10 Dec 2026 \(all day\)$/,
    );
    const oneDay = { ...days, endAt: '2026-12-08T00:00:00Z' };
    expect(formatWhen(oneDay, helsinki)).toBe('8 Dec 2026 (all day)');
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-12-08T12:00:00Z'); // 14:00 in Helsinki

  it('flags a planned to-do past its due time', () => {
    expect(isOverdue({ ...todo, dueAt: '2026-12-08T11:00:00Z' }, now, 'Europe/Helsinki')).toBe(
      true,
    );
    expect(isOverdue({ ...todo, dueAt: '2026-12-08T13:00:00Z' }, now, 'Europe/Helsinki')).toBe(
      false,
    );
  });

  it('keeps a to-do due today (date only) on time until the day is over', () => {
    const today = { ...todo, dueAt: '2026-12-07T22:00:00Z' }; // 8 Dec, no time
    expect(isOverdue(today, now, 'Europe/Helsinki')).toBe(false);
    const yesterday = { ...todo, dueAt: '2026-12-06T22:00:00Z' };
    expect(isOverdue(yesterday, now, 'Europe/Helsinki')).toBe(true);
  });

  it('never flags done to-dos, to-dos without a due date or calendar entries', () => {
    expect(
      isOverdue({ ...todo, isDone: true, dueAt: '2026-12-01T11:00:00Z' }, now, 'Europe/Helsinki'),
    ).toBe(false);
    expect(isOverdue({ ...todo, dueAt: null }, now, 'Europe/Helsinki')).toBe(false);
    expect(
      isOverdue(
        { ...entry, allDay: false, startAt: '2026-12-01T08:00:00Z', endAt: '2026-12-01T09:00:00Z' },
        now,
        'Europe/Helsinki',
      ),
    ).toBe(false);
  });
});
