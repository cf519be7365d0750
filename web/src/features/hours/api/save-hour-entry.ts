import { apiClient } from '@/lib/api-client';
import { hourEntrySchema, type HourEntry } from './hour-schema';

export interface NewHourEntry {
  projectId: number;
  workTypeId: number;
  date: string;
  minutes: number;
  description?: string;
  userId?: number;
  billable?: boolean;
}

export interface HourEntryPatch {
  version: number;
  minutes?: number;
  description?: string;
  billable?: boolean;
  workTypeId?: number;
  date?: string;
}

/** `POST /hours`: an entry of the caller unless `userId` says otherwise. */
export function createHourEntry(body: NewHourEntry): Promise<HourEntry> {
  return apiClient.post('/hours', hourEntrySchema, { body });
}

/** `PATCH /hours/{id}` with the version the client read (stale → 409 with the current entry). */
export function updateHourEntry(id: number, patch: HourEntryPatch): Promise<HourEntry> {
  return apiClient.patch(`/hours/${id}`, hourEntrySchema, { body: patch });
}

/** `DELETE /hours/{id}`: 204; 409 when invoiced. */
export function deleteHourEntry(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/hours/${id}`);
}
