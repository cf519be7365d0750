import type { Permissions } from '../api/session-schema';

/** The top-level sections of the app, in navigation order. */
export type Section = 'customers' | 'projects' | 'reports' | 'settings';

/** Whether the signed-in user's role may see a section (the server enforces it as well). */
export function canSeeSection(permissions: Permissions, section: Section): boolean {
  switch (section) {
    case 'customers':
      return permissions.customers.view !== 'none';
    case 'projects':
      return permissions.projects.view !== 'none';
    case 'reports':
      return (
        permissions.customers.view !== 'none' ||
        permissions.sales.view !== 'none' ||
        permissions.projects.view !== 'none'
      );
    case 'settings':
      return permissions.settings.manage;
  }
}

export const allSections: readonly Section[] = ['customers', 'projects', 'reports', 'settings'];

export function visibleSections(permissions: Permissions): Section[] {
  return allSections.filter((section) => canSeeSection(permissions, section));
}

/** Where to land after sign-in when no page was asked for: the first section the role may see. */
export function homePath(permissions: Permissions): string {
  const first = visibleSections(permissions)[0];
  return first ? `/${first}` : '/no-access';
}

/**
 * Whether to offer "My hours": roles that may change something in projects or financials. The
 * server decides per project (owner, member, or financials edit for everyone).
 */
export function canEnterHours(permissions: Permissions): boolean {
  return permissions.projects.edit !== 'none' || permissions.financials.edit !== 'none';
}

/** Whether the user may see a project's money (hours, fees, forecasts, figures). */
export function canSeeProjectFinancials(permissions: Permissions, ownProject: boolean): boolean {
  const scope = permissions.financials.view;
  return scope === 'all' || (scope === 'own' && ownProject);
}
