import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { sessionQueryKey, sessionSchema, type Session } from './session-schema';

/** `GET /me`: who is signed in; also hands the CSRF token to the API client. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  const session = await apiClient.get('/me', sessionSchema, { signal });
  apiClient.setCsrfToken(session.csrfToken);
  return session;
}

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}
