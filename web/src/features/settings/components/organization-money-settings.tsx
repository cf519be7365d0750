import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import {
  useUpdateOrganizationSettings,
  type OrganizationSettings,
} from '../api/organization-settings';

/** The organization's base currency and time zone (month boundaries of every figure). */
export function OrganizationMoneySettings({
  query,
}: {
  query: UseQueryResult<OrganizationSettings>;
}) {
  return (
    <section className="tab-section" aria-labelledby="organization-money-title">
      <h2 id="organization-money-title" className="tab-section__title">
        {t('organization.title')}
      </h2>
      {query.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('organization.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data ? <OrganizationForm key={query.data.version} settings={query.data} /> : null}
    </section>
  );
}

function OrganizationForm({ settings }: { settings: OrganizationSettings }) {
  const update = useUpdateOrganizationSettings();
  const [currency, setCurrency] = useState(settings.baseCurrency);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const fields = isApiError(update.error) ? update.error.fieldMessages() : {};
  const conflict = isApiError(update.error) && update.error.status === 409;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(
      {
        version: settings.version,
        baseCurrency: currency.trim().toUpperCase(),
        timeZone: timeZone.trim(),
      },
      { onSuccess: () => notify(t('organization.saved'), 'success') },
    );
  }

  return (
    <form className="money-filters" onSubmit={onSubmit} noValidate>
      {update.isError && !fields.baseCurrency && !fields.timeZone ? (
        <FormAlert>{conflict ? t('organization.conflict') : describeError(update.error)}</FormAlert>
      ) : null}
      <TextField
        label={t('organization.baseCurrency')}
        hint={t('organization.baseCurrencyHint')}
        maxLength={3}
        value={currency}
        error={fields.baseCurrency}
        onChange={(event) => setCurrency(event.target.value)}
      />
      <TextField
        label={t('organization.timeZone')}
        hint={t('organization.timeZoneHint')}
        value={timeZone}
        error={fields.timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('common.save')}
      </Button>
    </form>
  );
}
