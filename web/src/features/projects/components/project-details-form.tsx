import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { formatDateTime, t } from '@/lib/i18n';
import { useUserOptions } from '../api/get-pickers';
import { projectSchema, type Project } from '../api/project-schema';
import { useUpdateProject } from '../api/update-project';
import {
  buildPatchBody,
  changedProjectFields,
  localProjectErrors,
  projectFieldLabels,
  rebaseProjectForm,
  toProjectFormValues,
  type ProjectFormField,
} from '../lib/project-form';
import { splitProjectErrors } from '../lib/server-errors';
import { ProjectFormFields, type ProjectFieldErrors } from './project-form-fields';

/** Edit of the details: only what changed, with the version it was read at; 409 keeps the typing. */
export function ProjectDetailsForm({
  project,
  onClose,
}: {
  project: Project;
  onClose: () => void;
}) {
  const users = useUserOptions();
  const update = useUpdateProject(project.id);
  const [base, setBase] = useState(() => ({
    values: toProjectFormValues(project),
    version: project.version,
  }));
  const [values, setValues] = useState(base.values);
  const [localErrors, setLocalErrors] = useState<ProjectFieldErrors>({});
  const [conflict, setConflict] = useState<Project | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => nameRef.current?.focus(), []);
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const server = splitProjectErrors(update.error);
  const errors: ProjectFieldErrors = { ...server.byField, ...localErrors };
  const otherError =
    update.isError && !conflict && Object.keys(server.byField).length === 0
      ? server.other.length > 0
        ? server.other.join(' ')
        : describeError(update.error)
      : null;

  function onChange(field: ProjectFormField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setLocalErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: ProjectFieldErrors = {};
    for (const [field, key] of Object.entries(localProjectErrors(values))) {
      local[field as ProjectFormField] = t(key);
    }
    setLocalErrors(local);
    if (Object.keys(local).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    const patch = buildPatchBody(base.values, values);
    if (Object.keys(patch).length === 0) {
      notify(t('card.nothingChanged'), 'info');
      onClose();
      return;
    }
    update.mutate(
      { ...patch, version: base.version },
      {
        onSuccess: () => {
          notify(t('card.saved'), 'success');
          onClose();
        },
        onError: (error) => {
          setFocusRequest((count) => count + 1);
          if (!isApiError(error) || error.status !== 409) return;
          const current = projectSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  function loadTheirs() {
    if (!conflict) return;
    const saved = toProjectFormValues(conflict);
    setValues(rebaseProjectForm(base.values, values, saved));
    setBase({ values: saved, version: conflict.version });
    setConflict(null);
    update.reset();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('project.editDetails')}>
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="conflict__title">{t('project.conflict.title')}</p>
          <p>
            {t('card.conflict.body', {
              name: conflict.updatedBy?.name ?? t('common.none'),
              at: formatDateTime(conflict.updatedAt),
            })}
          </p>
          <p>
            {t('project.conflict.fields', {
              fields: changedProjectFields(base.values, values)
                .map((field) => t(projectFieldLabels[field]))
                .join(', '),
            })}
          </p>
          <div className="conflict__actions">
            <Button variant="primary" onClick={loadTheirs}>
              {t('card.conflict.reload')}
            </Button>
            <Button onClick={onClose}>{t('card.conflict.discard')}</Button>
          </div>
        </div>
      ) : null}
      {otherError ? <FormAlert>{otherError}</FormAlert> : null}
      <ProjectFormFields
        values={values}
        errors={errors}
        users={users.data ?? []}
        onChange={onChange}
        disabled={update.isPending}
        nameRef={nameRef}
      />
      <div className="header-form__actions">
        <Button type="submit" variant="primary" disabled={update.isPending || conflict !== null}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
