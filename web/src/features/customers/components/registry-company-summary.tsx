import { t } from '@/lib/i18n';
import type { RegistrySource } from '../api/registry-schema';
import { isDeletedCompany, registryStatusLabel } from '../lib/registry-update';

interface CompanyState {
  status: string;
  deletedOn: string | null;
  withdrawn: boolean;
}

/** The registry's status of the company, in words. */
export function RegistryStatus({ company }: { company: CompanyState }) {
  const label = registryStatusLabel(company.status);
  const status = label ? t(label) : company.status;
  return (
    <p className={`registry-status registry-status--${company.status}`}>
      {t('registry.statusLine', { status })}
    </p>
  );
}

/** A deleted or withdrawn company: said plainly, announced when it appears. */
export function DeletedCompanyNotice({ company }: { company: CompanyState }) {
  if (!isDeletedCompany(company)) return null;
  const date = company.deletedOn;
  const text = company.withdrawn
    ? date
      ? t('registry.withdrawn', { date })
      : t('registry.withdrawnNoDate')
    : date
      ? t('registry.deleted', { date })
      : t('registry.deletedNoDate');
  return (
    <p className="notice registry-deleted" role="status">
      {text}
    </p>
  );
}

/** The credit the registry's licence asks for (PRH: CC BY 4.0; Brønnøysund: NLOD). */
export function RegistrySourceCredit({ source }: { source: RegistrySource }) {
  return (
    <p className="registry-source">
      {t('registry.source', { registry: source.registry, licence: source.licence })}
      {source.url ? (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {t('registry.sourceLink')}
          </a>
        </>
      ) : null}
    </p>
  );
}
