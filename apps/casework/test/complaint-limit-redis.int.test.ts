// The per-address complaint limit shared through Redis: two gateways, each in front of its own casework
// instance on the same database, share nothing but MySQL and Redis, as two replicas on two machines would.
import { randomBytes } from 'node:crypto';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as directory } from '@integrity/directory';
import { composeSupergraph, startGateway, type RunningGateway } from '@integrity/gateway-kit';
import { startSubgraph, subgraphSdl, type RunningSubgraph } from '@integrity/subgraph-kit';
import { mysqlStatus, mysqlTestUrl, startStack, type Stack } from '@integrity/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeComplaintLimits, subgraph as casework } from '../src/index.js';
import { postFrom } from './post-from.js';

const mysql = await mysqlStatus();
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const prefix = `igt-complaint-${randomBytes(4).toString('hex')}:`;
const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingNumber } }`;

describe.skipIf(!mysql.ok)(
  `the complaint limit shared through Redis on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let second: RunningSubgraph;
    let gatewayB: RunningGateway;
    const redis = new Redis(REDIS_URL, { keyPrefix: prefix, maxRetriesPerRequest: 1 });

    beforeAll(async () => {
      Object.assign(process.env, { REDIS_URL, REDIS_KEY_PREFIX: prefix, COMPLAINT_MAX_PER_ADDRESS: '3' });
      stack = await startStack({ subgraphs: [directory, credit, casework] });
      const database = stack.subgraphs.casework!.dataSource.options.database as string;
      second = await startSubgraph(casework, {
        port: 0,
        target: { kind: 'mysql', url: new URL(mysqlTestUrl()), database },
        secret: stack.secret,
        seed: false,
        demoPassword: 'demo-password',
      });
      const supergraphSdl = composeSupergraph([
        { name: 'casework', url: second.url, sdl: await subgraphSdl(casework) },
      ]).supergraphSdl;
      gatewayB = await startGateway({ supergraphSdl, port: 0, secret: stack.secret });
    }, 180_000);
    afterAll(async () => {
      await gatewayB?.close();
      await second?.close();
      await stack?.close();
      await closeComplaintLimits();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
      redis.disconnect();
      for (const k of ['REDIS_URL', 'REDIS_KEY_PREFIX', 'COMPLAINT_MAX_PER_ADDRESS']) delete process.env[k];
    });

    it('counts one address across both gateways, and serves another address', async () => {
      const contents = [
        '镇政府承诺的拆迁补偿款至今未发放到户。',
        '县某局拖欠供应商货款超过一年未付。',
        '招商引资时承诺的税收返还政策没有兑现。',
        '社保窗口工作人员上班时间玩手机，群众排队无人理会。',
      ];
      const file = (url: string, from: string, content: string) =>
        postFrom<{ fileComplaint: { trackingNumber: string } }>(url, from, FILE, {
          input: { category: 'OTHER', content },
        });
      expect((await file(stack.url, '127.0.0.8', contents[0]!)).errors).toBeUndefined();
      expect((await file(gatewayB.url, '127.0.0.8', contents[1]!)).errors).toBeUndefined();
      expect((await file(stack.url, '127.0.0.8', contents[2]!)).errors).toBeUndefined();
      const refused = await file(gatewayB.url, '127.0.0.8', contents[3]!);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.errors![0]!.extensions!.retryAfter).toBeGreaterThan(3500);
      expect(await redis.pttl('complaint:lock:addr:127.0.0.8')).toBeGreaterThan(0);
      expect((await file(stack.url, '127.0.0.9', contents[3]!)).errors).toBeUndefined();
    });
  },
);
