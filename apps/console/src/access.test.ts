import { describe, expect, it } from 'vitest';
import {
  accessFor,
  countyWideIn,
  homePath,
  pageForPath,
  PAGES,
  sectionPaths,
  supervises,
  type AccessUser,
  type PageId,
} from './access';

const ids = (user: AccessUser | null, available?: Set<PageId>) => accessFor(user, available).map((p) => p.id);

describe('accessFor', () => {
  it('gives the public only the disclosure page', () => {
    expect(ids(null)).toEqual(['public']);
  });

  it('gives an officer their own domains, enterprises to look up, and no dashboard or users', () => {
    const rsj: AccessUser = {
      roles: ['OFFICER'],
      domains: ['CREDIT'],
      department: { id: 'rsj', countyWideDomains: ['CREDIT'] },
    };
    // every officer sees the plan's ledger, their own department's warnings, rectification orders and evaluation result
    expect(ids(rsj)).toEqual([
      'civilServants',
      'creditRecords',
      // the exchange with the platforms: the server admits the county-wide ones
      'exchange',
      'creditChecks',
      'enterprises',
      'ledger',
      'warnings',
      'rectification',
      'evaluation',
      'cases',
      'judicial',
      // a credit report on its own department (or, for credit readers, anyone)
      'creditReports',
      'public',
    ]);
    expect(accessFor(rsj).find((p) => p.id === 'rectification')?.write).toBe(false);
    // its department's cases to read; only CASEWORK officers work them
    expect(accessFor(rsj).find((p) => p.id === 'cases')?.write).toBe(false);
    expect(accessFor({ roles: ['OFFICER'], domains: ['CASEWORK'] }).find((p) => p.id === 'cases')?.write).toBe(true);
    // judgments and hearings likewise: its own body's to read, CASEWORK officers record them
    expect(accessFor(rsj).find((p) => p.id === 'judicial')?.write).toBe(false);
    expect(accessFor({ roles: ['OFFICER'], domains: ['CASEWORK'] }).find((p) => p.id === 'judicial')?.write).toBe(true);
    const czj: AccessUser = {
      roles: ['OFFICER'],
      domains: ['PROCUREMENT', 'DEBT'],
      department: { id: 'czj', countyWideDomains: ['PROCUREMENT', 'DEBT'] },
    };
    expect(ids(czj)).toEqual([
      'procurementProjects',
      'ppp',
      'debt',
      // the credit checks its bids, awards and contracts ran
      'creditChecks',
      'enterprises',
      'ledger',
      'warnings',
      'rectification',
      'evaluation',
      'cases',
      'judicial',
      'creditReports',
      'public',
    ]);
    expect(accessFor(czj).find((p) => p.id === 'debt')?.write).toBe(true);
    expect(accessFor(czj).find((p) => p.id === 'enterprises')?.write).toBe(false);
  });

  it('keeps the county-wide steps from an officer whose department acts for itself only', () => {
    // a town's CREDIT officer: no exchange with the platforms; a DEBT officer outside the finance bureau: reads debt
    const town: AccessUser = { roles: ['OFFICER'], domains: ['CREDIT', 'DEBT'], department: { id: 'town' } };
    expect(ids(town)).not.toContain('exchange');
    expect(accessFor(town).find((p) => p.id === 'debt')?.write).toBe(false);
    expect(countyWideIn(town, 'CREDIT')).toBe(false);
    // a session saved before the department's county-wide domains were asked: none
    expect(countyWideIn({ roles: ['OFFICER'], domains: ['CREDIT'] }, 'CREDIT')).toBe(false);
    // SUPERVISION for its own department only: no ordering or evaluating
    const local: AccessUser = { roles: ['OFFICER'], domains: ['SUPERVISION'], department: { id: 'town' } };
    expect(supervises(local)).toBe(false);
    expect(accessFor(local).find((p) => p.id === 'rectification')?.write).toBe(false);
  });

  it('gives leaders every dashboard and domain view, read-only', () => {
    const pages = accessFor({ roles: ['LEADER'], domains: [] });
    // not the exchange with the platforms either: the county credit office runs it
    expect(pages.map((p) => p.id)).toEqual(
      PAGES.map((p) => p.id).filter(
        (id) => id !== 'users' && id !== 'oversight' && id !== 'auditTrail' && id !== 'exchange' && id !== 'delivery',
      ),
    );
    expect(pages.every((p) => !p.write)).toBe(true);
  });

  it("lets supervisors read the same views as leaders, plus the oversight page and every domain's audit trail", () => {
    expect(
      ids({ roles: ['SUPERVISOR'], domains: [] }).filter((id) => id !== 'oversight' && id !== 'auditTrail'),
    ).toEqual(ids({ roles: ['LEADER'], domains: [] }));
    expect(ids({ roles: ['SUPERVISOR'], domains: [] })).toContain('oversight');
    expect(ids({ roles: ['SUPERVISOR'], domains: [] })).toContain('auditTrail');
    // the servers answer administrators and supervisors only: nobody else is shown the page
    expect(ids({ roles: ['ADMIN'], domains: [] })).toContain('auditTrail');
    expect(ids({ roles: ['LEADER'], domains: [] })).not.toContain('auditTrail');
    expect(ids({ roles: ['OFFICER'], domains: ['CREDIT'] })).not.toContain('auditTrail');
    // what the subgraphs have not yet delivered: the administrators' alone
    expect(ids({ roles: ['ADMIN'], domains: [] })).toContain('delivery');
    for (const role of ['LEADER', 'SUPERVISOR', 'OFFICER'] as const)
      expect(ids({ roles: [role], domains: ['CREDIT'] })).not.toContain('delivery');
    // and order and decide rectification, as SUPERVISION officers do
    expect(accessFor({ roles: ['SUPERVISOR'], domains: [] }).find((p) => p.id === 'rectification')?.write).toBe(true);
    expect(
      accessFor({
        roles: ['OFFICER'],
        domains: ['SUPERVISION'],
        department: { id: 'fgj', countyWideDomains: ['SUPERVISION'] },
      }).find((p) => p.id === 'rectification')?.write,
    ).toBe(true);
    // and run the annual evaluation; an officer of another domain only answers for their department
    expect(accessFor({ roles: ['SUPERVISOR'], domains: [] }).find((p) => p.id === 'evaluation')?.write).toBe(true);
    expect(accessFor({ roles: ['OFFICER'], domains: ['CREDIT'] }).find((p) => p.id === 'evaluation')?.write).toBe(
      false,
    );
  });

  it('lets admins manage the directory, including users', () => {
    const pages = accessFor({ roles: ['ADMIN'], domains: [] });
    expect(pages.filter((p) => p.write).map((p) => p.id)).toEqual(['departments', 'enterprises', 'users']);
  });

  it('drops pages whose subgraph this build does not have', () => {
    expect(ids({ roles: ['LEADER'], domains: [] }, new Set<PageId>(['dashboard', 'departments']))).toEqual([
      'dashboard',
      'departments',
    ]);
  });

  it('lands leaders on the dashboard and officers on their first page', () => {
    expect(homePath(accessFor({ roles: ['LEADER'], domains: [] }))).toBe('/dashboard');
    expect(homePath(accessFor({ roles: ['OFFICER'], domains: ['INVESTMENT'] }))).toBe('/investment');
    expect(homePath(accessFor(null))).toBe('/public');
  });

  it('matches nested paths to their page', () => {
    const pages = accessFor({ roles: ['OFFICER'], domains: ['CREDIT'] });
    expect(pageForPath(pages, '/credit/records/42')?.id).toBe('creditRecords');
    expect(pageForPath(pages, '/debt')).toBeUndefined();
  });
});

describe('section paths', () => {
  it('come from the one page table, /oversight included, and never the public page', () => {
    expect(sectionPaths().sort()).toEqual([
      '/audit',
      '/casework',
      '/credit',
      '/dashboard',
      '/debt',
      '/directory',
      '/investment',
      '/oversight',
      '/procurement',
      '/supervision',
      '/system',
    ]);
  });
});
