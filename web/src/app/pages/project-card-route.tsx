import { useSession } from '@/features/auth/components/session-context';
import { ProjectTasks } from '@/features/collaboration/components/collaboration-tab';
import { ProjectCardPage } from '@/features/projects/components/project-card-page';
import { ProjectActivities } from './activities-slot';
import { ProjectFiles, ProjectNotes } from './card-records';
import { ProjectMoneySlot } from './project-money-slot';

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
        notes: (project) => <ProjectNotes projectId={project.id} customerId={project.customerId} />,
        files: (project) => <ProjectFiles projectId={project.id} customerId={project.customerId} />,
        activities: (project) => (
          <ProjectActivities
            projectId={project.id}
            customerId={project.customerId}
            userId={user.id}
          />
        ),
        financials: (project) => (
          <ProjectMoneySlot project={project} userId={user.id} permissions={permissions} />
        ),
      }}
    />
  );
}
