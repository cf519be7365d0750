import type { Activity } from '../api/activity-schema';

/** An activity as the API answers it, for unit tests: a planned to-do unless overridden. */
export function testActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 1,
    customerId: 12,
    kind: 'todo',
    typeId: 1,
    type: { id: 1, name: 'To-do', kind: 'todo' },
    name: 'Call Anna',
    description: null,
    location: null,
    dueAt: null,
    startAt: null,
    endAt: null,
    allDay: false,
    projectId: null,
    project: null,
    ownerId: 5,
    owner: { id: 5, name: 'Anna Virtanen' },
    participants: [],
    isDone: false,
    doneAt: null,
    createdAt: '2026-12-01T08:00:00Z',
    createdBy: { id: 5, name: 'Anna Virtanen' },
    updatedAt: '2026-12-01T08:00:00Z',
    updatedBy: { id: 5, name: 'Anna Virtanen' },
    version: 1,
    ...overrides,
  };
}
