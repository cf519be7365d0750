import { useEffect, useState, type FormEvent } from 'react';
import { NavLink } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import {
  useStatuses,
  useStatusMutations,
  type Status,
  type StatusKind,
  type StatusPatch,
} from '../api/status-api';
import { reorderPatches } from '../lib/reorder';
import { StatusRow } from './status-row';

const titles = { sales: 'statuses.sales.title', task: 'statuses.task.title' } as const;

/** `/settings/sales-statuses` and `/settings/task-statuses`: create, rename, reorder, disable. */
export function StatusSettingsPage({ kind }: { kind: StatusKind }) {
  const list = useStatuses(kind);
  const { create, patch } = useStatusMutations(kind);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<NonNullable<Status['category']>>('in_progress');
  const [probability, setProbability] = useState('');
  const [isDone, setIsDone] = useState(false);

  useEffect(() => {
    document.title = `${t(titles[kind])} · ${t('app.name')}`;
  }, [kind]);

  function change(patches: StatusPatch[], done: string) {
    if (patches.length === 0) return;
    patch.mutate(patches, {
      onSuccess: () => notify(done, 'success'),
      onError: (error) => notify(describeError(error), 'error'),
    });
  }

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body =
      kind === 'sales'
        ? {
            name: name.trim(),
            category,
            ...(probability.trim() === '' ? {} : { probability: Number(probability) }),
          }
        : { name: name.trim(), isDone };
    create.mutate(body, {
      onSuccess: (status) => {
        notify(t('statuses.created', { name: status.name }), 'success');
        setName('');
        setProbability('');
        setIsDone(false);
      },
    });
  }

  const items = list.data ?? [];
  const fieldErrors = isApiError(create.error) ? create.error.fieldMessages() : {};
  return (
    <div className="page">
      <nav className="settings-nav" aria-label={t('statuses.nav')}>
        <NavLink to="/settings/sales-statuses">{t('statuses.sales.title')}</NavLink>
        <NavLink to="/settings/task-statuses">{t('statuses.task.title')}</NavLink>
      </nav>
      <div className="page__header">
        <h1 className="page__title">{t(titles[kind])}</h1>
      </div>
      <p>{kind === 'sales' ? t('statuses.sales.body') : t('statuses.task.body')}</p>
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError ? (
        <ErrorState
          title={t('statuses.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t(titles[kind])}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statuses.field.name')}</th>
                <th scope="col">
                  {kind === 'sales' ? t('statuses.field.category') : t('statuses.field.flags')}
                </th>
                <th scope="col">{t('statuses.field.state')}</th>
                <th scope="col">{t('statuses.field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((status, index) => (
                <StatusRow
                  key={status.id}
                  kind={kind}
                  status={status}
                  first={index === 0}
                  last={index === items.length - 1}
                  busy={patch.isPending}
                  onMove={(direction) =>
                    change(reorderPatches(items, index, direction), t('statuses.reordered'))
                  }
                  onChange={(body, done) =>
                    change([{ id: status.id, version: status.version, ...body }], done)
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form className="status-create" onSubmit={onCreate} noValidate aria-label={t('statuses.new')}>
        <h2 className="tab-section__title">{t('statuses.new')}</h2>
        {create.isError && Object.keys(fieldErrors).length === 0 ? (
          <FormAlert>{describeError(create.error)}</FormAlert>
        ) : null}
        <div className="form-grid">
          <TextField
            label={t('statuses.field.name')}
            name="name"
            required
            value={name}
            error={fieldErrors.name}
            onChange={(event) => setName(event.target.value)}
          />
          {kind === 'sales' ? (
            <>
              <SelectField
                label={t('statuses.field.category')}
                name="category"
                value={category}
                onChange={(event) => setCategory(event.target.value as typeof category)}
              >
                <option value="in_progress">{t('project.category.in_progress')}</option>
                <option value="won">{t('project.category.won')}</option>
                <option value="lost">{t('project.category.lost')}</option>
              </SelectField>
              <TextField
                label={t('project.field.probability')}
                name="probability"
                type="number"
                value={probability}
                error={fieldErrors.probability}
                onChange={(event) => setProbability(event.target.value)}
              />
            </>
          ) : (
            <label className="member-picker__item">
              <input
                type="checkbox"
                checked={isDone}
                onChange={(event) => setIsDone(event.target.checked)}
              />
              {t('statuses.field.isDone')}
            </label>
          )}
        </div>
        <div className="header-form__actions">
          <Button type="submit" variant="primary" disabled={create.isPending || name.trim() === ''}>
            {t('statuses.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
