import { sendHttp } from '@integrity/http-kit';
import type { RequestHandler } from 'express';

/**
 * GET /ready: every subgraph answers `{ __typename }` within two seconds. The probe carries the gateway's
 * credential, so subgraphs that answer only the gateway (SUBGRAPH_ONLY_VIA_GATEWAY=true) let it through.
 */
export function readiness(endpoints: { name: string; url: string }[], credential: () => string | null): RequestHandler {
  return async (_req, res) => {
    const token = credential();
    const checks = await Promise.all(
      endpoints.map(async ({ name, url }) => {
        try {
          const response = await sendHttp(
            url,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(token ? { 'x-gateway-credential': token } : {}) },
              body: JSON.stringify({ query: '{ __typename }' }),
            },
            2000,
          );
          return { name, ok: response.ok };
        } catch {
          return { name, ok: false };
        }
      }),
    );
    const ready = checks.every((c) => c.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', subgraphs: checks });
  };
}
