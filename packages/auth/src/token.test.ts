import { describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import {
  bearerToken,
  serviceToken,
  signServiceToken,
  signToken,
  TokenError,
  verifyToken,
  verifyTokenClaims,
} from './token.js';
import type { Caller } from '@integrity/rules';

const secret = 'x'.repeat(40);
const officer: Caller = {
  kind: 'user',
  id: 'u1',
  username: 'rsj',
  roles: ['OFFICER'],
  domains: ['CREDIT'],
  departmentId: 'd1',
  regionCode: '445122',
  countyWide: ['CREDIT'],
};

describe('tokens', () => {
  it('round-trips a caller', () => {
    expect(verifyToken(signToken(officer, secret), secret)).toEqual(officer);
  });

  it('refuses an expired token with reason "expired"', () => {
    const token = signToken(officer, secret, -10);
    expect(() => verifyToken(token, secret)).toThrow(TokenError);
    try {
      verifyToken(token, secret);
    } catch (e) {
      expect((e as TokenError).reason).toBe('expired');
    }
  });

  it('refuses a token signed with another secret or tampered with', () => {
    const token = signToken(officer, secret);
    expect(() => verifyToken(token, 'y'.repeat(40))).toThrow(/not valid/);
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'u1', kind: 'user', usr: 'x', roles: ['ADMIN'] })).toString(
      'base64url',
    );
    expect(() => verifyToken(`${h}.${forged}.${s}`, secret)).toThrow(/not valid/);
  });

  it('keeps a service credential for four of its five minutes, then signs a new one', () => {
    const start = Date.now();
    const first = serviceToken('investment', secret, start);
    expect(serviceToken('investment', secret, start + 239_999)).toBe(first);
    expect(serviceToken('credit', secret, start)).not.toBe(first);
    expect(verifyTokenClaims(first, secret)).toMatchObject({ caller: { kind: 'service', id: 'investment' } });
    const { expiresAt } = verifyTokenClaims(first, secret);
    expect(expiresAt * 1000 - start).toBeGreaterThan(299_000);
    // a minute before it would end: the next call gets a token of its own, with its own five minutes
    const renewed = serviceToken('investment', secret, start + 240_000);
    expect(verifyTokenClaims(renewed, secret).caller).toMatchObject({ kind: 'service', id: 'investment' });
    expect(serviceToken('investment', secret, start + 240_001)).toBe(renewed);
  });

  it('marks service credentials as services', () => {
    expect(verifyToken(signServiceToken('procurement', secret), secret)).toMatchObject({
      kind: 'service',
      id: 'procurement',
      roles: [],
    });
  });

  it('drops unknown roles and domains from claims', () => {
    const token = signToken(
      { ...officer, roles: ['OFFICER', 'ROOT' as never], domains: ['CREDIT', 'X' as never] },
      secret,
    );
    expect(verifyToken(token, secret)).toMatchObject({ roles: ['OFFICER'], domains: ['CREDIT'] });
  });

  it('refuses a correctly signed token without exp (it would never end)', () => {
    const claims = {
      sub: 'u1',
      kind: 'user',
      usr: 'rsj',
      roles: ['ADMIN'],
      domains: [],
      dep: null,
      reg: null,
      cw: [],
      sid: 's1',
    };
    const forever = jwt.sign(claims, secret, { algorithm: 'HS256', issuer: 'integrity-graph' });
    expect(() => verifyToken(forever, secret)).toThrow(/no expiry/);
    expect(() =>
      verifyToken(jwt.sign(claims, secret, { algorithm: 'HS256', issuer: 'integrity-graph', expiresIn: 60 }), secret),
    ).not.toThrow();
  });

  it('carries the session id of a login, and none for a service credential', () => {
    const verified = verifyTokenClaims(signToken(officer, secret, 60, 'session-1'), secret);
    expect(verified.sessionId).toBe('session-1');
    expect(verified.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(verifyTokenClaims(signServiceToken('credit', secret), secret).sessionId).toBeNull();
  });

  it('reads only Bearer headers', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
