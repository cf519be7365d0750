import { describe, expect, it } from 'vitest';
import type { Activity } from '../api/activity-schema';
import {
  compareActivities,
  placeActivity,
  removeActivity,
  stateOf,
  withDone,
  type ActivityPages,
} from './activity-lists';
import { testActivity } from './test-activity';

function pages(...lists: [Activity[], string | null][]): ActivityPages {
  return {
    pages: lists.map(([items, nextCursor]) => ({ items, nextCursor })),
    pageParams: lists.map((_, index) => (index === 0 ? null : `c${index}`)),
  };
}

const ids = (data: ActivityPages | undefined) =>
  data?.pages.map((page) => page.items.map((item) => item.id));

const due = (id: number, dueAt: string | null) => testActivity({ id, dueAt });
const meeting = (id: number, startAt: string) =>
  testActivity({ id, kind: 'calendar', startAt, endAt: startAt });
const done = (id: number, doneAt: string) => testActivity({ id, isDone: true, doneAt });

describe('activity list order', () => {
  it('plans by date (to-do due time or entry start), undated to-dos last, then id', () => {
    const items = [
      due(1, null),
      meeting(2, '2026-12-09T08:00:00Z'),
      due(3, '2026-12-08T10:00:00Z'),
      due(4, null),
      meeting(5, '2026-12-08T10:00:00Z'),
    ];
    const sorted = [...items].sort((a, b) => compareActivities('planned', a, b));
    expect(sorted.map((item) => item.id)).toEqual([3, 5, 2, 1, 4]);
  });

  it('lists past activities by when they were done, newest first, then id descending', () => {
    const items = [
      done(1, '2026-12-01T08:00:00Z'),
      done(2, '2026-12-03T08:00:00Z'),
      done(3, '2026-12-01T08:00:00Z'),
    ];
    const sorted = [...items].sort((a, b) => compareActivities('done', a, b));
    expect(sorted.map((item) => item.id)).toEqual([2, 3, 1]);
  });

  it('puts each activity in the list of its state', () => {
    expect(stateOf(testActivity())).toBe('planned');
    expect(stateOf(done(1, '2026-12-01T08:00:00Z'))).toBe('done');
  });
});

describe('moving a row between the lists', () => {
  const now = new Date('2026-12-08T12:00:00.123Z');

  it('marks done with doneAt now, and reopening clears it', () => {
    const marked = withDone(testActivity(), true, now);
    expect(marked).toMatchObject({ isDone: true, doneAt: '2026-12-08T12:00:00Z' });
    expect(withDone(marked, false, now)).toMatchObject({ isDone: false, doneAt: null });
  });

  it('takes the row out of the list it leaves', () => {
    const data = pages([[due(1, null), due(2, null)], 'c'], [[due(3, null)], null]);
    expect(ids(removeActivity(data, 2))).toEqual([[1], [3]]);
    expect(removeActivity(undefined, 2)).toBeUndefined();
  });

  it('puts a done row at the top of Past', () => {
    const past = pages([[done(7, '2026-12-05T08:00:00Z')], null]);
    const moved = withDone(due(3, '2026-12-01T08:00:00Z'), true, now);
    expect(ids(placeActivity(past, moved, 'done'))).toEqual([[3, 7]]);
  });

  it('puts a reopened row in its date place among the loaded planned rows', () => {
    const planned = pages(
      [[due(1, '2026-12-01T08:00:00Z'), due(2, '2026-12-05T08:00:00Z')], 'c1'],
      [[due(3, '2026-12-09T08:00:00Z')], null],
    );
    const reopened = due(9, '2026-12-06T08:00:00Z');
    expect(ids(placeActivity(planned, reopened, 'planned'))).toEqual([
      [1, 2],
      [9, 3],
    ]);
    expect(ids(placeActivity(planned, due(10, null), 'planned'))).toEqual([
      [1, 2],
      [3, 10],
    ]);
  });

  it('leaves a row out when its place is beyond the loaded pages ("Load more" brings it)', () => {
    const planned = pages([[due(1, '2026-12-01T08:00:00Z')], 'c1']);
    expect(ids(placeActivity(planned, due(9, '2026-12-20T08:00:00Z'), 'planned'))).toEqual([[1]]);
  });

  it('does not duplicate a row that is already there', () => {
    const planned = pages([[due(1, '2026-12-01T08:00:00Z'), due(2, '2026-12-05T08:00:00Z')], null]);
    expect(ids(placeActivity(planned, due(1, '2026-12-07T08:00:00Z'), 'planned'))).toEqual([
      [2, 1],
    ]);
  });
});
