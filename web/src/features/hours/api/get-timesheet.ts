import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { hourKeys, timesheetSchema, type Timesheet } from './hour-schema';

/** `GET /me/timesheet?week=2026-W49`: the signed-in user's week. */
export function getTimesheet(week: string, signal?: AbortSignal): Promise<Timesheet> {
  return apiClient.get('/me/timesheet', timesheetSchema, { signal, query: { week } });
}

export function timesheetQuery(week: string) {
  return {
    queryKey: hourKeys.timesheet(week),
    queryFn: ({ signal }: { signal: AbortSignal }) => getTimesheet(week, signal),
  };
}

export function useTimesheet(week: string) {
  return useQuery(timesheetQuery(week));
}
