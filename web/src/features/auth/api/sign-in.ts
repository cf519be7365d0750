import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { sessionQueryKey, sessionSchema, type Session } from './session-schema';

export interface SignInInput {
  email: string;
  password: string;
}

/** `POST /auth/login`. A 401 here means a wrong password, not an expired session. */
export async function createSession(input: SignInInput): Promise<Session> {
  const session = await apiClient.post('/auth/login', sessionSchema, {
    body: input,
    onUnauthenticated: 'report-to-caller',
  });
  apiClient.setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    meta: { errorHandling: 'inline' },
    onSuccess: (session) => {
      // Nothing another user's session loaded may stay in the cache.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
