import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { RegistryTarget } from '../lib/business-id';
import { registryCompanySchema, type RegistryCompany } from './registry-schema';

/** `GET /registry/companies/{country}/{businessId}`: a company to fill the new-customer form. */
export function getRegistryCompany(target: RegistryTarget): Promise<RegistryCompany> {
  const path = `/registry/companies/${target.country}/${encodeURIComponent(target.businessId)}`;
  return apiClient.get(path, registryCompanySchema);
}

/** Asked when the user presses "Fill from registry", never while typing. */
export function useRegistryCompany() {
  return useMutation({
    mutationFn: getRegistryCompany,
    meta: { errorHandling: 'inline' },
  });
}
