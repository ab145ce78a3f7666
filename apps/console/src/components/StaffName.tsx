// Audit trails record usernames (czj); officers read who acted by name (县财政局经办人). The names on a page are
// asked for together, in one request after it renders, and kept until the page is reloaded: a name rarely changes.
import { useEffect, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import type { MessageKey } from '../messages';
import { useT } from '../i18n';
import { DOMAIN } from '../labels';
import type { Domain } from '../labels/domain';
import { NON_ACCOUNT_ACTORS, PUBLIC_ACTORS, SYSTEM_ACTOR } from '@integrity/rules';
import { useLabel } from '../labels/useLabel';
import type { ListColumn } from './ListPage';

const STAFF_NAMES = graphql(`
  query StaffNames($usernames: [String!]!) {
    staffNames(usernames: $usernames) {
      username
      displayName
    }
  }
`);

/** The directory's limit for one request. */
const BATCH = 200;
/** username → display name, or null when the directory knows no such account */
const names = new Map<string, string | null>();
const waiting = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;
let flushing = false;

async function flush(client: ApolloClient) {
  flushing = false;
  const batch = [...waiting].slice(0, BATCH);
  batch.forEach((u) => waiting.delete(u));
  if (waiting.size) schedule(client);
  try {
    const { data } = await client.query({ query: STAFF_NAMES, variables: { usernames: batch } });
    if (!data) return;
    const found = new Map(data.staffNames.map((s) => [s.username, s.displayName]));
    for (const u of batch) names.set(u, found.get(u) ?? null);
    version += 1;
    listeners.forEach((l) => l());
  } catch {
    // unread (offline, session ended): the username stays shown, and the next page asks again
  }
}

function schedule(client: ApolloClient) {
  if (flushing) return;
  flushing = true;
  setTimeout(() => void flush(client), 0);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Another subgraph acting with its service credential (`service:procurement`: an outbox, a job): its domain. */
const SERVICE = /^service:(\w+)$/;
const serviceDomain = (username: string): Domain | null => {
  const name = SERVICE.exec(username)?.[1]?.toUpperCase();
  return name && name in DOMAIN ? (name as Domain) : null;
};

/** Who acted without signing in: the public (rules' PUBLIC_ACTORS). */
const PUBLIC: ReadonlySet<string> = new Set(PUBLIC_ACTORS);

/** The display name of an account as far as known: the username until the directory has answered. */
export const staffNameText = (username: string): string => names.get(username) ?? username;

/** The name of whoever acted, in the officer's words: a service as its domain's system, the public, an account. */
export function useActorText() {
  const t = useT();
  const { label } = useLabel();
  return (username: string): string => {
    const domain = serviceDomain(username);
    if (domain) return t('common.systemActor', { domain: label(DOMAIN, domain) });
    if (PUBLIC.has(username)) return t('common.publicActor');
    if (username === SYSTEM_ACTOR) return t('common.builtInActor');
    return staffNameText(username);
  };
}

/** A service, the public or the system is no account: never asked of the directory. */
const isAccount = (username: string): boolean =>
  !serviceDomain(username) && !(NON_ACCOUNT_ACTORS as readonly string[]).includes(username);

/**
 * Who acted, for many names at once (those inside a change's nested records): asks the directory for every
 * account not read yet, in one request, and re-renders when they arrive.
 */
export function useStaffNames(usernames: readonly string[]): (username: string) => string {
  const client = useApolloClient();
  const actorText = useActorText();
  useSyncExternalStore(subscribe, () => version);
  const key = usernames.join('\n');
  useEffect(() => {
    const missing = (key ? key.split('\n') : []).filter((u) => isAccount(u) && !names.has(u) && !waiting.has(u));
    if (!missing.length) return;
    missing.forEach((u) => waiting.add(u));
    schedule(client);
  }, [client, key]);
  return actorText;
}

/** An account's display name; the username while it is read, or when the account is unknown. */
export function useStaffName(username: string | null | undefined): string {
  const actorText = useStaffNames(username ? [username] : []);
  return username ? actorText(username) : '';
}

/** An account named in a list cell or a sentence. */
export function StaffName({ username }: { username: string }) {
  return <>{useStaffName(username)}</>;
}

/**
 * A list column naming who acted: the display name in the cell and in the export (the username until it is
 * read), a service as its domain's system and the public as such in both.
 */
export function useStaffColumn() {
  const actorText = useActorText();
  return <Row,>(key: string, title: MessageKey, username: (row: Row) => string): ListColumn<Row> => ({
    key,
    title,
    text: (r) => actorText(username(r)),
    render: (r) => <StaffName username={username(r)} />,
  });
}
