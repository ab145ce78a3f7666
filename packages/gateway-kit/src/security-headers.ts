import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy the console (Vite build) and the bundled GraphiQL both run under: scripts
 * only from this origin, no framing (clickjacking), no plugins. Styles allow inline because Ant Design
 * and GraphiQL inject their CSS at run time; fonts and images may be data: URIs from the bundles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every gateway response (API answers included: they cost nothing and stop sniffing and framing). */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  next();
};
