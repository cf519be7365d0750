import type { MessageKey } from '@/lib/i18n';
import {
  registryFields,
  type RegistryAddress,
  type RegistryField,
  type RegistryLookup,
} from '../api/registry-schema';
import type { RegistryUpdateBody } from '../api/update-from-registry';
import type { CustomerCard } from '../api/get-customer-card';

/**
 * Whether the card's "⋯" menu offers "Update customer details": the server says so
 * (`canUpdateFromRegistry`: the user may edit, the customer is in FI or NO with a valid VAT number).
 */
export function offersRegistryUpdate(card: CustomerCard): boolean {
  return card.actions.canUpdateFromRegistry;
}

/**
 * What a row of the comparison offers: a change to take over, the same value on both sides, or
 * nothing because the registry lacks the field (it is never cleared from the customer).
 */
export type RegistryRowState = 'change' | 'unchanged' | 'unavailable';

export interface RegistryRow {
  field: RegistryField;
  current: string | null;
  registry: string | null;
  state: RegistryRowState;
}

export const registryFieldLabels: Record<RegistryField, MessageKey> = {
  name: 'registry.field.name',
  visitingAddress: 'registry.field.visitingAddress',
  postalAddress: 'registry.field.postalAddress',
  email: 'registry.field.email',
  website: 'registry.field.website',
};

/** One line: street lines, postal code and city, country: `PL 226, 00045 NOKIA GROUP, FI`. */
export function formatRegistryAddress(address: RegistryAddress | null): string | null {
  if (!address) return null;
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  const parts = [...address.street, town, address.country ?? ''].filter((p) => p.trim() !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

function display(field: RegistryField, lookup: RegistryLookup) {
  if (field === 'visitingAddress' || field === 'postalAddress') {
    const f = lookup.fields[field];
    return {
      ...f,
      current: formatRegistryAddress(f.current),
      registry: formatRegistryAddress(f.registry),
    };
  }
  return lookup.fields[field];
}

/** The lookup as the dialog's rows, in the fixed field order. */
export function registryRows(lookup: RegistryLookup): RegistryRow[] {
  return registryFields.map((field) => {
    const f = display(field, lookup);
    const state: RegistryRowState = !f.available
      ? 'unavailable'
      : f.differs
        ? 'change'
        : 'unchanged';
    return { field, current: f.current, registry: f.registry, state };
  });
}

/** Deleted, struck off, or withdrawn from the open data (Brønnøysund's 410): nothing to take. */
export function isDeletedCompany(company: { status: string; withdrawn: boolean }): boolean {
  return company.status === 'deleted' || company.withdrawn;
}

/** Whether the dialog offers an update at all (the user may edit, the company is not deleted). */
export function offersUpdate(lookup: RegistryLookup): boolean {
  return lookup.canUpdate && !isDeletedCompany(lookup);
}

/** The fields ticked when the dialog opens: those the registry has and that would change. */
export function defaultSelection(lookup: RegistryLookup): RegistryField[] {
  if (!offersUpdate(lookup)) return [];
  return registryRows(lookup)
    .filter((row) => row.state === 'change')
    .map((row) => row.field);
}

/** The request body: the chosen fields that can change, in the fixed order, once each. */
export function buildRegistryUpdateBody(
  version: number,
  lookup: RegistryLookup,
  chosen: Iterable<RegistryField>,
): RegistryUpdateBody {
  const wanted = new Set(chosen);
  const fields = registryRows(lookup)
    .filter((row) => row.state === 'change' && wanted.has(row.field))
    .map((row) => row.field);
  return { version, fields };
}

const statusLabels: Record<string, MessageKey> = {
  active: 'registry.status.active',
  deleted: 'registry.status.deleted',
  bankrupt: 'registry.status.bankrupt',
  liquidation: 'registry.status.liquidation',
};

/** The message key of a registry status; null for a status this version does not know. */
export function registryStatusLabel(status: string): MessageKey | null {
  return statusLabels[status] ?? null;
}
