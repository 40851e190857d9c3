import type { Actor } from '@ladder/contracts';

import { toEnterpriseDto, toSnapshot } from './enterprise.mapper';
import { enterpriseRecordRow, enterpriseRow, newEnterprise, newEnterpriseRecord } from './enterprise.rows';

describe('newEnterpriseRecord', () => {
  const actor: Actor = { username: 'gxj', roles: ['city-admin'], countyCode: null } as unknown as Actor;
  const now = new Date('2026-03-01T08:00:00.000Z');
  const cases = [
    { uscc: '91350400MA2XXXXXX1', name: '甲', countyCode: '350404', industryGroup: 'manufacturing' },
    {
      uscc: '91350400MA2XXXXXX2',
      name: '乙',
      countyCode: '350404',
      industryGroup: 'manufacturing',
      chains: ['b', 'a', 'b'],
      contacts: [{ phone: '13800000000', name: '张三' }],
      address: '三明',
      legalRepresentative: '李四',
      establishedOn: '2015-06-30',
      independentLegalPerson: false,
      mainProduct: '钢',
    },
    { uscc: '91350400MA2XXXXXX3', name: '丙', countyCode: '350404', industryGroup: 'manufacturing', chains: [] },
  ] as unknown as Parameters<typeof newEnterprise>[0][];

  it.each(cases)('writes the row, snapshot and DTO the entity gives (%#)', (fields) => {
    const e = newEnterprise(fields, actor, now);
    const r = newEnterpriseRecord(fields, actor, now);
    expect(enterpriseRecordRow(r)).toStrictEqual(enterpriseRow(e));
    expect(Object.keys(enterpriseRecordRow(r))).toEqual(Object.keys(enterpriseRow(e)));
    expect(toSnapshot(r)).toStrictEqual(toSnapshot(e));
    expect(JSON.stringify(toSnapshot(r))).toBe(JSON.stringify(toSnapshot(e)));
    // The create's answer, built from the record since the create writes records.
    expect(toEnterpriseDto(r)).toStrictEqual(toEnterpriseDto(e));
    expect(JSON.stringify(toEnterpriseDto(r))).toBe(JSON.stringify(toEnterpriseDto(e)));
  });
});
