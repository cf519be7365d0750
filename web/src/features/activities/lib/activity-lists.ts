import type { Activity, ActivityPage, ActivityState } from '../api/activity-schema';
import { plannedDate } from './activity-format';

/** What `useInfiniteQuery` keeps for one list. */
export interface ActivityPages {
  pages: ActivityPage[];
  pageParams: unknown[];
}

type Sortable = Pick<
  Activity,
  'id' | 'kind' | 'dueAt' | 'startAt' | 'endAt' | 'allDay' | 'isDone' | 'doneAt'
>;

/** The list an activity belongs in. */
export function stateOf(activity: Pick<Activity, 'isDone'>): ActivityState {
  return activity.isDone ? 'done' : 'planned';
}

function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

/**
 * The server's order (docs: activities): planned by date ascending (a to-do's due time, an entry's
 * start), to-dos without a due date last, then id; done by done time, newest first, then id
 * descending.
 */
export function compareActivities(state: ActivityState, a: Sortable, b: Sortable): number {
  if (state === 'planned') {
    const left = instant(plannedDate(a));
    const right = instant(plannedDate(b));
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return left - right;
    }
    return a.id - b.id;
  }
  const left = instant(a.doneAt) ?? 0;
  const right = instant(b.doneAt) ?? 0;
  if (left !== right) return right - left;
  return b.id - a.id;
}

/** The list without the activity (it moved to the other list or was deleted). */
export function removeActivity(
  data: ActivityPages | undefined,
  id: number,
): ActivityPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.filter((item) => item.id !== id),
    })),
  };
}

/**
 * The list with the activity in its place among the loaded rows. When its place lies beyond the
 * loaded pages it is left out: "Load more" brings it in its turn.
 */
export function placeActivity(
  data: ActivityPages | undefined,
  activity: Activity,
  state: ActivityState,
): ActivityPages | undefined {
  const without = removeActivity(data, activity.id);
  if (!without || without.pages.length === 0) return without;
  const pages = without.pages.map((page) => ({ ...page, items: [...page.items] }));
  for (const page of pages) {
    const index = page.items.findIndex((item) => compareActivities(state, activity, item) < 0);
    if (index >= 0) {
      page.items.splice(index, 0, activity);
      return { ...without, pages };
    }
  }
  const last = pages[pages.length - 1] as ActivityPage;
  if (last.nextCursor !== null) return { ...without, pages };
  last.items.push(activity);
  return { ...without, pages };
}

/** The list with one activity replaced where it is (same place; a refetch re-sorts). */
export function replaceActivity(
  data: ActivityPages | undefined,
  activity: Activity,
): ActivityPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === activity.id ? activity : item)),
    })),
  };
}

/** The activity as it will be once marked done or reopened: `doneAt` is now or cleared. */
export function withDone(activity: Activity, isDone: boolean, now: Date): Activity {
  return {
    ...activity,
    isDone,
    doneAt: isDone ? now.toISOString().replace(/\.\d{3}Z$/, 'Z') : null,
  };
}
