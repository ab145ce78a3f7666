// The signed-in session as the app holds it (App's state, handed down by ConsoleLayout): pages read the user
// from here, never from storage, so they follow a login, logout or expiry the moment the app sees it.
import { createContext, useContext } from 'react';
import type { Session } from './session';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user, or null outside the console frame (e.g. the public page). */
export const useSessionUser = () => useContext(SessionContext)?.user ?? null;
