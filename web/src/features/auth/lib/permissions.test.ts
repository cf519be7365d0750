import { describe, expect, it } from 'vitest';
import type { Permissions } from '../api/session-schema';
import { canEnterHours, canSeeProjectFinancials, homePath, visibleSections } from './permissions';

const none = { view: 'none', edit: 'none' } as const;
const readOnly: Permissions = {
  customers: { view: 'all', edit: 'none' },
  sales: { view: 'all', edit: 'none' },
  projects: { view: 'all', edit: 'none' },
  financials: none,
  settings: { manage: false },
  deleteCustomers: false,
};

describe('visibleSections', () => {
  it('shows a read-only user everything but settings', () => {
    expect(visibleSections(readOnly)).toEqual(['customers', 'projects', 'reports']);
  });

  it('shows settings to those who manage them', () => {
    expect(visibleSections({ ...readOnly, settings: { manage: true } })).toContain('settings');
  });

  it('shows reports when only sales may be seen', () => {
    const salesOnly = { ...readOnly, customers: none, projects: none };
    expect(visibleSections(salesOnly)).toEqual(['reports']);
    expect(homePath(salesOnly)).toBe('/reports');
  });

  it('sends a role that sees nothing to the no-access page', () => {
    const nothing = { ...readOnly, customers: none, sales: none, projects: none };
    expect(homePath(nothing)).toBe('/no-access');
  });
});

describe('money rights', () => {
  const consultant: Permissions = {
    ...readOnly,
    projects: { view: 'all', edit: 'own' },
    financials: { view: 'own', edit: 'none' },
  };

  it('offers My hours to roles that edit projects or financials, not to read-only ones', () => {
    expect(canEnterHours(readOnly)).toBe(false);
    expect(canEnterHours(consultant)).toBe(true);
  });

  it('shows a project its financials by the financials view scope', () => {
    expect(canSeeProjectFinancials(readOnly, true)).toBe(false);
    expect(canSeeProjectFinancials(consultant, true)).toBe(true);
    expect(canSeeProjectFinancials(consultant, false)).toBe(false);
    expect(
      canSeeProjectFinancials({ ...readOnly, financials: { view: 'all', edit: 'none' } }, false),
    ).toBe(true);
  });
});
