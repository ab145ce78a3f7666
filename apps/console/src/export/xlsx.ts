// .xlsx through exceljs, imported only when someone exports (it is a large chunk no page needs to paint).
import { safeCell, type Cell } from './csv';

export async function toXlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31) || 'Sheet1');
  sheet.addRow(header).font = { bold: true };
  // cells are written as text (numbers as numbers), never as formulas
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : safeCell(v))));
  sheet.columns.forEach((c) => (c.width = 18));
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
