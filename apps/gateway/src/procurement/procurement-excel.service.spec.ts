import { PROCUREMENT_IMPORT_COLUMNS } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { ProcurementExcelService } from './procurement-excel.service';

async function withRows(template: Buffer, rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('ProcurementExcelService', () => {
  const excel = new ProcurementExcelService();

  it.each(['contracts', 'deliveries', 'payments'] as const)('should read back the rows of its own %s template by header', async (kind) => {
    // Arrange
    const columns = PROCUREMENT_IMPORT_COLUMNS[kind];
    const file = await withRows(await excel.template(kind), [columns.map((c, i) => (c.kind === 'date' ? new Date(Date.UTC(2024, 8, 1 + i)) : `v${i}`)), []]);
    // Act
    const rows = await excel.parse(kind, file);
    // Assert
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowNumber).toBe(2);
    expect(Object.keys(rows[0]?.cells ?? {})).toEqual(columns.map((c) => c.header));
    const dateColumn = columns.findIndex((c) => c.kind === 'date');
    expect(rows[0]?.cells[columns[dateColumn]!.header]).toBe(`2024-09-${String(1 + dateColumn).padStart(2, '0')}`);
  });

  it('should refuse a sheet without the required columns with the missing headers in Chinese', async () => {
    // Arrange
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['合同编号', '付款日期']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    // Act
    const error = await excel.parse('payments', file).catch((e: unknown) => e);
    // Assert
    expect(error).toMatchObject({ response: { code: 'PROCUREMENT_IMPORT_TEMPLATE', message: expect.stringContaining('付款金额（元）') } });
  });

  it('should write the disclosure list in Chinese with amounts in 元 and the total when exported', async () => {
    // Act
    const buffer = await excel.disclosure({
      year: 2024,
      asOf: '2024-12-31',
      publishBy: '2025-03-31',
      totalOutstandingFen: 5_000_001,
      rows: [
        {
          contractId: 'c1',
          contractNumber: '三采〔2024〕9号',
          buyerName: '三明市某局',
          buyerKind: 'organ',
          countyCode: '350404',
          supplierName: '三明某某科技有限公司',
          supplierUscc: '91350404MA2XYA1237',
          dueDate: '2024-10-08',
          outstandingFen: 5_000_001,
          daysOverdue: 84,
        },
      ],
    });

    // Assert
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('2024年逾期未支付清单');
    expect(ws?.getRow(1).getCell(3).value).toBe('付款方');
    expect(ws?.getRow(2).values).toEqual([undefined, 1, '三采〔2024〕9号', '三明市某局', '机关', '三元区', '三明某某科技有限公司', '91350404MA2XYA1237', '2024-10-08', 84, 50_000.01]);
    expect(ws?.getRow(3).getCell(10).value).toBe(50_000.01);
    expect(ws?.getRow(4).getCell(1).text).toContain('2025-03-31前公开');
  });
});
