// Every matching row of a paged list, page by page at the server's largest page size, until `total` is
// reached: no cap. Each page reports progress; a page that comes back short or empty ends the loop.
export const EXPORT_PAGE_SIZE = 200;

export interface PageOf<Row> {
  items: Row[];
  total: number;
}

export async function fetchAll<Row>(
  fetchPage: (page: number, pageSize: number) => Promise<PageOf<Row> | undefined>,
  onProgress?: (done: number, total: number) => void,
): Promise<Row[]> {
  const all: Row[] = [];
  for (let page = 1; ; page++) {
    const chunk = await fetchPage(page, EXPORT_PAGE_SIZE);
    if (!chunk) throw new Error('export page missing');
    all.push(...chunk.items);
    onProgress?.(all.length, chunk.total);
    if (all.length >= chunk.total || chunk.items.length < EXPORT_PAGE_SIZE) return all;
  }
}
