import { parseImportRow } from './import-row.parser';
import type { Cell } from './import-row.parser';

const ROW: Record<string, Cell> = { 统一社会信用代码: '91350100M000100Y43', 企业名称: '三明示例装备制造有限公司', '所属县（市、区）': '三元区', 行业门类: '工业' };

function messagesOf(cells: Record<string, Cell>): string[] {
  const outcome = parseImportRow(cells);
  return outcome.ok ? [] : outcome.messages;
}

describe('parseImportRow messages', () => {
  it('should accept a row with the four required columns', () => {
    expect(parseImportRow(ROW).ok).toBe(true);
  });

  it.each([['统一社会信用代码'], ['企业名称'], ['所属县（市、区）'], ['行业门类']])(
    'should say once that %s is missing when its cell is blank',
    (header) => {
      expect(messagesOf({ ...ROW, [header]: '' })).toEqual([`缺少必填项：${header}`]);
    },
  );

  it('should say once that a county is not Sanming’s, not also that it is missing', () => {
    expect(messagesOf({ ...ROW, '所属县（市、区）': '北京' })).toEqual(['所属县（市、区）“北京”不是三明市的县（市、区）']);
  });
});
