import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** `POST /auth/logout`: ends the session and clears the cookie. */
export async function deleteSession(): Promise<void> {
  await apiClient.sendWithoutResult('POST', '/auth/logout', {
    onUnauthenticated: 'report-to-caller',
  });
}

export function useSignOut() {
  return useMutation({
    mutationFn: deleteSession,
    meta: { errorHandling: 'inline' },
    onSettled: () => apiClient.setCsrfToken(null),
  });
}
