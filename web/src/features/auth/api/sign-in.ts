import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { sessionQueryKey, sessionSchema, type Session } from './session-schema';

export interface SignInInput {
  email: string;
  password: string;
  /** Needed when the address and password open accounts in several organizations (a 409 lists them). */
  organization?: number;
}

const organizationChoicesSchema = z.object({
  organizations: z.array(z.object({ id: z.number(), name: z.string() })),
});
export type OrganizationChoice = z.infer<typeof organizationChoicesSchema>['organizations'][number];

/** The organizations to choose from when sign-in answered 409; null for any other error. */
export function organizationChoices(error: unknown): OrganizationChoice[] | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = organizationChoicesSchema.safeParse(error.current);
  return parsed.success ? parsed.data.organizations : null;
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
