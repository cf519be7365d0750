import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useCreateProject } from '../api/create-project';
import { useSalesStatusOptions, useUserOptions } from '../api/get-pickers';
import {
  buildCreateBody,
  emptyProjectForm,
  localProjectErrors,
  type ProjectFormField,
} from '../lib/project-form';
import { splitProjectErrors } from '../lib/server-errors';
import { ProjectFormFields, type ProjectFieldErrors } from './project-form-fields';

export interface NewProjectDialogProps {
  customerId: number;
  /** A sales case (`sales`, in-progress statuses) or a project straight away (`open`, won ones). */
  kind: 'sales' | 'open';
  /** Who creates it: the default owner. */
  userId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** "New sales case" / "New project" for one customer; probability follows the chosen status. */
export function NewProjectDialog({
  customerId,
  kind,
  userId,
  open,
  onOpenChange,
}: NewProjectDialogProps) {
  const users = useUserOptions();
  const allStatuses = useSalesStatusOptions();
  const statuses = (allStatuses.data ?? []).filter(
    (status) => status.isActive && status.category === (kind === 'sales' ? 'in_progress' : 'won'),
  );
  const create = useCreateProject();
  const [values, setValues] = useState(() => emptyProjectForm(userId));
  const [probabilityTouched, setProbabilityTouched] = useState(false);
  const [localErrors, setLocalErrors] = useState<ProjectFieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // The first status of the kind, and its probability, until the user picks others.
  const firstStatus = statuses[0];
  useEffect(() => {
    if (!open || !firstStatus) return;
    setValues((previous) =>
      previous.salesStatusId !== ''
        ? previous
        : {
            ...previous,
            salesStatusId: String(firstStatus.id),
            probability: String(firstStatus.probability),
          },
    );
  }, [open, firstStatus]);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const server = splitProjectErrors(create.error);
  const errors: ProjectFieldErrors = { ...server.byField, ...localErrors };
  const formError =
    create.isError && Object.keys(server.byField).length === 0 && server.other.length === 0
      ? describeError(create.error)
      : null;

  function close() {
    setValues(emptyProjectForm(userId));
    setProbabilityTouched(false);
    setLocalErrors({});
    create.reset();
    onOpenChange(false);
  }

  function onChange(field: ProjectFormField, value: string) {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      if (field === 'salesStatusId' && !probabilityTouched) {
        const status = statuses.find((item) => String(item.id) === value);
        if (status) next.probability = String(status.probability);
      }
      return next;
    });
    if (field === 'probability') setProbabilityTouched(true);
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
      create.reset();
      setFocusRequest((count) => count + 1);
      return;
    }
    create.mutate(buildCreateBody(values, customerId, kind), {
      onSuccess: (project) => {
        notify(t('project.new.created', { name: project.name }), 'success');
        close();
      },
      onError: () => setFocusRequest((count) => count + 1),
    });
  }

  const title = kind === 'sales' ? t('project.new.salesTitle') : t('project.new.projectTitle');
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={title}
      size="large"
    >
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        {server.other.length > 0 ? <FormAlert>{server.other.join(' ')}</FormAlert> : null}
        <ProjectFormFields
          values={values}
          errors={errors}
          users={users.data ?? []}
          statuses={statuses}
          onChange={onChange}
          disabled={create.isPending}
        />
        <div className="dialog__actions">
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('project.new.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
