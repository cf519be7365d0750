/** Where the app goes after sign-in when nothing else is asked for. */
export const defaultAfterSignIn = '/customers';
export const signInPath = '/sign-in';

interface LocationLike {
  pathname: string;
  search?: string;
  hash?: string;
}

/** Accepts only same-origin app paths, so `?next=` cannot send anyone to another site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return defaultAfterSignIn;
  }
  if (
    next === signInPath ||
    next.startsWith(`${signInPath}?`) ||
    next.startsWith(`${signInPath}/`)
  ) {
    return defaultAfterSignIn;
  }
  return next;
}

/** Why the user is sent to sign-in; the page says so. */
export type SignInReason = 'session-expired' | 'signed-out';

/** The sign-in page's address remembering the page the user was on. */
export function buildSignInPath(location: LocationLike, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const here = `${location.pathname}${location.search ?? ''}${location.hash ?? ''}`;
  if (location.pathname !== signInPath && here !== '/' && here !== '') params.set('next', here);
  if (reason) params.set('reason', reason);
  const search = params.toString();
  return search ? `${signInPath}?${search}` : signInPath;
}

export function parseSignInReason(value: string | null): SignInReason | null {
  return value === 'session-expired' || value === 'signed-out' ? value : null;
}
