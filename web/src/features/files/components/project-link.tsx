import { Link } from 'react-router-dom';
import { t } from '@/lib/i18n';
import type { ProjectRef } from '../api/file-schema';

/** On the customer card: the project a file or link belongs to, as a link to the project card. */
export function ProjectLink({ project }: { project: ProjectRef | null }) {
  if (!project) return null;
  return (
    <Link className="item-project" to={`/projects/${project.id}`}>
      {t('files.project', { number: project.number, name: project.name })}
    </Link>
  );
}
