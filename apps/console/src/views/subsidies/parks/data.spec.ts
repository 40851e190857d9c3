import { completeUscc } from '@ladder/shared-domain';
import { describe, expect, it } from 'vitest';

import { parkToModel, parseUsccList, toParkRequest } from './data';

const A = completeUscc('91350404MA2XYA123');
const B = completeUscc('91350481MA2XYB456');

describe('parks', () => {
  it('should read a USCC list split by lines, commas or 、, de-duplicated', () => {
    expect(parseUsccList(`${A}\n${B.toLowerCase()}，${A}、 `)).toEqual({ ok: true, usccs: [A, B] });
    expect(parseUsccList('')).toEqual({ ok: true, usccs: [] });
    expect(parseUsccList(`${A}\n123`)).toEqual({ ok: false, invalid: ['123'] });
  });

  it('should build the request, or name the invalid codes', () => {
    expect(toParkRequest({ name: ' 三明高新区 ', countyCode: '350404', operator: ' 运营公司 ', usccText: A })).toEqual({
      ok: true,
      request: { name: '三明高新区', countyCode: '350404', operator: '运营公司', enterprises: [{ uscc: A }] },
    });
    expect(toParkRequest({ name: 'p', countyCode: '350404', operator: 'o', usccText: 'bad' })).toEqual({
      ok: false,
      message: '以下统一社会信用代码不正确：bad',
    });
    expect(toParkRequest({ name: '', countyCode: '350404', operator: 'o', usccText: '' })).toMatchObject({ ok: false });
  });

  it('should edit a park as it is', () => {
    const park: Api.Subsidies.Park = {
      id: 'p1',
      name: '园区',
      countyCode: '350404',
      operator: '运营',
      enterprises: [
        { uscc: A, name: 'a', tier: 'specialized' },
        { uscc: B, name: 'b', tier: null },
      ],
      specializedCount: 1,
      littleGiantCount: 0,
      plaque: false,
      plaqueRule: '5家以上',
    };
    expect(parkToModel(park)).toEqual({ name: '园区', countyCode: '350404', operator: '运营', usccText: `${A}\n${B}` });
  });
});
