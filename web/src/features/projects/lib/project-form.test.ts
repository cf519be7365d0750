import { describe, expect, it } from 'vitest';
import type { Project } from '../api/project-schema';
import {
  buildCreateBody,
  buildPatchBody,
  emptyProjectForm,
  formFieldOf,
  localProjectErrors,
  rebaseProjectForm,
  toProjectFormValues,
} from './project-form';

const project: Project = {
  id: 40,
  number: 17,
  name: 'ERP roll-out',
  customerId: 12,
  customerName: 'Oy Nokia Ab',
  currency: 'EUR',
  ownerId: 3,
  ownerName: 'Maija',
  salesPersonId: null,
  salesPersonName: null,
  salesStatusId: 3,
  salesStatusName: 'Proposal',
  salesStatusCategory: 'in_progress',
  state: 'sales',
  expectedValue: { amount: 1_250_000, currency: 'EUR' },
  probability: 50,
  expectedOrderDate: '2026-12-15',
  startDate: null,
  deadline: null,
  closedDate: null,
  description: null,
  memberIds: [],
  createdAt: '2026-11-27T20:41:00Z',
  createdBy: null,
  updatedAt: '2026-11-27T20:41:00Z',
  updatedBy: null,
  version: 2,
};

describe('buildCreateBody', () => {
  it('sends the filled-in fields, money in minor units, and leaves defaults to the server', () => {
    const values = {
      ...emptyProjectForm(3),
      name: '  New CRM ',
      amount: '12 500,50',
      currency: 'nok',
      expectedOrderDate: '2026-12-31',
    };
    expect(buildCreateBody(values, 12, 'sales')).toEqual({
      name: 'New CRM',
      customerId: 12,
      state: 'sales',
      ownerId: 3,
      expectedValue: { amount: 1_250_050, currency: 'NOK' },
      expectedOrderDate: '2026-12-31',
    });
  });

  it('sends a chosen status and probability', () => {
    const values = { ...emptyProjectForm(null), name: 'X', salesStatusId: '2', probability: '30' };
    expect(buildCreateBody(values, 1, 'open')).toMatchObject({ salesStatusId: 2, probability: 30 });
  });
});

describe('buildPatchBody', () => {
  it('holds only the changed fields, null for a cleared one', () => {
    const base = toProjectFormValues(project);
    const values = { ...base, amount: '', probability: '60', deadline: '2027-01-31' };
    expect(buildPatchBody(base, values)).toEqual({
      expectedValue: null,
      probability: 60,
      deadline: '2027-01-31',
    });
  });

  it('is empty when only whitespace changed', () => {
    const base = toProjectFormValues(project);
    expect(buildPatchBody(base, { ...base, name: ' ERP roll-out  ' })).toEqual({});
  });
});

describe('localProjectErrors', () => {
  it('checks name, amount, currency, probability and deadline order', () => {
    const values = {
      ...emptyProjectForm(null),
      amount: '12x',
      probability: '101',
      startDate: '2027-02-01',
      deadline: '2027-01-01',
    };
    expect(localProjectErrors(values)).toEqual({
      name: 'project.validation.nameRequired',
      amount: 'project.validation.amount',
      probability: 'project.validation.probability',
      deadline: 'project.validation.deadline',
    });
  });
});

describe('formFieldOf', () => {
  it('maps the nested money fields of a 422 to the form controls', () => {
    expect(formFieldOf('expectedValue.amount')).toBe('amount');
    expect(formFieldOf('expectedValue.currency')).toBe('currency');
    expect(formFieldOf('deadline')).toBe('deadline');
    expect(formFieldOf('memberIds')).toBeNull();
  });
});

describe('rebaseProjectForm', () => {
  it('keeps the typed changes on top of the newly saved values', () => {
    const base = toProjectFormValues(project);
    const typed = { ...base, probability: '70' };
    const saved = { ...base, name: 'Renamed by someone', probability: '55' };
    expect(rebaseProjectForm(base, typed, saved)).toEqual({ ...saved, probability: '70' });
  });
});
