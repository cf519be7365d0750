import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import type { RegistryCompany } from '../api/registry-schema';
import type { RegistryTarget } from '../lib/business-id';
import { registryAddressPlan } from '../lib/registry-fill';
import { formatRegistryAddress, isDeletedCompany } from '../lib/registry-update';
import { RegistrySourceCredit, RegistryStatus } from './registry-company-summary';
import { RegistryProblemAlert } from './registry-problem';

interface RegistryFillPanelProps {
  /** The valid FI or NO business id typed, if any. */
  target: RegistryTarget | null;
  /** The company last asked for that `target` (filled in unless it is deleted). */
  company: RegistryCompany | null;
  error: unknown;
  loading: boolean;
  disabled: boolean;
  addAddresses: boolean;
  onFill: (target: RegistryTarget) => void;
  onAddAddressesChange: (add: boolean) => void;
}

/**
 * In the new-customer dialog: "Fill from registry" once a valid Finnish or Norwegian business id
 * is typed; afterwards the registry's status, the addresses it will add and the source credit.
 */
export function RegistryFillPanel(props: RegistryFillPanelProps) {
  const { target, company, error, loading, disabled, addAddresses } = props;
  const checkId = useId();
  if (!target) return null;
  const addresses = company && !isDeletedCompany(company) ? registryAddressPlan(company) : [];
  return (
    <section className="registry-fill" aria-label={t('registry.fill.button')}>
      <div className="registry-fill__offer">
        <span>
          {t('registry.fill.offer', {
            country: t(
              target.country === 'FI' ? 'registry.fill.countryFI' : 'registry.fill.countryNO',
            ),
            businessId: target.businessId,
          })}
        </span>
        <Button onClick={() => props.onFill(target)} disabled={disabled || loading}>
          {loading ? t('registry.fill.loading') : t('registry.fill.button')}
        </Button>
      </div>
      {error ? <RegistryProblemAlert error={error} onRetry={() => props.onFill(target)} /> : null}
      {company ? (
        <>
          <p role="status">
            {isDeletedCompany(company)
              ? t('registry.fill.deleted')
              : t('registry.fill.filled', { registry: company.source.registry })}
          </p>
          <RegistryStatus company={company} />
        </>
      ) : null}
      {addresses.length > 0 ? (
        <>
          <p className="field__label">{t('registry.fill.addresses')}</p>
          <ul className="registry-fill__addresses">
            {addresses.map((address) => (
              <li key={(address.uses ?? []).join()}>
                {`${usesLabel(address.uses ?? [])}: `}
                {formatRegistryAddress({
                  street: address.street,
                  postalCode: address.postalCode ?? null,
                  city: address.city ?? null,
                  country: address.country ?? null,
                })}
              </li>
            ))}
          </ul>
          <div className="registry-fill__check">
            <input
              id={checkId}
              type="checkbox"
              checked={addAddresses}
              disabled={disabled}
              onChange={(event) => props.onAddAddressesChange(event.target.checked)}
            />
            <label htmlFor={checkId}>{t('registry.fill.addAddresses')}</label>
          </div>
        </>
      ) : null}
      {company ? <RegistrySourceCredit source={company.source} /> : null}
    </section>
  );
}

function usesLabel(uses: string[]): string {
  return uses
    .map((use) =>
      use === 'visiting' ? t('registry.field.visitingAddress') : t('registry.field.postalAddress'),
    )
    .join(', ');
}
