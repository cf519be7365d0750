import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { Toaster } from '@/components/ui/toast';
import { sessionQueryKey } from '@/features/auth/api/session-schema';
import { apiClient } from '@/lib/api-client';
import { buildSignInPath, signInPath } from '@/lib/sign-in-redirect';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const router = createAppRouter();

// Any 401 outside sign-in is an ended session: go to sign-in, then come back to this page.
apiClient.setUnauthenticatedHandler(() => {
  const location = router.state.location;
  if (location.pathname === signInPath) return;
  const hadSession = queryClient.getQueryData(sessionQueryKey) !== undefined;
  void router.navigate(buildSignInPath(location, hadSession ? 'session-expired' : undefined), {
    replace: true,
  });
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} future={{ v7_startTransition: true }} />
      <Toaster />
    </QueryClientProvider>
  );
}
