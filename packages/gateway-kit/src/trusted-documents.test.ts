import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { normalizeDocument, trustedDocumentHash, trustedDocumentsMiddleware } from './trusted-documents.js';

const REGISTERED = `
  # the console's list
  query Departments($page: Int) {
    departments(page: $page) { total items { id name } }
  }
`;

describe('trusted documents', () => {
  it('hashes a document the same whatever its layout, comments or the __typename Apollo Client adds', () => {
    const asSent = 'query Departments($page:Int){departments(page:$page){total items{id name __typename} __typename}}';
    expect(normalizeDocument(asSent)).toBe(normalizeDocument(REGISTERED));
    expect(trustedDocumentHash(asSent)).toBe(trustedDocumentHash(REGISTERED));
    expect(trustedDocumentHash('query Departments { departments { total } }')).not.toBe(
      trustedDocumentHash(REGISTERED),
    );
    expect(() => normalizeDocument(`{ ${'a '.repeat(50)}}`, 20)).toThrow(/tokens/);
    // an aliased __typename is data the operation asked for, kept
    expect(normalizeDocument('{ t: __typename }')).toContain('__typename');
  });

  it('lets a browser send only registered operations, and tools anything', async () => {
    const app = express();
    app.use(
      express.json(),
      trustedDocumentsMiddleware(new Set([trustedDocumentHash(REGISTERED)]), 2000),
      (_req, res) => {
        res.json({ data: 'passed' });
      },
    );
    const server = app.listen(0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, headers: Record<string, string> = {}) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: r.status, body: (await r.json()) as { data?: string; errors?: { extensions: object }[] } };
    };
    const browser = { origin: 'http://127.0.0.1', 'sec-fetch-site': 'same-origin' };
    try {
      const sent = 'query Departments($page: Int) { departments(page: $page) { total items { id name __typename } } }';
      expect((await post(sent, browser)).body).toEqual({ data: 'passed' });
      const adHoc = await post('{ users { items { username } } }', browser);
      expect(adHoc.status).toBe(403);
      expect(adHoc.body.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
      expect((await post('{ users { items { username } } }', { origin: 'https://elsewhere.example' })).status).toBe(
        403,
      );
      expect((await post('{ not a document', browser)).status).toBe(403);
      // the registered text again (answered from memory), and one over the token cap refused without a full parse
      expect((await post(sent, browser)).body).toEqual({ data: 'passed' });
      expect((await post(`{ ${'a '.repeat(5000)}}`, browser)).status).toBe(403);
      // an integrator's tool (no Origin, no Sec-Fetch-Site) keeps ad-hoc access; its token decides the rest
      expect((await post('{ users { items { username } } }')).body).toEqual({ data: 'passed' });
    } finally {
      server.close();
    }
  });
});
