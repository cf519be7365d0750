import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useHourProjectOptions, useWorkTypeOptions } from '../api/get-hour-pickers';
import type { RowIdentity } from '../lib/timesheet-model';

interface AddTimesheetRowProps {
  userId: number;
  /** Financials edit for everyone: any open project; otherwise own and member projects. */
  anyProject: boolean;
  onAdd: (row: RowIdentity) => void;
}

/** A searchable project picker and a work type: adds an empty row to the week. */
export function AddTimesheetRow({ userId, anyProject, onAdd }: AddTimesheetRowProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const projects = useHourProjectOptions(q, userId, anyProject);
  const workTypes = useWorkTypeOptions();
  const [projectId, setProjectId] = useState('');
  const [workTypeId, setWorkTypeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = projects.data ?? [];
  const chosenProject = options.find((project) => String(project.id) === projectId);
  const shownProjectId = chosenProject ? projectId : '';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const workType = workTypes.data?.find((type) => String(type.id) === workTypeId);
    const project = chosenProject ?? (options.length === 1 ? options[0] : undefined);
    if (!project || !workType) {
      setError(t('hours.addRow.choose'));
      return;
    }
    setError(null);
    onAdd({
      projectId: project.id,
      projectName: project.name,
      customerName: project.customerName,
      workTypeId: workType.id,
      workTypeName: workType.name,
    });
  }

  return (
    <form className="timesheet-add" onSubmit={onSubmit} aria-label={t('hours.addRow.title')}>
      <TextField
        label={t('hours.addRow.search')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <SelectField
        label={t('hours.addRow.project')}
        value={shownProjectId}
        error={error ?? undefined}
        onChange={(event) => setProjectId(event.target.value)}
      >
        <option value="">
          {projects.isPending
            ? t('app.loading')
            : options.length === 0
              ? t('hours.addRow.noProjects')
              : t('hours.addRow.pickProject', { count: options.length })}
        </option>
        {options.map((project) => (
          <option key={project.id} value={project.id}>
            {project.number} {project.name} ({project.customerName})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('hours.addRow.workType')}
        value={workTypeId}
        onChange={(event) => setWorkTypeId(event.target.value)}
      >
        <option value="">{t('hours.addRow.pickWorkType')}</option>
        {(workTypes.data ?? []).map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t('hours.addRow.submit')}</Button>
    </form>
  );
}
