import { Injectable } from '@nestjs/common';
import type { AttendanceImportRow, CoverageDto } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';
import { ApiError } from '../common/http-error';

const MAX_ROWS = 2_000;

/** Reads an attendance sheet: a header row with 姓名 and 居民身份证号 (any order), one person per row after it. */
@Injectable()
export class TalentExcelService {
  async attendanceRows(bytes: Buffer): Promise<AttendanceImportRow[]> {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new ApiError('MALFORMED_REQUEST', '无法读取该 Excel 文件（应为 .xlsx）');
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw new ApiError('MALFORMED_REQUEST', 'Excel 文件没有工作表');
    const header = sheet.getRow(1);
    let nameCol = 0;
    let idCol = 0;
    header.eachCell((cell, col) => {
      const text = cell.text.trim();
      if (text === '姓名') nameCol = col;
      if (text === '居民身份证号' || text === '身份证号') idCol = col;
    });
    if (!nameCol || !idCol)
      throw new ApiError('MALFORMED_REQUEST', '第1行应为表头，含“姓名”和“居民身份证号”两列');
    const rows: AttendanceImportRow[] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const name = row.getCell(nameCol).text.trim();
      const residentId = row.getCell(idCol).text.trim();
      if (!name && !residentId) continue;
      rows.push({ row: r, name: name.slice(0, 100), residentId: residentId.slice(0, 40) });
      if (rows.length > MAX_ROWS) throw new ApiError('MALFORMED_REQUEST', `一次最多导入 ${MAX_ROWS} 行`);
    }
    return rows;
  }

  /** The S-54 coverage of a year: one sheet by county (with the rate), one with the enterprises not yet covered. */
  async coverage(c: CoverageDto): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const counties = addSheet(wb, `${c.year}年培训覆盖率`, [
      { header: '县（市、区）', key: 'county', width: 14 },
      { header: '优质中小企业数', key: 'quality', width: 16 },
      { header: '已覆盖', key: 'covered', width: 10 },
      { header: '覆盖率', key: 'rate', width: 10 },
    ]);
    const rate = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);
    for (const k of c.counties) {
      counties.addRow({ county: k.countyName || countyName(k.countyCode), quality: k.qualitySmes, covered: k.covered, rate: rate(k.rate) });
    }
    counties.addRow({ county: `合计（统计日 ${c.asOf}）`, quality: c.qualitySmes, covered: c.covered, rate: rate(c.rate) });
    const uncovered = addSheet(wb, '未覆盖企业', [
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '企业名称', key: 'name', width: 36 },
      { header: '县（市、区）', key: 'county', width: 14 },
    ]);
    for (const e of c.uncovered) uncovered.addRow({ uscc: e.uscc, name: e.name, county: countyName(e.countyCode) });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
