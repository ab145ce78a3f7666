// Trusted documents: with TRUSTED_DOCUMENTS=required the gateway answers a browser only operations the console
// registered at build time (a manifest of hashes, written by the console's build beside its assets); integrators'
// tools, which send no Origin, keep ad-hoc access and their token decides what they may do. Imports graphql and
// node:crypto only: the console's build computes the same hashes with it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, print, visit, type FieldNode } from 'graphql';
import type { Reason } from '@integrity/rules';
import type { RequestHandler } from 'express';

/** The manifest's file name in the console's build folder. */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/**
 * A document as the manifest knows it: parsed and printed (whitespace, comments and layout gone), without the
 * `__typename` selections Apollo Client adds for its cache. Throws on a document that does not parse.
 */
export function normalizeDocument(source: string, maxTokens?: number): string {
  const withoutTypename = visit(parse(source, { noLocation: true, maxTokens }), {
    Field: (node: FieldNode) => (node.name.value === '__typename' && !node.alias ? null : undefined),
  });
  return print(withoutTypename);
}

/** sha256 (hex) of the normalized document: the manifest's key. */
export const trustedDocumentHash = (source: string, maxTokens?: number): string =>
  createHash('sha256').update(normalizeDocument(source, maxTokens)).digest('hex');

export interface TrustedManifest {
  /** Hashes of every operation the console sends. */
  hashes: string[];
}

/** The console build's manifest, or null when the folder has none. */
export function loadTrustedManifest(consoleDir: string | null | undefined): Set<string> | null {
  const file = consoleDir ? resolve(consoleDir, TRUSTED_DOCUMENTS_FILE) : null;
  if (!file || !existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as TrustedManifest;
  return new Set(manifest.hashes);
}

export type TrustedDocumentsMode = 'off' | 'required';

/** TRUSTED_DOCUMENTS: off (default) or required. */
export function trustedDocumentsFromEnv(env: NodeJS.ProcessEnv = process.env): TrustedDocumentsMode {
  const value = env.TRUSTED_DOCUMENTS ?? 'off';
  if (value !== 'off' && value !== 'required')
    throw new Error(`TRUSTED_DOCUMENTS must be "off" or "required", got "${value}"`);
  return value;
}

/**
 * A browser says where the page came from: every POST carries Origin, and fetches Sec-Fetch-Site. Node's fetch,
 * curl and GraphQL tools send neither (Sec-Fetch-Mode alone is not a browser: Node's fetch sends it too).
 */
const fromBrowser = (headers: Record<string, unknown>) =>
  headers.origin !== undefined || headers['sec-fetch-site'] !== undefined;

const refusal = {
  errors: [
    {
      message: 'This operation is not one the console registered; browsers may send only registered operations',
      extensions: { code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' satisfies Reason },
    },
  ],
};

/** How many accepted document texts are remembered (the console sends the same few texts again and again). */
const REMEMBERED = 1000;

/**
 * Refuses a browser's operation whose hash the manifest lacks (a document that does not parse, or has more than
 * `maxTokens` tokens, is not registered either). Runs before the operation limits, so it parses under the same
 * token cap; a text once accepted is answered from memory, not parsed again.
 */
export function trustedDocumentsMiddleware(manifest: ReadonlySet<string>, maxTokens?: number): RequestHandler {
  const accepted = new Set<string>();
  const registered = (query: string): boolean => {
    if (accepted.has(query)) return true;
    let hash: string;
    try {
      hash = trustedDocumentHash(query, maxTokens);
    } catch {
      return false;
    }
    if (!manifest.has(hash)) return false;
    if (accepted.size < REMEMBERED) accepted.add(query);
    return true;
  };
  return (req, res, next) => {
    if (!fromBrowser(req.headers)) return next();
    const body: unknown = req.method === 'GET' ? { query: req.query.query } : req.body;
    for (const request of Array.isArray(body) ? body : [body]) {
      const query = (request as { query?: unknown } | null)?.query;
      // no document: Apollo answers it (persisted queries are off)
      if (typeof query === 'string' && !registered(query)) {
        res.status(403).json(refusal);
        return;
      }
    }
    next();
  };
}
