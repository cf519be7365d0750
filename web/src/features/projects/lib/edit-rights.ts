import type { Project } from '../api/project-schema';

export type Scope = 'none' | 'own' | 'all';

/** What the signed-in user's role allows in the two areas a project lives in (DESIGN §6). */
export interface ProjectRights {
  userId: number;
  salesEdit: Scope;
  projectsEdit: Scope;
}

/** "Own": the user is the project's owner, its sales person or a member. */
export function isOwnProject(
  project: Pick<Project, 'ownerId' | 'salesPersonId' | 'memberIds'>,
  userId: number,
) {
  return (
    project.ownerId === userId ||
    project.salesPersonId === userId ||
    project.memberIds.includes(userId)
  );
}

/** Whether to offer editing (the server decides again): edit on the area of the current state. */
export function canEditProject(
  rights: ProjectRights,
  project: Pick<Project, 'state' | 'ownerId' | 'salesPersonId' | 'memberIds'>,
): boolean {
  const scope = project.state === 'sales' ? rights.salesEdit : rights.projectsEdit;
  if (scope === 'all') return true;
  if (scope === 'none') return false;
  return isOwnProject(project, rights.userId);
}
