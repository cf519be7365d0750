import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import {
  buildActivityCreateBody,
  buildActivityPatchBody,
  emptyActivityForm,
  formFieldOf,
  localActivityErrors,
  parseParticipants,
  rebaseActivityForm,
  setAllDay,
  splitActivityErrors,
  toActivityFormValues,
  toggleParticipant,
  type ActivityFormValues,
} from './activity-form';
import { testActivity } from './test-activity';

const tz = 'Europe/Helsinki';
const now = new Date('2026-12-08T07:20:00Z');

function form(kind: 'todo' | 'calendar', values: Partial<ActivityFormValues>): ActivityFormValues {
  return { ...emptyActivityForm(kind, { ownerId: 5, now, timeZone: tz }), ...values };
}

describe('activity form: to-dos', () => {
  it('sends a to-do with a due date and time as one instant, and no calendar fields', () => {
    const values = form('todo', {
      typeId: '2',
      name: '  Call Anna ',
      dueDate: '2026-12-10',
      dueTime: '14:30',
      participants: 'contact:77,user:7',
      projectId: '40',
    });
    expect(buildActivityCreateBody('todo', values, 'customer', tz)).toEqual({
      typeId: 2,
      name: 'Call Anna',
      dueAt: '2026-12-10T12:30:00Z',
      ownerId: 5,
      participants: [
        { type: 'contact', id: 77 },
        { type: 'user', id: 7 },
      ],
      projectId: 40,
    });
  });

  it('sends a due date without a time as the start of that day on the user clock', () => {
    const values = form('todo', { typeId: '2', name: 'Send offer', dueDate: '2026-12-10' });
    expect(buildActivityCreateBody('todo', values, 'customer', tz).dueAt).toBe(
      '2026-12-09T22:00:00Z',
    );
    const saved = testActivity({ dueAt: '2026-12-09T22:00:00Z' });
    expect(toActivityFormValues(saved, tz)).toMatchObject({ dueDate: '2026-12-10', dueTime: '' });
  });

  it('leaves the project out on a project card, where it is in the path', () => {
    const values = form('todo', { typeId: '2', name: 'Review', projectId: '40' });
    expect(buildActivityCreateBody('todo', values, 'project', tz)).not.toHaveProperty('projectId');
  });

  it('patches only what changed; a cleared due date is null', () => {
    const saved = testActivity({ dueAt: '2026-12-10T12:30:00Z', description: 'Old' });
    const base = toActivityFormValues(saved, tz);
    expect(buildActivityPatchBody('todo', base, base, tz)).toEqual({});
    const edited = { ...base, dueDate: '', dueTime: '', description: '' };
    expect(buildActivityPatchBody('todo', base, edited, tz)).toEqual({
      dueAt: null,
      description: null,
    });
  });

  it('asks for a date before a due time, and for a type and a name', () => {
    expect(localActivityErrors('todo', form('todo', { dueTime: '10:00' }), tz)).toEqual({
      typeId: 'activity.validation.type',
      name: 'activity.validation.name',
      dueDate: 'activity.validation.dueDateForTime',
    });
  });
});

describe('activity form: calendar entries', () => {
  it('starts a new entry at the next full hour, one hour long', () => {
    expect(form('calendar', {})).toMatchObject({
      startDate: '2026-12-08',
      startTime: '10:00',
      endDate: '2026-12-08',
      endTime: '11:00',
      allDay: '',
      ownerId: '5',
    });
  });

  it('sends a timed entry as UTC instants with allDay false', () => {
    const values = form('calendar', { typeId: '3', name: 'Steering group', location: ' HQ ' });
    expect(buildActivityCreateBody('calendar', values, 'customer', tz)).toEqual({
      typeId: 3,
      name: 'Steering group',
      location: 'HQ',
      startAt: '2026-12-08T08:00:00Z',
      endAt: '2026-12-08T09:00:00Z',
      allDay: false,
      ownerId: 5,
    });
  });

  it('sends all-day entries as the first and the last day at T00:00:00Z, inclusive', () => {
    const values = setAllDay(
      form('calendar', {
        typeId: '3',
        name: 'Trade fair',
        startDate: '2026-12-08',
        endDate: '2026-12-10',
      }),
      true,
    );
    expect(buildActivityCreateBody('calendar', values, 'customer', tz)).toMatchObject({
      startAt: '2026-12-08T00:00:00Z',
      endAt: '2026-12-10T00:00:00Z',
      allDay: true,
    });
    const saved = testActivity({
      kind: 'calendar',
      allDay: true,
      startAt: '2026-12-08T00:00:00Z',
      endAt: '2026-12-10T00:00:00Z',
    });
    // Read in a zone west of UTC the days stay the same.
    expect(toActivityFormValues(saved, 'America/Los_Angeles')).toMatchObject({
      allDay: 'true',
      startDate: '2026-12-08',
      endDate: '2026-12-10',
      startTime: '',
      endTime: '',
    });
  });

  it('gives times back when all day is switched off, keeping typed ones', () => {
    const allDay = setAllDay(form('calendar', { startTime: '', endTime: '' }), true);
    expect(setAllDay(allDay, false)).toMatchObject({
      allDay: '',
      startTime: '09:00',
      endTime: '10:00',
    });
    expect(setAllDay({ ...allDay, startTime: '13:00', endTime: '' }, false)).toMatchObject({
      startTime: '13:00',
      endTime: '10:00',
    });
  });

  it('patches start, end and all-day together when any of them changed', () => {
    const saved = testActivity({
      kind: 'calendar',
      startAt: '2026-12-08T08:00:00Z',
      endAt: '2026-12-08T09:00:00Z',
      location: 'HQ',
    });
    const base = toActivityFormValues(saved, tz);
    expect(buildActivityPatchBody('calendar', base, { ...base, endTime: '12:00' }, tz)).toEqual({
      startAt: '2026-12-08T08:00:00Z',
      endAt: '2026-12-08T10:00:00Z',
      allDay: false,
    });
    expect(buildActivityPatchBody('calendar', base, { ...base, location: '' }, tz)).toEqual({
      location: null,
    });
  });

  it('refuses an end before the start, timed or all day', () => {
    const timed = form('calendar', {
      typeId: '3',
      name: 'X',
      endDate: '2026-12-08',
      endTime: '09:00',
    });
    expect(localActivityErrors('calendar', timed, tz)).toEqual({
      endDate: 'activity.validation.endBeforeStart',
    });
    const days = setAllDay(
      form('calendar', { typeId: '3', name: 'X', startDate: '2026-12-10', endDate: '2026-12-08' }),
      true,
    );
    expect(localActivityErrors('calendar', days, tz)).toEqual({
      endDate: 'activity.validation.endBeforeStart',
    });
    // The same day, all day, is one whole day.
    const oneDay = setAllDay(
      form('calendar', { typeId: '3', name: 'X', endDate: '2026-12-08' }),
      true,
    );
    expect(localActivityErrors('calendar', oneDay, tz)).toEqual({});
  });

  it('asks for the missing dates and times', () => {
    const values = form('calendar', { typeId: '3', name: 'X', startDate: '', endTime: '' });
    expect(localActivityErrors('calendar', values, tz)).toEqual({
      startDate: 'activity.validation.startRequired',
      endTime: 'activity.validation.time',
    });
  });
});

describe('activity form: participants, server errors and conflicts', () => {
  it('keeps participants as a sorted token list and leaves deleted contacts out', () => {
    expect(toggleParticipant('', 'user:7')).toBe('user:7');
    expect(toggleParticipant('user:7', 'contact:77')).toBe('contact:77,user:7');
    expect(toggleParticipant('contact:77,user:7', 'user:7')).toBe('contact:77');
    expect(parseParticipants('contact:77,user:x,robot:3,user:7')).toEqual([
      { type: 'contact', id: 77 },
      { type: 'user', id: 7 },
    ]);
    const saved = testActivity({
      participants: [
        { type: 'user', id: 7, name: 'Mikko', deleted: false },
        { type: 'contact', id: null, name: null, deleted: true },
      ],
    });
    expect(toActivityFormValues(saved, tz).participants).toBe('user:7');
  });

  it("shows the server's date errors at the date controls", () => {
    expect(formFieldOf('dueAt')).toBe('dueDate');
    expect(formFieldOf('startAt')).toBe('startDate');
    expect(formFieldOf('endAt')).toBe('endDate');
    expect(formFieldOf('participants[2].id')).toBe('participants');
    expect(formFieldOf('name')).toBe('name');
  });

  it("puts a 422's field errors at their controls and the unknown ones above the form", () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      message: 'Some fields need attention.',
      fields: [
        { field: 'endAt', message: 'must not be before startAt' },
        { field: 'participants', message: 'not a contact of this customer' },
        { field: 'isDone', message: 'odd' },
      ],
    });
    expect(splitActivityErrors(error)).toEqual({
      byField: {
        endDate: 'must not be before startAt',
        participants: 'not a contact of this customer',
      },
      other: [{ field: 'isDone', message: 'odd' }],
    });
    expect(splitActivityErrors(new Error('network'))).toEqual({ byField: {}, other: [] });
  });

  it('keeps what the user typed over the saved version after a conflict', () => {
    const base = toActivityFormValues(testActivity({ name: 'A', description: 'Old' }), tz);
    const typed = { ...base, name: 'Mine' };
    const saved = { ...base, description: 'Theirs', name: 'Theirs too' };
    expect(rebaseActivityForm(base, typed, saved)).toEqual({
      ...saved,
      name: 'Mine',
    });
  });
});
