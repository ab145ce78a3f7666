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

    const file = (url: string, from: string, content: string, departmentId?: string) =>
      postFrom<{ fileComplaint: { trackingNumber: string } }>(url, from, FILE, {
        input: { category: 'OTHER', content, ...(departmentId ? { departmentId } : {}) },
      });

    const BURST = [
      '村道硬化工程验收后三个月就出现大面积开裂。',
      '县医院挂号窗口要求现金支付，不收医保卡。',
      '某中学向学生家长摊派校服费用，金额不透明。',
      '农贸市场摊位费一年上涨三倍，未见任何公示。',
      '公租房分配名单中出现公职人员亲属的名字。',
      '城区路灯坏了半年无人维修，夜间出行不安全。',
    ];

    it('counts one address across both gateways, and serves another address', async () => {
      const contents = [
        '镇政府承诺的拆迁补偿款至今未发放到户。',
        '县某局拖欠供应商货款超过一年未付。',
        '招商引资时承诺的税收返还政策没有兑现。',
        '社保窗口工作人员上班时间玩手机，群众排队无人理会。',
      ];
      expect((await file(stack.url, '127.0.0.8', contents[0]!)).errors).toBeUndefined();
      expect((await file(gatewayB.url, '127.0.0.8', contents[1]!)).errors).toBeUndefined();
      expect((await file(stack.url, '127.0.0.8', contents[2]!)).errors).toBeUndefined();
      const refused = await file(gatewayB.url, '127.0.0.8', contents[3]!);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.errors![0]!.extensions!.retryAfter).toBeGreaterThan(3500);
      expect(await redis.pttl('complaint:lock:addr:127.0.0.8')).toBeGreaterThan(0);
      expect((await file(stack.url, '127.0.0.9', contents[3]!)).errors).toBeUndefined();
    });

    it('files no more of a burst sent at once through both gateways than the limit', async () => {
      // the place is taken in the same step as the lock check, before filing: the old limit counted after
      // filing, so all six were filed
      const burst = await Promise.all(
        Array.from({ length: 6 }, (_, i) => file(i % 2 ? stack.url : gatewayB.url, '127.0.0.10', BURST[i]!)),
      );
      const codes = burst.map((r) => r.errors?.[0]?.extensions?.code ?? 'FILED');
      expect(codes.filter((c) => c === 'FILED')).toHaveLength(3);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(3);
    });

    it('uses up a place with a repeat, and gives back one refused for anything else', async () => {
      // three per address here: a filing, a repeat of it (which counts: near-copies over and over are what the
      // limit is for), a refusal for an unknown department (the complainant's mistake: handed back), a filing
      const content = '县某中心违规收取办证费用，群众多次反映无果。';
      expect((await file(stack.url, '127.0.0.11', content)).errors).toBeUndefined();
      const again = await file(gatewayB.url, '127.0.0.11', content);
      expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'COMPLAINT_DUPLICATE' });
      expect(Number(await redis.get('complaint:fail:addr:127.0.0.11'))).toBe(2);
      const other = '乡镇卫生院药品价格公示栏长期未更新。';
      const unknown = await file(stack.url, '127.0.0.11', other, 'no-such-department');
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_REGISTERED' });
      expect(Number(await redis.get('complaint:fail:addr:127.0.0.11'))).toBe(2);
      expect((await file(gatewayB.url, '127.0.0.11', other)).errors).toBeUndefined();
      const fourth = await file(stack.url, '127.0.0.11', '村卫生室长期无人值班，群众看病难。');
      expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    });
  },
);
