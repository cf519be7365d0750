import { useEffect, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { useProject } from '../api/get-project';
import type { Project } from '../api/project-schema';
import { canEditProject, type ProjectRights } from '../lib/edit-rights';
import { ProjectDetails } from './project-details';
import { ProjectHeader } from './project-header';
import { ProjectMembers } from './project-members';
import { StatusHistory } from './status-history';

/**
 * Sections other features fill in, composed by the app. Tasks come with the task board; notes,
 * activities, files and financials are slots their own features will fill (nothing is shown
 * until they do).
 */
export interface ProjectCardSlots {
  tasks?: (project: Project, canEdit: boolean) => ReactNode;
  notes?: (project: Project) => ReactNode;
  activities?: (project: Project, canEdit: boolean) => ReactNode;
  files?: (project: Project) => ReactNode;
  financials?: (project: Project) => ReactNode;
}

/** `/projects/:projectId`: header, details, members, tasks, status history (and later sections). */
export function ProjectCardPage({
  rights,
  slots,
}: {
  rights: ProjectRights;
  slots: ProjectCardSlots;
}) {
  const { projectId } = useParams();
  const id = Number(projectId);
  const query = useProject(id);
  const name = query.data?.name;

  useEffect(() => {
    if (name) document.title = `${name} · ${t('app.name')}`;
  }, [name]);

  const back = (
    <Link className="back-link" to="/projects">
      {t('project.backToList')}
    </Link>
  );
  if (!Number.isInteger(id) || id <= 0 || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <div className="page">
        {back}
        <ErrorState title={t('project.notFound')} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="page">
        {back}
        <ErrorState
          title={t('project.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  if (query.isPending) {
    return (
      <div className="page">
        {back}
        <LoadingState label={t('project.loading')} />
      </div>
    );
  }
  const project = query.data;
  const canEdit = canEditProject(rights, project);
  return (
    <div className="page card-page">
      {back}
      <ProjectHeader project={project} canEdit={canEdit} />
      <ProjectDetails project={project} canEdit={canEdit} />
      <ProjectMembers project={project} canEdit={canEdit} />
      {slots.tasks?.(project, canEdit)}
      {slots.notes?.(project)}
      {slots.activities?.(project, canEdit)}
      {slots.files?.(project)}
      {slots.financials?.(project)}
      <StatusHistory projectId={project.id} />
    </div>
  );
}
