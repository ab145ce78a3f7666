import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION, AUDIT_CATALOGUE, AUDIT_ENTITY, auditActionName, lowerCode } from './audit-catalogue.js';
import { DOMAINS } from './roles.js';

describe('the audit catalogue', () => {
  it('names each action and kind of record in one domain only (a second would silently rename the first)', () => {
    const actions = DOMAINS.flatMap((d) => Object.keys(AUDIT_CATALOGUE[d].actions));
    const entities = DOMAINS.flatMap((d) => Object.keys(AUDIT_CATALOGUE[d].entities));
    expect(actions.length).toBe(new Set(actions).size);
    expect(entities.length).toBe(new Set(entities).size);
    expect(Object.keys(AUDIT_ACTION)).toHaveLength(actions.length);
    expect(Object.keys(AUDIT_ENTITY)).toHaveLength(entities.length);
  });

  it('names everything in Chinese and English, the Chinese without Latin words (PPP is the plan’s own)', () => {
    for (const name of [...Object.values(AUDIT_ACTION), ...Object.values(AUDIT_ENTITY)]) {
      expect(name['en-US'].trim()).not.toBe('');
      expect(name['zh-CN'].replace(/PPP/g, '')).toMatch(/^[^A-Za-z]+$/);
    }
  });

  it('answers a code read back from a trail, and nothing for one it does not know', () => {
    expect(auditActionName('objection.upheld')?.['zh-CN']).toBe('异议成立');
    expect(auditActionName('toString')).toBeUndefined();
    expect(auditActionName('note.create')).toBeUndefined();
  });

  it('builds a status tail the catalogue knows', () => {
    expect(`project.${lowerCode('IN_PERFORMANCE')}`).toBe('project.in_performance');
    expect(AUDIT_ACTION[`project.${lowerCode('IN_PERFORMANCE')}`]['zh-CN']).toBe('进入履约');
  });
});
