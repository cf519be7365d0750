import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t, type MessageKey } from '@/lib/i18n';
import {
  useUpdateOrganizationSettings,
  type OrganizationSettings,
} from '../api/organization-settings';
import {
  invoiceDetailsForm,
  invoiceDetailsPatch,
  isPercentText,
  parsePaymentTermDays,
  type InvoiceDetailsForm,
} from '../lib/invoice-details';

/** Countries offered; another ISO code already stored stays selectable. */
const countries: Array<[string, MessageKey]> = [
  ['FI', 'invoicing.country.FI'],
  ['NO', 'invoicing.country.NO'],
  ['SE', 'invoicing.country.SE'],
  ['DK', 'invoicing.country.DK'],
  ['EE', 'invoicing.country.EE'],
  ['DE', 'invoicing.country.DE'],
  ['GB', 'invoicing.country.GB'],
];
const languages = ['fi', 'sv', 'en', 'nb'] as const;
const schemes = ['fi', 'rf', 'kid-mod10', 'kid-mod11'] as const;
const fieldLabels: Record<string, MessageKey> = {
  legalName: 'invoicing.field.legalName',
  businessId: 'invoicing.field.businessId',
  country: 'invoicing.field.country',
  address: 'invoicing.field.address',
  iban: 'invoicing.field.iban',
};

/** Settings → Organization, "Invoicing details": what invoices print about the organization. */
export function InvoiceDetailsSection({ query }: { query: UseQueryResult<OrganizationSettings> }) {
  return (
    <section className="tab-section" aria-labelledby="invoice-details-title">
      <h2 id="invoice-details-title" className="tab-section__title">
        {t('invoicing.title')}
      </h2>
      {query.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('organization.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data ? (
        <>
          <InvoiceReadiness missing={query.data.invoiceReady} />
          <InvoiceDetails key={query.data.version} settings={query.data} />
        </>
      ) : null}
    </section>
  );
}

function InvoiceReadiness({ missing }: { missing: string[] }) {
  if (missing.length === 0) return <p className="muted">{t('invoicing.ready')}</p>;
  const names = missing.map((field) => {
    const label = fieldLabels[field];
    return label ? t(label) : field;
  });
  return (
    <p className="muted" role="status">
      {t('invoicing.missing', { fields: names.join(', ') })}
    </p>
  );
}

function InvoiceDetails({ settings }: { settings: OrganizationSettings }) {
  const update = useUpdateOrganizationSettings();
  const [initial] = useState(() => invoiceDetailsForm(settings));
  const [form, setForm] = useState<InvoiceDetailsForm>(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(update.error) ? update.error.fieldMessages() : {};
  const conflict = isApiError(update.error) && update.error.status === 409;
  const errorOf = (field: string) => local[field] ?? server[field];
  const streetError = server.address ?? server['address.streetLines'] ?? server['address.country'];
  const placed = Object.keys(server).some((field) => field !== 'version');

  function set<K extends keyof InvoiceDetailsForm>(field: K) {
    return (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [field]: event.target.value }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (parsePaymentTermDays(form.paymentTermDays) === null)
      problems.paymentTermDays = t('invoicing.validation.days');
    if (!isPercentText(form.overdueInterest))
      problems.overdueInterest = t('invoicing.validation.percent');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(invoiceDetailsPatch(settings.version, initial, form), {
      onSuccess: () => notify(t('invoicing.saved'), 'success'),
    });
  }

  const known = form.country === '' || countries.some(([code]) => code === form.country);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('invoicing.title')}>
      {update.isError && (conflict || !placed) ? (
        <FormAlert>{conflict ? t('organization.conflict') : describeError(update.error)}</FormAlert>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t('invoicing.field.legalName')}
          maxLength={200}
          value={form.legalName}
          error={errorOf('legalName')}
          onChange={set('legalName')}
        />
        <SelectField
          label={t('invoicing.field.country')}
          value={form.country}
          error={errorOf('country')}
          onChange={set('country')}
        >
          <option value="">{t('invoicing.country.none')}</option>
          {known ? null : <option value={form.country}>{form.country}</option>}
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {t(name)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('invoicing.field.businessId')}
          hint={t('invoicing.hint.businessId')}
          maxLength={30}
          value={form.businessId}
          error={errorOf('businessId')}
          onChange={set('businessId')}
        />
        <TextField
          label={t('invoicing.field.vatNumber')}
          maxLength={30}
          value={form.vatNumber}
          error={errorOf('vatNumber')}
          onChange={set('vatNumber')}
        />
        <Field
          label={t('invoicing.field.streetLines')}
          hint={t('invoicing.hint.streetLines')}
          error={streetError}
          className="form-grid__wide"
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="input"
              rows={2}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={form.streetLines}
              onChange={set('streetLines')}
            />
          )}
        </Field>
        <TextField
          label={t('invoicing.field.postalCode')}
          maxLength={20}
          value={form.postalCode}
          error={server['address.postalCode']}
          onChange={set('postalCode')}
        />
        <TextField
          label={t('invoicing.field.city')}
          maxLength={100}
          value={form.city}
          error={server['address.city']}
          onChange={set('city')}
        />
        <TextField
          label={t('invoicing.field.phone')}
          maxLength={50}
          value={form.phone}
          error={errorOf('phone')}
          onChange={set('phone')}
        />
        <TextField
          label={t('invoicing.field.email')}
          type="email"
          value={form.email}
          error={errorOf('email')}
          onChange={set('email')}
        />
        <TextField
          label={t('invoicing.field.website')}
          value={form.website}
          error={errorOf('website')}
          onChange={set('website')}
        />
        <TextField
          label={t('invoicing.field.iban')}
          hint={t('invoicing.hint.iban')}
          maxLength={50}
          value={form.iban}
          error={errorOf('iban')}
          onChange={set('iban')}
        />
        <TextField
          label={t('invoicing.field.bic')}
          maxLength={20}
          value={form.bic}
          error={errorOf('bic')}
          onChange={set('bic')}
        />
        <TextField
          label={t('invoicing.field.paymentTermDays')}
          inputMode="numeric"
          value={form.paymentTermDays}
          error={errorOf('paymentTermDays')}
          onChange={set('paymentTermDays')}
        />
        <TextField
          label={t('invoicing.field.overdueInterest')}
          hint={t('invoicing.hint.percent')}
          inputMode="decimal"
          value={form.overdueInterest}
          error={errorOf('overdueInterest')}
          onChange={set('overdueInterest')}
        />
        <SelectField
          label={t('invoicing.field.invoiceLanguage')}
          value={form.invoiceLanguage}
          error={errorOf('invoiceLanguage')}
          onChange={set('invoiceLanguage')}
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {t(`invoicing.language.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('invoicing.field.referenceScheme')}
          value={form.referenceScheme}
          error={errorOf('referenceScheme')}
          onChange={set('referenceScheme')}
        >
          {schemes.map((code) => (
            <option key={code} value={code}>
              {t(`invoicing.scheme.${code}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('invoicing.field.invoiceFooter')}
          error={errorOf('invoiceFooter')}
          className="form-grid__wide"
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              className="input"
              rows={3}
              maxLength={2000}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={form.invoiceFooter}
              onChange={set('invoiceFooter')}
            />
          )}
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('invoicing.save')}
      </Button>
    </form>
  );
}
