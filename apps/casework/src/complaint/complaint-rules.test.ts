import { describe, expect, it } from 'vitest';
import { accessCodeMatches, hashAccessCode } from './access-code.js';
import {
  complaintLimitFromEnv,
  fingerprintOf,
  isTrackingNumber,
  newAccessCode,
  newTrackingNumber,
  normaliseAccessCode,
  similarity,
} from './complaint-rules.js';

describe('tracking numbers and access codes', () => {
  it('makes readable tracking numbers of the day, and recognises only them', () => {
    const n = newTrackingNumber('2026-12-04');
    expect(n).toMatch(/^TS-20261204-[0-9A-Z]{6}$/);
    expect(isTrackingNumber(n)).toBe(true);
    expect(isTrackingNumber('TS-20261204-OOOOOO')).toBe(false); // O is not in the readable alphabet
    expect(isTrackingNumber("TS-1' OR 1=1")).toBe(false);
  });

  it('hashes the access code with a salt and accepts it however it is typed', async () => {
    const code = newAccessCode();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stored = await hashAccessCode(code);
    expect(stored).not.toContain(normaliseAccessCode(code));
    expect(await hashAccessCode(code)).not.toBe(stored);
    expect(await accessCodeMatches(code.toLowerCase().replaceAll('-', ' '), stored)).toBe(true);
    expect(await accessCodeMatches(newAccessCode(), stored)).toBe(false);
    expect(await accessCodeMatches(code, 'garbage')).toBe(false);
  });
});

describe('repeats', () => {
  const text = '某镇政府拖欠我公司工程款三十万元，多次催要未果，请求督促支付。';
  it('fingerprints the content regardless of spaces, width and punctuation', () => {
    expect(fingerprintOf(text)).toBe(fingerprintOf(` ${text.replaceAll('，', ',')}  `));
    expect(fingerprintOf(text)).not.toBe(fingerprintOf(`${text}补充`));
  });

  it('finds near repeats and tells different complaints apart', () => {
    expect(similarity(text, text.replace('三十', '叁拾'))).toBeGreaterThanOrEqual(0.75);
    expect(similarity(text, '县医院挂号窗口工作人员态度恶劣，排队两小时无人处理。')).toBeLessThan(0.2);
    expect(similarity('', '')).toBe(1);
  });
});

describe('the per-address limit', () => {
  it('defaults to five an hour and reads the environment', () => {
    expect(complaintLimitFromEnv({})).toEqual({ maxPerAddress: 5, windowSeconds: 3600 });
    expect(complaintLimitFromEnv({ COMPLAINT_MAX_PER_ADDRESS: '2', COMPLAINT_WINDOW_SECONDS: 'x' })).toEqual({
      maxPerAddress: 2,
      windowSeconds: 3600,
    });
  });
});
