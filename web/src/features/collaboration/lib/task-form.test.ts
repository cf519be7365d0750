import { describe, expect, it } from 'vitest';
import {
  buildTaskCreateBody,
  buildTaskPatchBody,
  emptyTaskForm,
  localTaskErrors,
} from './task-form';

describe('task form', () => {
  it('creates with the filled-in fields only', () => {
    const values = {
      ...emptyTaskForm,
      projectId: '4',
      name: ' Kick-off ',
      assigneeId: '5',
      estimateMinutes: '90',
    };
    expect(buildTaskCreateBody(values)).toEqual({
      name: 'Kick-off',
      assigneeId: 5,
      estimateMinutes: 90,
    });
  });

  it('patches only what changed, null for a cleared field', () => {
    const base = {
      ...emptyTaskForm,
      name: 'A',
      statusId: '1',
      assigneeId: '5',
      dueDate: '2026-12-01',
    };
    expect(buildTaskPatchBody(base, { ...base, assigneeId: '', statusId: '2' })).toEqual({
      statusId: 2,
      assigneeId: null,
    });
  });

  it('asks for a project, a name and a whole-minute estimate', () => {
    expect(localTaskErrors({ ...emptyTaskForm, estimateMinutes: '1.5' }, true)).toEqual({
      projectId: 'task.validation.project',
      name: 'task.validation.name',
      estimateMinutes: 'task.validation.estimate',
    });
    expect(localTaskErrors({ ...emptyTaskForm, name: 'x' }, false)).toEqual({});
  });
});
