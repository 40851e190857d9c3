import { Injectable } from '@nestjs/common';
import type { WhiteListChangeDto, WhiteListEntryDto } from '@ladder/contracts';
import ExcelJS from 'exceljs';

import { addSheet, countyName } from '../common/export';

const TIER_ZH: Readonly<Record<string, string>> = { specialized: '专精特新中小企业', 'little-giant': '专精特新“小巨人”企业' };
const SOURCE_ZH: Readonly<Record<string, string>> = { title: '称号', manual: '人工纳入' };

/** Excel export of the financing-guarantee white list (S-48) and its changes. */
@Injectable()
export class GuaranteesExcelService {
  async whiteList(entries: WhiteListEntryDto[], changes: WhiteListChangeDto[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const list = addSheet(wb, '融资担保白名单', [
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '依据', key: 'source', width: 10 },
      { header: '称号', key: 'tier', width: 24 },
      { header: '生效日期', key: 'since', width: 12 },
      { header: '计至', key: 'until', width: 12 },
      { header: '说明', key: 'reason', width: 60 },
    ]);
    for (const e of entries) {
      list.addRow({ uscc: e.uscc, county: countyName(e.countyCode), source: SOURCE_ZH[e.source] ?? e.source, tier: e.tier ? TIER_ZH[e.tier] : '', since: e.since ?? '', until: e.until ?? '', reason: e.reason });
    }
    const history = addSheet(wb, '变更记录', [
      { header: '序号', key: 'id', width: 8 },
      { header: '统一社会信用代码', key: 'uscc', width: 24 },
      { header: '县（市、区）', key: 'county', width: 12 },
      { header: '变更', key: 'action', width: 8 },
      { header: '生效日期', key: 'on', width: 12 },
      { header: '依据', key: 'source', width: 10 },
      { header: '原因', key: 'reason', width: 60 },
      { header: '操作人', key: 'actor', width: 14 },
      { header: '记录时间', key: 'at', width: 22 },
    ]);
    for (const c of changes) {
      history.addRow({ id: c.id, uscc: c.uscc, county: countyName(c.countyCode), action: c.action === 'added' ? '纳入' : '移出', on: c.effectiveOn, source: SOURCE_ZH[c.source] ?? c.source, reason: c.reason, actor: c.actor === 'system' ? '系统（称号变动）' : c.actor, at: c.at });
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
