import { Injectable } from '@nestjs/common';
import { ENTITLEMENT_STATUS_LABELS, PAYER_LABELS } from '@ladder/contracts';
import type { EntitlementDto, LedgerEntryDto, SubsidyReportDto } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';

const LEDGER_KIND_LABELS: Readonly<Record<string, string>> = { reserve: '预留', consume: '拨付核销', release: '释放' };

/** 元 for the spreadsheet (display only; the integer 分 stays in its own column where it matters). */
const yuan = (fen: number): number => fen / 100;

/** Excel exports of the subsidies pages: entitlements, the ledger, and the totals with the reconciliation. */
@Injectable()
export class SubsidiesExcelService {
  async entitlements(items: EntitlementDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '奖补清单', [
      { header: '奖补项目', key: 'award', width: 36 },
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '企业名称', key: 'name', width: 32 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '来源', key: 'origin', width: 10 },
      { header: '事项日期', key: 'date', width: 12 },
      { header: '事项依据', key: 'basis', width: 40 },
      { header: '金额（元）', key: 'amount', width: 14, money: true },
      { header: '金额（分）', key: 'fen', width: 14 },
      { header: '出资层级', key: 'payer', width: 12 },
      { header: '状态', key: 'status', width: 12 },
      { header: '政策版本', key: 'version', width: 24 },
      { header: '计算依据', key: 'formula', width: 60 },
      { header: '拨付凭证', key: 'voucher', width: 18 },
      { header: '拨付日期', key: 'paidOn', width: 12 },
    ]);
    for (const e of items) {
      ws.addRow({
        award: `${e.awardId} ${e.awardName}`,
        uscc: e.uscc,
        name: e.name,
        county: countyName(e.countyCode),
        origin: e.origin === 'certification' ? '免申即享' : '申报',
        date: e.triggerDate,
        basis: e.basis,
        amount: yuan(e.amountFen),
        fen: e.amountFen,
        payer: PAYER_LABELS[e.payer],
        status: ENTITLEMENT_STATUS_LABELS[e.status],
        version: e.versionId,
        formula: e.computation.formula ?? '',
        voucher: e.voucherNo ?? '',
        paidOn: e.paidOn ?? '',
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async ledger(items: LedgerEntryDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '资金台账', [
      { header: '序号', key: 'id', width: 8 },
      { header: '时间', key: 'at', width: 22 },
      { header: '出资层级', key: 'payer', width: 12 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '预算年度', key: 'year', width: 10 },
      { header: '类型', key: 'kind', width: 10 },
      { header: '金额（元）', key: 'amount', width: 14, money: true },
      { header: '金额（分）', key: 'fen', width: 14 },
      { header: '奖补项目', key: 'award', width: 10 },
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '拨付凭证', key: 'voucher', width: 18 },
      { header: '经办人', key: 'actor', width: 12 },
    ]);
    for (const l of items) {
      ws.addRow({
        id: l.id,
        at: l.at,
        payer: PAYER_LABELS[l.payer],
        county: countyName(l.countyCode),
        year: l.year,
        kind: LEDGER_KIND_LABELS[l.kind] ?? l.kind,
        amount: yuan(l.amountFen),
        fen: l.amountFen,
        award: l.awardId,
        uscc: l.uscc,
        voucher: l.voucherNo ?? '',
        actor: l.actor,
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async report(report: SubsidyReportDto): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const totals = (name: string, label: string, rows: Record<string, { count: number; approvedFen: number; disbursedFen: number }>, key: (k: string) => string): void => {
      const ws = addSheet(wb, name, [
        { header: label, key: 'key', width: 24 },
        { header: '笔数', key: 'count', width: 8 },
        { header: '已批准（元）', key: 'approved', width: 16, money: true },
        { header: '已拨付（元）', key: 'disbursed', width: 16, money: true },
      ]);
      for (const [k, t] of Object.entries(rows).sort()) ws.addRow({ key: key(k), count: t.count, approved: yuan(t.approvedFen), disbursed: yuan(t.disbursedFen) });
    };
    totals('按项目', '奖补项目', report.byAward, (k) => k);
    totals('按县（市、区）', '县（市、区）', report.byCounty, countyName);
    totals('按年度', '年度', report.byYear, (k) => `${k}年`);
    const ws = addSheet(wb, '预算对账', [
      { header: '年度', key: 'year', width: 8 },
      { header: '出资层级', key: 'payer', width: 12 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '预算（元）', key: 'amount', width: 16, money: true },
      { header: '已预留（元）', key: 'reserved', width: 16, money: true },
      { header: '已拨付（元）', key: 'consumed', width: 16, money: true },
      { header: '可用（元）', key: 'available', width: 16, money: true },
      { header: '台账预留（元）', key: 'ledgerReserved', width: 16, money: true },
      { header: '台账拨付（元）', key: 'ledgerConsumed', width: 16, money: true },
      { header: '对账结果', key: 'balanced', width: 10 },
    ]);
    for (const r of report.reconciliation) {
      ws.addRow({
        year: r.year,
        payer: PAYER_LABELS[r.payer],
        county: countyName(r.countyCode),
        amount: yuan(r.amountFen),
        reserved: yuan(r.reservedFen),
        consumed: yuan(r.consumedFen),
        available: yuan(r.availableFen),
        ledgerReserved: yuan(r.ledgerReservedFen),
        ledgerConsumed: yuan(r.ledgerConsumedFen),
        balanced: r.balanced ? '一致' : '不一致',
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
