import { CREDIT_REPORT_NUMBER, CREDIT_REPORT_ROUTE } from '@integrity/rules';
import { isAppError, type RequestContext } from '@integrity/subgraph-kit';
import type { Logger } from '@integrity/logging';
import type { Express, Request } from 'express';
import { creditReportPdf } from './credit-report.service.js';

/**
 * GET /credit-reports/:number: the PDF, to a signed-in caller who may have it (the gateway passes the route and
 * the Authorization header through). 401 without a live session, 403 to others, 404 for an unknown number.
 */
export function creditReportRoute(
  app: Express,
  deps: { log: Logger; context: (req: Request) => Promise<RequestContext> },
) {
  app.get(CREDIT_REPORT_ROUTE, async (req, res) => {
    const number = String(req.params.number ?? '');
    try {
      const ctx = await deps.context(req);
      if (!ctx.caller) {
        res.status(401).json({ error: 'UNAUTHENTICATED', reason: ctx.authError?.reason ?? 'LOGIN_REQUIRED' });
        return;
      }
      const found = CREDIT_REPORT_NUMBER.test(number)
        ? await creditReportPdf(ctx.dataSource, ctx.caller, number)
        : null;
      if (!found) {
        res.status(404).json({ error: 'NOT_FOUND', reason: 'NOT_FOUND' });
        return;
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader(
        'content-disposition',
        `attachment; filename="${number}.pdf"; filename*=UTF-8''${encodeURIComponent(`信用报告-${number}.pdf`)}`,
      );
      res.setHeader('cache-control', 'private, no-store');
      res.send(found.pdf);
    } catch (error) {
      if (isAppError(error) && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
        res.status(error.code === 'FORBIDDEN' ? 403 : 401).json({ error: error.code, reason: error.reason });
        return;
      }
      deps.log.error('credit report failed', { number, error: String(error) });
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
