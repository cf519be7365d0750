import { Button } from '@/components/ui/button';
import { useSignOut } from '@/features/auth/api/sign-out';
import { t } from '@/lib/i18n';
import { buildSignInPath } from '@/lib/sign-in-redirect';

/** Signs out and loads the sign-in page afresh, so nothing of this session stays in memory. */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <Button
      variant="ghost"
      disabled={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, {
          onSettled: () => window.location.assign(buildSignInPath({ pathname: '/' }, 'signed-out')),
        })
      }
    >
      {t('nav.signOut')}
    </Button>
  );
}
