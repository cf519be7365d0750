import { useSession } from '@/features/auth/components/session-context';
import { ProjectTasks } from '@/features/collaboration/components/collaboration-tab';
import { ProjectCardPage } from '@/features/projects/components/project-card-page';
import { ActivitiesSlot } from './activities-slot';

/** Joins the project card (projects), the session's rights and the sections of other features. */
export function ProjectCardRoute() {
  const { user, permissions } = useSession();
  return (
    <ProjectCardPage
      rights={{
        userId: user.id,
        salesEdit: permissions.sales.edit,
        projectsEdit: permissions.projects.edit,
      }}
      slots={{
        tasks: (project, canEdit) => <ProjectTasks projectId={project.id} canEdit={canEdit} />,
        activities: (project, canEdit) => (
          <ActivitiesSlot
            scope={{ kind: 'project', id: project.id }}
            customerId={project.customerId}
            userId={user.id}
            canEdit={canEdit}
            layout="card"
          />
        ),
      }}
    />
  );
}
