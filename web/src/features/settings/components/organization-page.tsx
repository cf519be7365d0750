import { useEffect } from 'react';
import { t } from '@/lib/i18n';
import { useOrganizationSettings } from '../api/organization-settings';
import { InvoiceDetailsSection } from './invoice-details-form';
import { VatRatesSection } from './vat-rates-section';

/** `/settings/organization`: the details invoices print and the VAT rates fees and invoices name. */
export function OrganizationPage() {
  const organization = useOrganizationSettings();
  const title = t('invoicing.pageTitle');

  useEffect(() => {
    document.title = `${title} · ${t('settings.title')} · ${t('app.name')}`;
  }, [title]);

  return (
    <>
      <InvoiceDetailsSection query={organization} />
      <VatRatesSection />
    </>
  );
}
