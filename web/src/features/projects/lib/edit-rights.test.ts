import { describe, expect, it } from 'vitest';
import { canEditProject } from './edit-rights';

const project = { state: 'sales' as const, ownerId: 3, salesPersonId: 4, memberIds: [5] };

describe('canEditProject', () => {
  it('uses the sales area for sales cases and the projects area otherwise', () => {
    const rights = { userId: 9, salesEdit: 'all' as const, projectsEdit: 'none' as const };
    expect(canEditProject(rights, project)).toBe(true);
    expect(canEditProject(rights, { ...project, state: 'open' })).toBe(false);
  });

  it('lets "own" edit as owner, sales person or member only', () => {
    const own = (userId: number) => ({
      userId,
      salesEdit: 'own' as const,
      projectsEdit: 'own' as const,
    });
    expect(canEditProject(own(3), project)).toBe(true);
    expect(canEditProject(own(4), project)).toBe(true);
    expect(canEditProject(own(5), project)).toBe(true);
    expect(canEditProject(own(6), project)).toBe(false);
  });
});
