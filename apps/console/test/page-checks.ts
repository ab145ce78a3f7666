// What every browser suite checks on a page an officer reads: no raw enum code, no column blank on every row.
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { Page } from 'playwright-core';
import { apiSchemaSdl } from '../scripts/api-schema.mjs';
import { supergraphFile } from './browser-harness';

/** Every value of every enum the public API exposes (federation's own excluded). */
const ENUM_VALUES = new Set(
  parse(apiSchemaSdl(readFileSync(supergraphFile, 'utf8'))).definitions.flatMap((d) =>
    d.kind === Kind.ENUM_TYPE_DEFINITION ? (d.values ?? []).map((v) => v.name.value) : [],
  ),
);

/** Codes that are also the words a Chinese interface writes: file formats are called CSV and JSON in zh-CN too. */
const PLAIN_WORDS = new Set(['CSV', 'JSON']);

/** Raw enum codes in the page's visible text. */
export async function rawCodes(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return [
    ...new Set(
      [...text.matchAll(/\b[A-Z][A-Z_]{2,}\b/g)]
        .map((m) => m[0])
        .filter((w) => ENUM_VALUES.has(w) && !PLAIN_WORDS.has(w)),
    ),
  ];
}

/** Titles of the columns of the visible list tables that are empty on every row shown. */
export async function blankColumns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blank: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('.ant-table-wrapper table')) {
      if (!(table as HTMLElement).offsetParent) continue;
      // each column's title, spans laid out (a grouped header has a group row above its columns)
      const grid: string[][] = [];
      table.querySelectorAll('thead tr').forEach((tr, r) => {
        let c = 0;
        for (const th of [...tr.children] as HTMLTableCellElement[]) {
          while (grid[r]?.[c] !== undefined) c += 1;
          for (let dr = 0; dr < (th.rowSpan || 1); dr += 1)
            for (let dc = 0; dc < (th.colSpan || 1); dc += 1) (grid[r + dr] ??= [])[c + dc] = th.innerText.trim();
          c += th.colSpan || 1;
        }
      });
      const headers = (grid.at(-1) ?? []).map((leaf, i) =>
        grid[0]![i] && grid[0]![i] !== leaf ? `${grid[0]![i]} ${leaf}` : leaf,
      );
      const rows = [...table.querySelectorAll('tbody tr.ant-table-row')];
      if (!rows.length) continue;
      headers.forEach((header, i) => {
        if (!header) return;
        const filled = rows.some((r) => ((r.children[i] as HTMLElement | undefined)?.innerText ?? '').trim() !== '');
        if (!filled) blank.push(header);
      });
    }
    return blank;
  });
}

/**
 * Titles of the columns of the visible list tables that lie out of view at this width: past the table's right
 * edge, or under a column pinned there (the actions). Such a column is read only by scrolling sideways.
 */
export async function columnsOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden: string[] = [];
    for (const wrapper of document.querySelectorAll<HTMLElement>('.ant-table-wrapper')) {
      if (!wrapper.offsetParent) continue;
      const view = wrapper.querySelector<HTMLElement>('.ant-table-content, .ant-table-body') ?? wrapper;
      const cells = [...wrapper.querySelectorAll<HTMLTableCellElement>('thead tr:last-child th')];
      const pinned = (th: HTMLElement) => getComputedStyle(th).position === 'sticky';
      const pinnedRight = cells.filter((th) => pinned(th) && getComputedStyle(th).right !== 'auto');
      const edge = Math.min(
        view.getBoundingClientRect().right,
        ...pinnedRight.map((th) => th.getBoundingClientRect().left),
      );
      for (const th of cells)
        if (!pinned(th) && th.getBoundingClientRect().right > edge + 1) hidden.push(th.innerText.trim());
    }
    return hidden;
  });
}
