// How the gateway delivers the console and its answers: compressed (brotli when the browser takes it, else
// gzip) and cached by what each file is. Vite names every built asset by its content hash, so a file under
// /assets/ never changes: cache it for a year, immutable. index.html names the current hashes and must be
// revalidated on every visit (no-cache), or a browser would keep running yesterday's console.
import { constants } from 'node:zlib';
import { resolve } from 'node:path';
import compression from 'compression';
import express, { type RequestHandler, type Response } from 'express';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** A file Vite named by content hash (`assets/index-DqptmXha.js`). */
export const isHashedAsset = (path: string) => /(^|[\\/])assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path);

/** Brotli or gzip for every compressible response above 1 KB: GraphQL answers, the console's JS and CSS. */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  }) as unknown as RequestHandler;
}

/** The console's built files, hashed assets immutable for a year and everything else revalidated. */
export function consoleStatic(consoleDir: string): RequestHandler {
  return express.static(consoleDir, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE),
  });
}

/** index.html for every console route, never cached without asking. */
export function sendConsoleIndex(res: Response, consoleDir: string): void {
  res.setHeader('Cache-Control', REVALIDATE);
  res.sendFile(resolve(consoleDir, 'index.html'), { cacheControl: false });
}
