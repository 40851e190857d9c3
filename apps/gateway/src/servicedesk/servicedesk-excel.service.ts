import { Injectable } from '@nestjs/common';
import type { AppealDto, StatisticsDto, StatisticsRowDto } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';

const GROUP_ZH = { department: '责任单位', county: '县（市、区）', month: '月份' } as const;
const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);

/** Excel exports of the service desk: the statistics exactly as the console shows them, and appeal lists. */
@Injectable()
export class ServicedeskExcelService {
  async statistics(s: StatisticsDto): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '诉求办理统计', [
      { header: GROUP_ZH[s.groupBy], key: 'label', width: 24 },
      { header: '收到件数', key: 'received', width: 10 },
      { header: '办结件数', key: 'resolved', width: 10 },
      { header: '办结率', key: 'resolutionRate', width: 10 },
      { header: '按时办结件数', key: 'onTime', width: 12 },
      { header: '按时办结率', key: 'onTimeRate', width: 12 },
      { header: '平均办结工作日', key: 'days', width: 14 },
      { header: '评价件数', key: 'rated', width: 10 },
      { header: '平均满意度', key: 'satisfaction', width: 12 },
      { header: '超期未办结', key: 'overdue', width: 12 },
    ]);
    const add = (r: StatisticsRowDto): void => {
      ws.addRow({
        label: r.label,
        received: r.received,
        resolved: r.resolved,
        resolutionRate: pct(r.resolutionRate),
        onTime: r.resolvedOnTime,
        onTimeRate: pct(r.onTimeRate),
        days: r.avgWorkingDaysToResolve ?? '—',
        rated: r.rated,
        satisfaction: r.avgSatisfaction ?? '—',
        overdue: r.overdueOpen,
      });
    };
    for (const r of s.rows) add(r);
    add(s.total);
    ws.addRow({});
    ws.addRow({ label: `统计期间：${s.from}至${s.to}` });
    ws.addRow({ label: s.note });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async appeals(items: AppealDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '诉求清单', [
      { header: '诉求编号', key: 'number', width: 18 },
      { header: '企业名称', key: 'name', width: 32 },
      { header: '统一社会信用代码', key: 'uscc', width: 22 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '类别', key: 'category', width: 10 },
      { header: '标题', key: 'title', width: 30 },
      { header: '状态', key: 'status', width: 14 },
      { header: '责任单位', key: 'department', width: 28 },
      { header: '收到日期', key: 'receivedOn', width: 12 },
      { header: '办结时限', key: 'due', width: 12 },
      { header: '办结日期', key: 'resolvedOn', width: 12 },
      { header: '满意度', key: 'satisfaction', width: 8 },
      { header: '时限说明', key: 'explanation', width: 60 },
    ]);
    for (const a of items) {
      const resolve = a.clocks.find((c) => c.kind === 'resolve');
      ws.addRow({
        number: a.number,
        name: a.enterpriseName,
        uscc: a.uscc,
        county: countyName(a.countyCode),
        category: a.categoryZh,
        title: a.title,
        status: a.statusZh,
        department: a.departmentName ?? '',
        receivedOn: a.receivedOn,
        due: resolve?.dueOn ?? '',
        resolvedOn: a.resolvedOn ?? '',
        satisfaction: a.satisfaction ?? '',
        explanation: resolve?.explanation ?? '',
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
