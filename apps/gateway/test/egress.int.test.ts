import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATEWAY_DIR, subgraphEntries } from '../src/paths.js';
import { isLoopback, type Destination } from './egress/connections.js';

// The whole system, started as a user starts it (`npm start`), inside a network namespace that has only
// loopback, traced with strace across every process (npm, turbo, the launcher, each subgraph). Any
// connection attempt or datagram to an address that is not loopback fails the test: no vendor telemetry,
// no cloud-metadata probe, no DNS look-up of somebody else's host.
const has = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const tools = has('strace', '-V') && has('unshare', '-n', 'true') && has('ip', '-V');
const missing = 'strace, unshare or ip missing, or no permission to make a network namespace';

describe.skipIf(!tools && process.env.CI !== 'true')(
  `no outbound connection beyond loopback${tools ? '' : ` (skipped: ${missing})`}`,
  () => {
    it('npm start, a login and a query through every subgraph reach nothing but loopback', () => {
      expect(tools, missing).toBe(true);
      const probe = spawnSync(
        'unshare',
        ['-n', process.execPath, resolve(GATEWAY_DIR, 'dist/test/egress/egress-probe.js')],
        {
          encoding: 'utf8',
          timeout: 280_000,
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(probe.status, probe.stderr).toBe(0);
      const result = JSON.parse(probe.stdout.trim().split('\n').pop()!) as {
        ready: boolean;
        used: boolean;
        destinations: Destination[];
        output: string;
      };
      expect(result.ready, `the system did not become ready:\n${result.output}`).toBe(true);
      expect(result.used).toBe(true);
      // the trace saw the real traffic: the gateway talking to each subgraph on loopback
      const ports = new Set(result.destinations.filter((d) => isLoopback(d.address)).map((d) => d.port));
      for (const s of subgraphEntries())
        expect(ports.has(Number(new URL(s.url).port)), `${s.name} traffic traced`).toBe(true);
      const outside = result.destinations
        .filter((d) => !isLoopback(d.address))
        .map((d) => `${d.syscall} ${d.address}:${d.port}`);
      expect([...new Set(outside)]).toEqual([]);
    }, 300_000);
  },
);
