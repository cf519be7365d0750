import { describe, expect, it } from 'vitest';
import type { Permissions } from '../api/session-schema';
import { homePath, visibleSections } from './permissions';

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
