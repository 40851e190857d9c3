import { Injectable } from '@nestjs/common';
import { PROCUREMENT_IMPORT_COLUMNS, PROCUREMENT_IMPORT_KIND_ZH } from '@ladder/contracts';
import type { DisclosureDto, ImportRowInput, ProcurementImportKind, ProcurementImportRowErrorDto } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';
import { ApiError } from '../common/http-error';
import { cellValue } from '../enterprises/excel.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

const BUYER_KIND_ZH: Readonly<Record<string, string>> = { organ: '机关', institution: '事业单位', 'large-enterprise': '大型企业' };

const normalize = (header: string): string => header.trim().replace(/[*＊]$/, '').trim();

/**
 * The Excel side of the procurement import (ADR 0007): the templates of contracts, deliveries/acceptances and
 * payments (columns from libs/contracts), reading an uploaded sheet into rows of header → cell, and the error report;
 * the export of the annual list of contracts overdue and unpaid to SMEs (《保障中小企业款项支付条例》 公开).
 */
@Injectable()
export class ProcurementExcelService {
  async template(kind: ProcurementImportKind): Promise<Buffer> {
    const columns = PROCUREMENT_IMPORT_COLUMNS[kind];
    const wb = new ExcelJS.Workbook();
    wb.creator = '三明市优质中小企业梯度培育平台';
    const sheet = wb.addWorksheet(`${PROCUREMENT_IMPORT_KIND_ZH[kind]}导入`);
    sheet.columns = columns.map((c) => ({ header: c.required ? `${c.header}*` : c.header, width: c.width ?? 14 }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.fill = c.required ? REQUIRED_FILL : HEADER_FILL;
      if (c.note) cell.note = c.note;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async parse(kind: ProcurementImportKind, file: Buffer): Promise<ImportRowInput[]> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw new ApiError('PROCUREMENT_IMPORT_TEMPLATE', `无法读取文件：请上传 .xlsx 格式的${PROCUREMENT_IMPORT_KIND_ZH[kind]}导入模板`);
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new ApiError('PROCUREMENT_IMPORT_TEMPLATE', '文件中没有工作表');
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cellValue(cell.value);
      headers[col] = normalize(v === null ? '' : String(v));
    });
    const columns = PROCUREMENT_IMPORT_COLUMNS[kind];
    const present = new Set(headers.filter(Boolean));
    const missing = columns.filter((c) => c.required && !present.has(c.header)).map((c) => c.header);
    if (missing.length > 0) {
      throw new ApiError('PROCUREMENT_IMPORT_TEMPLATE', `文件缺少必填列：${missing.join('、')}。请使用系统提供的${PROCUREMENT_IMPORT_KIND_ZH[kind]}导入模板`);
    }
    const known = new Set(columns.map((c) => c.header));
    const rows: ImportRowInput[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: ImportRowInput['cells'] = {};
      let empty = true;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const header = headers[col];
        if (!header || !known.has(header)) return;
        const value = cellValue(cell.value);
        if (value !== null && value !== '') empty = false;
        cells[header] = value;
      });
      if (!empty) rows.push({ rowNumber, cells });
    });
    return rows;
  }

  async errors(rows: ProcurementImportRowErrorDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('错误报告');
    sheet.columns = [
      { header: '行号', key: 'row', width: 8 },
      { header: '合同编号', key: 'contract', width: 22 },
      { header: '原因', key: 'reason', width: 80 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) {
      const row = sheet.addRow({ row: r.rowNumber, contract: r.contractNumber ?? '', reason: r.messages.join('；') });
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async disclosure(d: DisclosureDto): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, `${d.year}年逾期未支付清单`, [
      { header: '序号', key: 'n', width: 6 },
      { header: '合同编号', key: 'contractNumber', width: 20 },
      { header: '付款方', key: 'buyer', width: 30 },
      { header: '付款方类型', key: 'buyerKind', width: 10 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '供应商', key: 'supplier', width: 30 },
      { header: '统一社会信用代码', key: 'uscc', width: 22 },
      { header: '到期日', key: 'dueDate', width: 12 },
      { header: '逾期天数', key: 'days', width: 10 },
      { header: '未付金额（元）', key: 'outstanding', width: 16, money: true },
    ]);
    d.rows.forEach((r, i) => {
      ws.addRow({
        n: i + 1,
        contractNumber: r.contractNumber,
        buyer: r.buyerName,
        buyerKind: BUYER_KIND_ZH[r.buyerKind] ?? r.buyerKind,
        county: countyName(r.countyCode),
        supplier: r.supplierName,
        uscc: r.supplierUscc,
        dueDate: r.dueDate,
        days: r.daysOverdue,
        outstanding: r.outstandingFen / 100,
      });
    });
    ws.addRow({ n: '合计', outstanding: d.totalOutstandingFen / 100 }).font = { bold: true };
    ws.addRow({ n: `截至${d.asOf}逾期未支付的合同，应于${d.publishBy}前公开。` });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
