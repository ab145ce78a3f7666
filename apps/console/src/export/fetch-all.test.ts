import { describe, expect, it } from 'vitest';
import { EXPORT_PAGE_SIZE, fetchAll } from './fetch-all';

describe('fetchAll', () => {
  it('reads past 10,000 rows until the total, reporting progress', async () => {
    const total = 12_345;
    const progress: number[] = [];
    const rows = await fetchAll(
      async (page, size) => ({
        items: Array.from(
          { length: Math.max(0, Math.min(size, total - (page - 1) * size)) },
          (_, i) => (page - 1) * size + i,
        ),
        total,
      }),
      (done) => progress.push(done),
    );
    expect(rows).toHaveLength(total);
    expect(new Set(rows).size).toBe(total);
    expect(progress.at(-1)).toBe(total);
    expect(progress).toHaveLength(Math.ceil(total / EXPORT_PAGE_SIZE));
  });

  it('fails when a page does not come back', async () => {
    await expect(fetchAll(async () => undefined)).rejects.toThrow();
  });
});
