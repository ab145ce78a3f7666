import { demoDepartments, demoEnterprises, demoGovernmentUscc } from '@integrity/demo-data';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/index.js';

const mysql = await mysqlStatus();

describe.skipIf(!mysql.ok)(
  `directory through the gateway on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let admin: string;

    beforeAll(async () => {
      stack = await startStack({ subgraphs: [subgraph] });
      admin = await stack.login('admin');
    });
    afterAll(() => stack?.close());

    const count = async (table: string) =>
      Number(
        (
          (await stack.subgraphs.directory!.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number }[]
        )[0]!.n,
      );

    it('logs in every demo user with the roles and domains of the contract', async () => {
      const expected: Record<string, [string[], string[]]> = {
        admin: [['ADMIN'], []],
        leader: [['LEADER'], []],
        supervisor: [['SUPERVISOR'], []],
        rsj: [['OFFICER'], ['CREDIT']],
        fgj: [['OFFICER'], ['CREDIT', 'PROCUREMENT', 'SUPERVISION']],
        czj: [['OFFICER'], ['PROCUREMENT', 'DEBT']],
        jxj: [['OFFICER'], ['INVESTMENT']],
        hgz: [['OFFICER'], ['INVESTMENT']],
        xfj: [['OFFICER'], ['CASEWORK']],
      };
      for (const [username, [roles, domains]] of Object.entries(expected)) {
        const token = await stack.login(username);
        const me = await stack.graphql<{
          me: { username: string; roles: string[]; domains: string[]; department: { name: string } };
        }>('{ me { username roles domains department { name } } }', {}, token);
        expect(me.errors).toBeUndefined();
        expect(me.data!.me).toMatchObject({ username, roles, domains });
      }
      const hgz = await stack.graphql<{ me: { department: { name: string; kind: string; region: { name: string } } } }>(
        '{ me { department { name kind region { name } } } }',
        {},
        await stack.login('hgz'),
      );
      expect(hgz.data!.me.department).toEqual({
        name: '饶平县黄冈镇人民政府',
        kind: 'TOWN_GOVERNMENT',
        region: { name: '黄冈镇' },
      });
    });

    it('refuses a wrong password and an unknown user with the same UNAUTHENTICATED message', async () => {
      const wrong = await stack.graphql('mutation { login(username: "leader", password: "nope-nope-nope") { token } }');
      const unknown = await stack.graphql(
        'mutation { login(username: "nobody", password: "nope-nope-nope") { token } }',
      );
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });

    it('reads a name no account can have as no account: an accented or full-width spelling of one does not log in as it', async () => {
      // MariaDB's collation finds these as leader, each with a lockout count of its own: the right password let them in
      for (const spelling of ['lëader', 'ｌｅａｄｅｒ', 'leader ']) {
        const result = await stack.graphql<{ login: { token: string } }>(
          'mutation ($u: String!) { login(username: $u, password: "demo-password") { token } }',
          { u: spelling },
        );
        expect(errorCode(result), spelling).toBe('UNAUTHENTICATED');
        expect(result.data?.login, spelling).toBeFalsy();
      }
    });

    it('refuses an expired token as UNAUTHENTICATED, saying it expired', async () => {
      const expired = stack.tokenFor(
        {
          kind: 'user',
          id: 'x',
          username: 'admin',
          roles: ['ADMIN'],
          domains: [],
          departmentId: null,
          regionCode: null,
          countyWide: [],
        },
        -60,
      );
      const result = await stack.graphql('{ me { username } }', {}, expired);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/expired/);
      const write = await stack.graphql(
        'mutation { createDepartment(input: { code: "EXP", name: "过期部门", kind: OTHER, uscc: "11445122763393367L", regionCode: "445122" }) { id } }',
        {},
        expired,
      );
      expect(errorCode(write)).toBe('UNAUTHENTICATED');
    });

    it('lists departments with their regions, and reads the county tree', async () => {
      const result = await stack.graphql<{
        departments: { total: number; items: { name: string; region: { name: string } }[] };
      }>('{ departments(pageSize: 100) { total items { name region { name } } } }', {}, await stack.login('leader'));
      expect(result.errors).toBeUndefined();
      expect(result.data!.departments.total).toBeGreaterThanOrEqual(50);
      expect(result.data!.departments.items).toContainEqual({
        name: '饶平县人力资源和社会保障局',
        region: { name: '饶平县' },
      });
      const towns = await stack.graphql<{ regions: { name: string; parent: { name: string } }[] }>(
        '{ regions(parentCode: "445122") { name parent { name } } }',
      );
      expect(towns.data!.regions).toHaveLength(21);
      expect(towns.data!.regions[0]).toEqual({ name: '黄冈镇', parent: { name: '饶平县' } });
    });

    it('filters and pages departments', async () => {
      const towns = await stack.graphql<{ departments: { total: number; items: unknown[]; page: number } }>(
        '{ departments(kind: TOWN_GOVERNMENT, page: 2, pageSize: 5) { total page items { code } } }',
      );
      expect(towns.data!.departments).toMatchObject({ total: 21, page: 2 });
      expect(towns.data!.departments.items).toHaveLength(5);
      const search = await stack.graphql<{ departments: { items: { shortName: string }[] } }>(
        '{ departments(search: "人社") { items { shortName } } }',
      );
      expect(search.data!.departments.items).toEqual([{ shortName: '县人社局' }]);
      const literal = await stack.graphql<{ departments: { total: number } }>('{ departments(search: "%") { total } }');
      expect(literal.data!.departments.total).toBe(0);
    });

    it('refuses a leader who tries to write, and writes nothing', async () => {
      const before = await count('department');
      const result = await stack.graphql(
        'mutation { createDepartment(input: { code: "NEW1", name: "新部门", kind: OTHER, uscc: "114451227291776012", regionCode: "445122" }) { id } }',
        {},
        await stack.login('leader'),
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await count('department')).toBe(before);
      const anonymous = await stack.graphql(
        'mutation { createDepartment(input: { code: "NEW1", name: "新部门", kind: OTHER, uscc: "114451227291776012", regionCode: "445122" }) { id } }',
      );
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });

    it('rejects a bad USCC check character on the field "uscc" and leaves no row', async () => {
      const before = await count('enterprise');
      const auditBefore = await count('audit_log');
      const result = await stack.graphql(
        'mutation { createEnterprise(input: { uscc: "91350100M000100Y44", name: "测试企业有限公司" }) { uscc } }',
        {},
        admin,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
      expect(result.errors?.[0]?.message).toMatch(/should be 3/);
      expect(await count('enterprise')).toBe(before);
      expect(await count('audit_log')).toBe(auditBefore);
    });

    it('names the field at fault for validation failures, nested or in variables', async () => {
      const short = await stack.graphql(
        'mutation { createDepartment(input: { code: "X1", name: "短", kind: OTHER, uscc: "11445122697043544R", regionCode: "445122" }) { id } }',
        {},
        admin,
      );
      expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const region = await stack.graphql(
        'mutation { createDepartment(input: { code: "X1", name: "某某部门", kind: OTHER, uscc: "11445122697043544R", regionCode: "999999" }) { id } }',
        {},
        admin,
      );
      expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
      const variable = await stack.graphql(
        'mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
        { input: { code: 'X1', name: '某某部门', kind: 'NOPE', uscc: '11445122697043544R', regionCode: '445122' } },
        admin,
      );
      expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      const page = await stack.graphql('{ departments(pageSize: 1000) { total } }');
      expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pageSize' });
    });

    it('keeps each department’s unified social credit code: a government body’s (11…), checked, unique', async () => {
      const finance = demoDepartments.find((d) => d.code === 'CZJ')!;
      const read = await stack.graphql<{ department: { uscc: string } }>(
        'query ($id: ID!) { department(id: $id) { uscc } }',
        { id: finance.id },
      );
      expect(read.data!.department.uscc).toBe(finance.uscc);
      const create = (uscc: string) =>
        stack.graphql(
          'mutation ($i: CreateDepartmentInput!) { createDepartment(input: $i) { id uscc } }',
          { i: { code: 'USCC1', name: '代码测试部门', kind: 'OTHER', uscc, regionCode: '445122' } },
          admin,
        );
      // an enterprise's code (91…) is valid but not a government body's
      expect((await create(demoEnterprises[0]!.uscc)).errors?.[0]?.extensions).toMatchObject({
        field: 'uscc',
        reason: 'USCC_NOT_GOVERNMENT',
      });
      expect((await create(`${finance.uscc.slice(0, 17)}0`)).errors?.[0]?.extensions).toMatchObject({
        field: 'uscc',
        reason: finance.uscc.endsWith('0') ? 'ALREADY_REGISTERED' : 'INVALID_USCC',
      });
      expect((await create(finance.uscc)).errors?.[0]?.extensions).toMatchObject({
        field: 'uscc',
        reason: 'ALREADY_REGISTERED',
      });
      const made = await create(demoGovernmentUscc('USCC1', '445122').toLowerCase());
      expect(made.errors).toBeUndefined();
      expect((made.data as { createDepartment: { uscc: string } }).createDepartment.uscc).toBe(
        demoGovernmentUscc('USCC1', '445122'),
      );
    });

    it('creates an enterprise and a department, round-trips Chinese text, and audits each change', async () => {
      const created = await stack.graphql<{ createEnterprise: { uscc: string; name: string } }>(
        'mutation { createEnterprise(input: { uscc: "91440300708461136t", name: "深圳市腾讯计算机系统有限公司𠀀" }) { uscc name } }',
        {},
        admin,
      );
      expect(created.data!.createEnterprise).toEqual({
        uscc: '91440300708461136T',
        name: '深圳市腾讯计算机系统有限公司𠀀',
      });
      const dup = await stack.graphql(
        'mutation { createEnterprise(input: { uscc: "91440300708461136T", name: "重复" }) { uscc } }',
        {},
        admin,
      );
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uscc' });
      const audit = await stack.graphql<{
        directoryAuditTrail: { items: { action: string; actorName: string; after: { name: string } }[] };
      }>(
        '{ directoryAuditTrail(entityType: "Enterprise", entityId: "91440300708461136T") { items { action actorName after } } }',
        {},
        admin,
      );
      expect(audit.data!.directoryAuditTrail.items).toEqual([
        {
          action: 'enterprise.create',
          actorName: 'admin',
          after: expect.objectContaining({ name: '深圳市腾讯计算机系统有限公司𠀀' }),
        },
      ]);
      // a size class: UNKNOWN until recorded (not an SME); the demo's enterprises have theirs
      const sized = await stack.graphql<{ updateEnterprise: { size: string }; enterprise: { size: string } }>(
        `mutation ($u: String!) { updateEnterprise(uscc: "91440300708461136T", input: { version: 1, size: LARGE }) { size }
          enterprise: createEnterprise(input: { uscc: $u, name: "小微测试有限公司", size: MICRO }) { size } }`,
        { u: '91350100M000100Y43' },
        admin,
      );
      expect(sized.errors).toBeUndefined();
      expect(sized.data).toEqual({ updateEnterprise: { size: 'LARGE' }, enterprise: { size: 'MICRO' } });
      const demo = await stack.graphql<{ enterprise: { size: string } }>(
        'query ($u: String!) { enterprise(uscc: $u) { size } }',
        { u: demoEnterprises[10]!.uscc },
        admin,
      );
      expect(demo.data!.enterprise.size).toBe(demoEnterprises[10]!.size);
    });

    it('updates with optimistic locking: a stale version is CONFLICT and changes nothing', async () => {
      const created = await stack.graphql<{ createDepartment: { id: string; version: number } }>(
        'mutation { createDepartment(input: { code: "LOCK", name: "锁测试部门", kind: OTHER, uscc: "1144512254810370XJ", regionCode: "445122" }) { id version } }',
        {},
        admin,
      );
      const { id, version } = created.data!.createDepartment;
      const update = (v: number, name: string) =>
        stack.graphql<{ updateDepartment: { name: string; version: number } }>(
          'mutation ($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { name version } }',
          { id, input: { version: v, name } },
          admin,
        );
      const first = await update(version, '锁测试部门（改）');
      expect(first.data!.updateDepartment).toEqual({ name: '锁测试部门（改）', version: version + 1 });
      const stale = await update(version, '另一人的修改');
      expect(errorCode(stale)).toBe('CONFLICT');
      const now = await stack.graphql<{ department: { name: string } }>(`{ department(id: "${id}") { name } }`);
      expect(now.data!.department.name).toBe('锁测试部门（改）');
      const missing = await stack.graphql(
        'mutation { updateDepartment(id: "nope", input: { version: 1, name: "无此部门" }) { id } }',
        {},
        admin,
      );
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });

    it('manages users: officers need a department and domains; passwords are never readable', async () => {
      const noDept = await stack.graphql(
        'mutation { createUser(input: { username: "new.officer", displayName: "新经办人", password: "long-enough-pw", roles: [OFFICER], domains: [CREDIT] }) { id } }',
        {},
        admin,
      );
      expect(noDept.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
      // the trails' names for no account (seeded data, the public) are no one's login
      for (const username of ['system', 'Anonymous'])
        expect(
          (
            await stack.graphql(
              `mutation { createUser(input: { username: "${username}", displayName: "保留", password: "long-enough-pw", roles: [LEADER] }) { id } }`,
              {},
              admin,
            )
          ).errors?.[0]?.extensions,
          username,
        ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username', reason: 'USERNAME_RESERVED' });
      const dept = await stack.graphql<{ departments: { items: { id: string }[] } }>(
        '{ departments(search: "RSJ") { items { id } } }',
      );
      const created = await stack.graphql<{ createUser: { id: string; roles: string[]; domains: string[] } }>(
        `mutation { createUser(input: { username: "new.officer", displayName: "新经办人", password: "long-enough-pw", roles: [OFFICER], domains: [CREDIT], departmentId: "${dept.data!.departments.items[0]!.id}" }) { id roles domains } }`,
        {},
        admin,
      );
      expect(created.data!.createUser).toMatchObject({ roles: ['OFFICER'], domains: ['CREDIT'] });
      expect(await stack.login('new.officer', 'long-enough-pw')).toBeTruthy();
      const trail = await stack.graphql<{ directoryAuditTrail: { items: { after: Record<string, unknown> }[] } }>(
        `{ directoryAuditTrail(entityId: "${created.data!.createUser.id}") { items { after } } }`,
        {},
        admin,
      );
      expect(JSON.stringify(trail.data!.directoryAuditTrail)).not.toMatch(/scrypt|passwordHash/);
      const forbidden = await stack.graphql('{ users { total } }', {}, await stack.login('leader'));
      expect(errorCode(forbidden)).toBe('FORBIDDEN');
    });

    it('names the accounts an audit trail records, to any signed-in user, in one statement per level', async () => {
      const query = 'query ($u: [String!]!) { staffNames(usernames: $u) { username displayName department { name } } }';
      const officer = await stack.login('rsj');
      stack.resetSqlCount();
      const named = await stack.graphql<{
        staffNames: { username: string; displayName: string; department: { name: string } | null }[];
      }>(query, { u: ['czj', 'supervisor', 'czj', 'system', 'nobody'] }, officer);
      expect(named.errors).toBeUndefined();
      // unknown usernames (the system's own) are left out, a repeated one named once; never roles
      expect(named.data!.staffNames).toEqual([
        { username: 'czj', displayName: '县财政局经办人', department: { name: '饶平县财政局' } },
        { username: 'supervisor', displayName: '县监察委监督员', department: { name: '饶平县监察委员会' } },
      ]);
      // the accounts, then their departments
      expect(stack.sqlCount()).toBe(2);
      // an account no longer active still names the records its officer made
      const found = await stack.graphql<{ users: { items: { id: string; version: number }[] } }>(
        '{ users(search: "hgz") { items { id version } } }',
        {},
        admin,
      );
      const hgz = found.data!.users.items[0]!;
      const off = await stack.graphql(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, active: false }) { id } }',
        { id: hgz.id, v: hgz.version },
        admin,
      );
      expect(off.errors).toBeUndefined();
      const kept = await stack.graphql<{ staffNames: { displayName: string }[] }>(query, { u: ['hgz'] }, officer);
      expect(kept.data!.staffNames).toEqual([expect.objectContaining({ displayName: '黄冈镇经办人' })]);
      await stack.graphql(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, active: true }) { id } }',
        { id: hgz.id, v: hgz.version + 1 },
        admin,
      );
      // the anonymous are not told who works where; too many names at once is refused on the field
      expect(errorCode(await stack.graphql(query, { u: ['czj'] }))).toBe('UNAUTHENTICATED');
      const many = await stack.graphql(query, { u: Array.from({ length: 201 }, (_, i) => `u${i}`) }, officer);
      expect(many.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'usernames',
        reason: 'TOO_MANY_ITEMS',
      });
    });

    it('lists 50 departments with their regions in a constant number of SQL statements', async () => {
      stack.resetSqlCount();
      const result = await stack.graphql<{ departments: { items: unknown[] } }>(
        '{ departments(pageSize: 50) { total items { name region { name parent { name } } } } }',
      );
      expect(result.data!.departments.items).toHaveLength(50);
      // the page with its total (a window count, even when the page is full), then one batched region lookup per
      // level (regions, then their parents)
      expect(stack.sqlCount()).toBe(3);
      const total = (result.data as unknown as { departments: { total: number } }).departments.total;
      expect(total).toBeGreaterThan(50);
      // a page past the end has no row to carry the window count: it is counted on its own
      const past = await stack.graphql<{ departments: { total: number; items: unknown[] } }>(
        '{ departments(page: 999, pageSize: 50) { total items { name } } }',
      );
      expect(past.data!.departments).toEqual({ total, items: [] });
    });
  },
);
