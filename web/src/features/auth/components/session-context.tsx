import { createContext, useContext } from 'react';
import type { Session } from '../api/session-schema';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user's session; only inside `RequireSession`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession is used outside RequireSession');
  return session;
}
