import { verifyTokenClaims } from '@integrity/auth';
import { errorCode, mysqlStatus, startStack, whileHeld, type Stack } from '@integrity/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/index.js';

const mysql = await mysqlStatus();
const CHECK_SECONDS = 1;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!mysql.ok)(
  `sessions: logout and revocation on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;

    beforeAll(async () => {
      process.env.SESSION_CHECK_SECONDS = String(CHECK_SECONDS);
      stack = await startStack({ subgraphs: [subgraph] });
    });
    afterAll(async () => {
      delete process.env.SESSION_CHECK_SECONDS;
      await stack?.close();
    });

    const me = async (token: string) =>
      stack.graphql<{ me: { username: string } | null }>('{ me { username } }', {}, token);

    it('logout ends the session: the token is refused within the cache time, other sessions go on', async () => {
      const token = await stack.login('leader');
      const other = await stack.login('leader');
      expect((await me(token)).data?.me?.username).toBe('leader');
      const foundLive = Date.now();
      const out = await stack.graphql<{ logout: boolean }>('mutation { logout }', {}, token);
      expect(out.data?.logout).toBe(true);
      // the directory, which ended it, refuses it at once, though it had just found the session live: inside
      // the time that answer is trusted, so the refusal is the logout's own doing, not the cache running out
      expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
      expect(Date.now() - foundLive).toBeLessThan(CHECK_SECONDS * 1000);
      await pause(CHECK_SECONDS * 1000 + 200);
      const after = await me(token);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.errors?.[0]?.message).toMatch(/session has ended/);
      expect((await me(other)).data?.me?.username).toBe('leader');
      const trail = await stack.graphql<{ directoryAuditTrail: { items: { action: string }[] } }>(
        '{ directoryAuditTrail(entityType: "Session") { items { action } } }',
        {},
        await stack.login('admin'),
      );
      expect(trail.data?.directoryAuditTrail.items.map((i) => i.action)).toContain('session.logout');
    });

    it("a deactivated admin's token can no longer create an ADMIN (the attack of issue 17)", async () => {
      const admin = await stack.login('admin');
      const second = await stack.newUserToken({ username: 'second.admin', roles: ['ADMIN'] });
      const users = await stack.graphql<{ users: { items: { id: string; version: number }[] } }>(
        '{ users(search: "second.admin") { items { id version } } }',
        {},
        admin,
      );
      const { id, version } = users.data!.users.items[0]!;
      const disabled = await stack.graphql(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { active: false, version: $v }) { id } }',
        { id, v: version },
        admin,
      );
      expect(disabled.errors).toBeUndefined();
      await pause(CHECK_SECONDS * 1000 + 200);
      const create = await stack.graphql(
        'mutation { createUser(input: { username: "sneaky", displayName: "后门", password: "long-enough-pw", roles: [ADMIN] }) { id } }',
        {},
        second,
      );
      expect(errorCode(create)).toBe('UNAUTHENTICATED');
    });

    it("changing a user's roles ends their sessions; a fresh login carries the new roles", async () => {
      const admin = await stack.login('admin');
      const token = await stack.newUserToken({ username: 'role.change', roles: ['LEADER'] });
      const users = await stack.graphql<{ users: { items: { id: string; version: number }[] } }>(
        '{ users(search: "role.change") { items { id version } } }',
        {},
        admin,
      );
      const { id, version } = users.data!.users.items[0]!;
      await stack.graphql(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { roles: [SUPERVISOR], version: $v }) { id } }',
        { id, v: version },
        admin,
      );
      await pause(CHECK_SECONDS * 1000 + 200);
      expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
      const fresh = await stack.login('role.change', 'long-enough-pw');
      expect((await stack.graphql<{ me: { roles: string[] } }>('{ me { roles } }', {}, fresh)).data?.me.roles).toEqual([
        'SUPERVISOR',
      ]);
    });

    it("changing what a department acts in county-wide ends its users' sessions; renaming it does not", async () => {
      const admin = await stack.login('admin');
      const czj = await stack.login('czj'); // 县财政局: PROCUREMENT and DEBT county-wide
      const rsj = await stack.login('rsj'); // another department's officer
      type Dept = { departments: { items: { id: string; version: number; countyWideDomains: string[] }[] } };
      const find = async () =>
        (
          await stack.graphql<Dept>(
            '{ departments(search: "饶平县财政局") { items { id version countyWideDomains } } }',
            {},
            admin,
          )
        ).data!.departments.items[0]!;
      const update =
        'mutation ($id: ID!, $i: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $i) { version } }';
      let d = await find();
      expect(
        (await stack.graphql(update, { id: d.id, i: { version: d.version, shortName: '县财政局' } }, admin)).errors,
      ).toBeUndefined();
      await pause(CHECK_SECONDS * 1000 + 200);
      expect((await me(czj)).data?.me?.username).toBe('czj');
      d = await find();
      const changed = await stack.graphql(
        update,
        { id: d.id, i: { version: d.version, countyWideDomains: ['PROCUREMENT'] } },
        admin,
      );
      expect(changed.errors).toBeUndefined();
      await pause(CHECK_SECONDS * 1000 + 200);
      expect(errorCode(await me(czj))).toBe('UNAUTHENTICATED');
      expect((await me(rsj)).data?.me?.username).toBe('rsj');
    });

    it('a login while its department’s county-wide domains change carries what the change leaves, never the old', async () => {
      const directory = stack.subgraphs.directory!.dataSource;
      const [fgj] = (await directory.query(
        "SELECT id, county_wide_domains AS domains FROM department WHERE short_name = '县发改局'",
      )) as { id: string; domains: string }[];
      const countyWide = (token: string) => verifyTokenClaims(token, stack.secret).caller.countyWide;
      expect(countyWide(await stack.login('fgj'))).toContain('CREDIT');
      // the change holds the department's row, not yet committed, when the login comes: the login waits for it
      // and then reads what it made (it read the old row before, and its session outlived the change)
      try {
        const { result: token } = await whileHeld(
          directory,
          ["UPDATE department SET county_wide_domains = 'SUPERVISION', version = version + 1 WHERE id = ?", [fgj!.id]],
          () => stack.login('fgj'),
          { waiters: 1, end: 'commit' },
        );
        expect(countyWide(token)).toEqual(['SUPERVISION']);
      } finally {
        await directory.query('UPDATE department SET county_wide_domains = ?, version = version + 1 WHERE id = ?', [
          fgj!.domains,
          fgj!.id,
        ]);
      }
    });

    it('a change of a department that comes while a login holds it waits, then ends the session that login opened', async () => {
      const directory = stack.subgraphs.directory!.dataSource;
      const [dept] = (await directory.query(
        "SELECT id, version, county_wide_domains AS domains FROM department WHERE short_name = '县发改局'",
      )) as { id: string; version: number; domains: string }[];
      const [user] = (await directory.query("SELECT id, version FROM app_user WHERE username = 'fgj'")) as {
        id: string;
        version: number;
      }[];
      const admin = await stack.login('admin');
      const sessionId = randomUUID();
      const now = new Date();
      try {
        // a login's transaction: the department locked, its session inserted once the change waits for the lock
        const { result: changed } = await whileHeld(
          directory,
          ['SELECT id FROM department WHERE id = ? FOR UPDATE', [dept!.id]],
          () =>
            stack.graphql(
              'mutation ($id: ID!, $i: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $i) { version } }',
              { id: dept!.id, i: { version: dept!.version, countyWideDomains: ['CREDIT'] } },
              admin,
            ),
          {
            waiters: 1,
            change: [
              'INSERT INTO user_session (id, user_id, user_version, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)',
              [
                sessionId,
                user!.id,
                user!.version,
                now.toISOString(),
                new Date(now.getTime() + 3_600_000).toISOString(),
              ],
            ],
            end: 'commit',
          },
        );
        expect(changed.errors).toBeUndefined();
        const [row] = (await directory.query('SELECT revoked_at FROM user_session WHERE id = ?', [sessionId])) as {
          revoked_at: string | null;
        }[];
        expect(row!.revoked_at).not.toBeNull();
      } finally {
        await directory.query('UPDATE department SET county_wide_domains = ?, version = version + 1 WHERE id = ?', [
          dept!.domains,
          dept!.id,
        ]);
      }
    });

    it('refuses a signed user token that names no session, and logout without one', async () => {
      const unsessioned = stack.tokenFor({
        kind: 'user',
        id: 'x',
        username: 'admin',
        roles: ['ADMIN'],
        domains: [],
        departmentId: null,
        regionCode: null,
        countyWide: [],
      });
      expect(errorCode(await me(unsessioned))).toBe('UNAUTHENTICATED');
      expect(errorCode(await stack.graphql('mutation { logout }'))).toBe('UNAUTHENTICATED');
    });

    it('checks sessions cached and batched: many requests on one token cost one lookup per cache period', async () => {
      const token = await stack.login('supervisor');
      const counter = stack.subgraphs.directory!.counter;
      stack.resetSqlCount();
      // twenty different operations (the gateway would send twenty identical ones to the subgraph only once)
      await Promise.all(Array.from({ length: 20 }, (_, i) => stack.graphql(`{ me${i}: me { username } }`, {}, token)));
      expect(counter.sessionChecks).toBe(1);
      expect(stack.sqlCount()).toBe(20); // `me` itself, one SELECT each
      await pause(CHECK_SECONDS * 1000 + 200);
      await Promise.all(Array.from({ length: 5 }, () => me(token)));
      expect(counter.sessionChecks).toBe(2);
    });

    it('the lookup route answers only service credentials', async () => {
      const url = new URL('/internal/sessions', stack.subgraphs.directory!.url).toString();
      const asUser = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.login('leader')}` },
        body: '{"ids":[]}',
      });
      expect(asUser.status).toBe(403);
      const service = stack.serviceToken('credit');
      const asService = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service}` },
        body: JSON.stringify({ ids: ['nope'] }),
      });
      expect(await asService.json()).toEqual({ live: [] });
    });
  },
);
