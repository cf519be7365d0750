import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** The fields `POST /customers/{id}/addresses` takes. */
export interface NewAddressBody {
  street: string[];
  postalCode?: string;
  city?: string;
  country?: string;
  uses?: ('visiting' | 'postal' | 'billing' | 'delivery')[];
  isHeadquarters?: boolean;
}

const createdAddressSchema = z.object({ id: z.number(), version: z.number() });

/** `POST /customers/{id}/addresses`. */
export function createAddress(customerId: number, body: NewAddressBody) {
  return apiClient.post(`/customers/${customerId}/addresses`, createdAddressSchema, { body });
}
