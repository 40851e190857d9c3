import { Injectable } from '@nestjs/common';
import type { AssessmentDto, PoolEntryDto, ShadowDiffDto } from '@ladder/contracts';
import { POOL_CATEGORY_LABELS, TIER_LABELS } from '@ladder/shared-domain';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';

/** Excel exports of the tiering pages. */
@Injectable()
export class TieringExcelService {
  async pool(items: PoolEntryDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '培育库分类', [
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '企业名称', key: 'name', width: 32 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '培育类别', key: 'category', width: 10 },
      { header: '现有层级', key: 'current', width: 18 },
      { header: '下一层级', key: 'next', width: 18 },
      { header: '未满足条件数', key: 'unmet', width: 12 },
      { header: '评分差距', key: 'shortfall', width: 10 },
      { header: '主要差距', key: 'gaps', width: 60 },
    ]);
    for (const e of items) {
      ws.addRow({
        uscc: e.uscc,
        name: e.name,
        county: countyName(e.countyCode),
        category: e.category ? POOL_CATEGORY_LABELS[e.category].zh : '—',
        current: e.currentTier ? TIER_LABELS[e.currentTier].zh : '培育库企业',
        next: e.nextTier ? TIER_LABELS[e.nextTier].zh : '—',
        unmet: e.unmetConditions,
        shortfall: e.scoreShortfall ?? '',
        gaps: e.gaps.join('；'),
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async shadowDiffs(items: ShadowDiffDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, '规则版本对比', [
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '企业名称', key: 'name', width: 32 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '层级', key: 'tier', width: 18 },
      { header: '版本A结论', key: 'a', width: 12 },
      { header: '版本B结论', key: 'b', width: 12 },
      { header: '说明', key: 'explanation', width: 80 },
    ]);
    for (const d of items) {
      ws.addRow({ uscc: d.uscc, name: d.name, county: countyName(d.countyCode), tier: TIER_LABELS[d.tier].zh, a: d.decisionA, b: d.decisionB, explanation: d.explanation });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async assessment(report: AssessmentDto): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, `${report.year}${report.period === 'annual' ? '年度考核' : '年中督促'}`, [
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '新认定创新型', key: 'innovative', width: 12 },
      { header: '新认定专精特新', key: 'specialized', width: 14 },
      { header: '新认定小巨人', key: 'littleGiant', width: 12 },
      { header: '复核通过', key: 'renewals', width: 10 },
      { header: '撤销', key: 'revocations', width: 8 },
      { header: '在库企业', key: 'pool', width: 10 },
      { header: '重点推荐', key: 'recommend', width: 10 },
      { header: '重点提升', key: 'upgrade', width: 10 },
      { header: '重点关注', key: 'watch', width: 10 },
      { header: '推荐数', key: 'recommendations', width: 8 },
      { header: '未配挂包干部', key: 'withoutLiaison', width: 12 },
      { header: '未按期更新数据', key: 'missing', width: 14 },
    ]);
    ws.insertRow(1, [`统计期：${report.from} 至 ${report.to}`]);
    for (const r of report.rows) {
      ws.addRow({
        county: countyName(r.countyCode),
        innovative: r.newRecognitions.innovative,
        specialized: r.newRecognitions.specialized,
        littleGiant: r.newRecognitions['little-giant'],
        renewals: r.renewals,
        revocations: r.revocations,
        pool: r.poolSize,
        recommend: r.byCategory['recommend'] ?? 0,
        upgrade: r.byCategory['upgrade'] ?? 0,
        watch: r.byCategory['watch'] ?? 0,
        recommendations: r.recommendations,
        withoutLiaison: r.withoutLiaison,
        missing: r.missingAnnualData,
      });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
