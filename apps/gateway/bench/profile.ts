// `node dist/bench/profile.js file.cpuprofile [--top 40]`: where a CPU profile's time went, by package (the
// node_modules folder, or our workspace package) and by function, self time only. Reads what BENCH_PROFILE wrote.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: `name` or `@scope/name` under node_modules, a workspace folder, or node itself. */
function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return workspace ? `${workspace[1]}/${workspace[2]}` : url;
}

function summarise(profile: Profile): { byPackage: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    const micros = profile.timeDeltas[i] ?? 0;
    const pkg = packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg}${frame.url ? `:${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  });
  return { byPackage, byFunction };
}

function table(title: string, totals: Map<string, number>, top: number): string {
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${title} (of ${(all / 1000).toFixed(0)} ms sampled)`,
    ...rows.map(
      ([k, v]) => `${((100 * v) / all).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`,
    ),
  ].join('\n');
}

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '40' } },
  allowPositionals: true,
});
const top = Number(values.top);
for (const file of positionals) {
  const { byPackage, byFunction } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  process.stdout.write(
    `${file}\n\n${table('by package', byPackage, top)}\n\n${table('by function', byFunction, top)}\n\n`,
  );
}
