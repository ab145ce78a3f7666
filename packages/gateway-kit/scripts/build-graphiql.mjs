// Bundle GraphiQL into dist/graphiql so the gateway serves it itself (no CDN on a government network).
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/graphiql', { recursive: true });
await build({
  entryPoints: ['graphiql/main.tsx'],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  jsx: 'automatic',
  target: 'es2022',
  outdir: 'dist/graphiql',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
copyFileSync('graphiql/index.html', 'dist/graphiql/index.html');
