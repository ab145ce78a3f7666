// The session lives in sessionStorage (gone when the tab closes; never in localStorage or cookies readable
// by other tabs). Expiry is checked locally from the JWT's exp and by the server (UNAUTHENTICATED).
import type { Domain, Role } from './access';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  domains: Domain[];
  department?: { id: string; name: string; countyWideDomains?: Domain[] | null } | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'ig.session';
type Listener = (session: Session | null, reason?: 'expired') => void;
const listeners = new Set<Listener>();

export function loadSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || Date.parse(session.expiresAt) <= now) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l(session));
}

export function clearSession(reason?: 'expired'): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l(null, reason));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
