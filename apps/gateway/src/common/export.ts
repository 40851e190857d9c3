import type { Page } from '@ladder/contracts';
import { findCounty } from '@ladder/shared-domain';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/** Rows fetched per request when a filtered list is exported (the services' largest page). */
export const EXPORT_PAGE_SIZE = 200;
/** An export stops here, whatever the filter matches. */
export const EXPORT_LIMIT = 100_000;

/** Every row of a paginated list, page after page, until a short page, the total, or the export limit. */
export async function collectPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = await fetchPage(page, EXPORT_PAGE_SIZE);
    items.push(...res.items);
    if (res.items.length < EXPORT_PAGE_SIZE || items.length >= res.total || items.length >= EXPORT_LIMIT)
      return items;
  }
}

export async function sendXlsx(reply: FastifyReply, buffer: Buffer, fileName: string): Promise<void> {
  await reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(buffer);
}

export interface SheetColumn {
  readonly header: string;
  readonly key: string;
  readonly width: number;
  /** Shown as 元 with two decimals. */
  readonly money?: boolean;
}

/** A worksheet with a bold, frozen header row. */
export function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly SheetColumn[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map(({ money, ...c }) => (money ? { ...c, style: { numFmt: '#,##0.00' } } : c));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

/** The county's name for a spreadsheet cell (the code when unknown, empty when none). */
export function countyName(code: string | null | undefined): string {
  return code ? (findCounty(code)?.name ?? code) : '';
}
