import { describe, expect, it } from 'vitest';
import { paymentRecordable, paymentRecordGraceDays } from './breach-records.js';

describe('unpaid supplier payments recorded as government dishonesty', () => {
  it('on the day after the grace period, not on its last day', () => {
    expect(paymentRecordable('2026-01-31', '2026-03-02', 30)).toBe(false); // 30 days after the due date
    expect(paymentRecordable('2026-01-31', '2026-03-03', 30)).toBe(true); // 31 days after
    expect(paymentRecordable('2026-12-03', '2026-12-04', 0)).toBe(true);
  });

  it('waits 30 days unless PAYMENT_RECORD_GRACE_DAYS says otherwise', () => {
    expect(paymentRecordGraceDays({})).toBe(30);
    expect(paymentRecordGraceDays({ PAYMENT_RECORD_GRACE_DAYS: '60' })).toBe(60);
    expect(paymentRecordGraceDays({ PAYMENT_RECORD_GRACE_DAYS: 'x' })).toBe(30);
  });
});
