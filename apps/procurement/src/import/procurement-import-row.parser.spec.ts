import { parseProcurementRow } from './procurement-import-row.parser';

const USCC = '91350100M000100Y43';

const contract = {
  合同编号: 'HT-1',
  '采购人（付款方）名称': '三明市某局',
  付款方类型: '事业单位',
  '所属县（市、区）': '350404',
  供应商统一社会信用代码: USCC.toLowerCase(),
  供应商名称: '三明示例',
  供应商声明规模: '微型',
  合同订立日期: '2024/8/20',
  '合同金额（元）': '1,234.5',
  以验收合格为付款条件: '是',
  约定验收期限届满日: '2024年9月30日',
  '约定逾期年利率（%）': '3.45',
};

describe('parseProcurementRow', () => {
  it('should turn a contract row into the API body with amounts in 分 and rates in basis points', () => {
    // Act
    const r = parseProcurementRow('contracts', contract);
    // Assert
    expect(r).toEqual({
      ok: true,
      row: {
        kind: 'contracts',
        contractNumber: 'HT-1',
        contract: expect.objectContaining({
          buyerKind: 'institution',
          countyCode: '350404',
          supplierUscc: USCC,
          declaredSize: 'micro',
          signedOn: '2024-08-20',
          amountFen: 123_450,
          acceptanceCondition: true,
          acceptanceDeadline: '2024-09-30',
          agreedAnnualRateBp: 345,
        }),
      },
    });
  });

  it('should list every problem of a row in Chinese when cells are missing or wrong', () => {
    // Act
    const r = parseProcurementRow('contracts', { ...contract, 付款方类型: '企业', 供应商声明规模: null, '合同金额（元）': '0.001' });
    // Assert
    expect(r).toEqual({ ok: false, contractNumber: 'HT-1', messages: ['付款方类型“企业”应为机关、事业单位或大型企业', '缺少必填项：供应商声明规模', '合同金额（元）“0.001”不是有效金额（元，最多两位小数）'] });
  });

  it('should refuse an acceptance deadline without the acceptance condition as the API does', () => {
    // Act
    const r = parseProcurementRow('contracts', { ...contract, 以验收合格为付款条件: '否' });
    // Assert
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages).toEqual(['填写约定验收期限届满日时，“以验收合格为付款条件”应为“是”']);
  });

  it('should read a delivery with an optional acceptance and a payment in 元', () => {
    // Act
    const delivery = parseProcurementRow('deliveries', { 合同编号: 'HT-1', 交付日期: '2024-09-01', 验收合格日期: '2024-09-05' });
    const payment = parseProcurementRow('payments', { 合同编号: 'HT-1', 付款日期: '2024-10-18', '付款金额（元）': 100000 });
    const badDate = parseProcurementRow('payments', { 合同编号: 'HT-1', 付款日期: '2024-02-30', '付款金额（元）': 1 });
    // Assert
    expect(delivery).toEqual({ ok: true, row: { kind: 'deliveries', contractNumber: 'HT-1', deliveredOn: '2024-09-01', acceptedOn: '2024-09-05' } });
    expect(payment).toEqual({ ok: true, row: { kind: 'payments', contractNumber: 'HT-1', payment: expect.objectContaining({ paidOn: '2024-10-18', amountFen: 10_000_000 }) } });
    expect(badDate.ok).toBe(false);
  });
});
