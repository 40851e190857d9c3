import { completeUscc } from '@ladder/shared-domain';
import { permissionsOf } from '@ladder/shared-permissions';
import { describe, expect, it } from 'vitest';

import { hasAnyPermission } from '@/utils/permission';

import { canReview, emptyApplicationModel, toApplicationRequest } from './data';
import type { ApplicationModel } from './data';

const USCC = completeUscc('91350404MA2XYA123');

function model(over: Partial<ApplicationModel>): ApplicationModel {
  return {
    ...emptyApplicationModel(),
    uscc: USCC,
    awardId: 'S-36',
    date: '2024-05-01',
    reference: '工信部〔2024〕12号',
    unitPriceWan: '300',
    documents: [{ name: '首台套认定文件', reference: '' }],
    ...over,
  };
}

describe('application request', () => {
  it('should send the unit price in 分 and the named documents', () => {
    expect(toApplicationRequest(model({ documents: [{ name: '认定文件', reference: 'A-1' }, { name: ' ', reference: ' ' }] }))).toEqual({
      ok: true,
      request: {
        uscc: USCC,
        awardId: 'S-36',
        date: '2024-05-01',
        reference: '工信部〔2024〕12号',
        facts: { unitPriceFen: 300_000_000 },
        documents: [{ name: '认定文件', reference: 'A-1' }],
      },
    });
  });

  it('should validate the USCC as the enterprise form does', () => {
    expect(toApplicationRequest(model({ uscc: '' }))).toMatchObject({ ok: false, field: 'uscc' });
    expect(toApplicationRequest(model({ uscc: '91350404MA2XYA12' }))).toMatchObject({ ok: false, field: 'uscc', message: expect.stringContaining('18') });
    expect(toApplicationRequest(model({ uscc: `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}` }))).toMatchObject({ ok: false, field: 'uscc' });
    const lower = toApplicationRequest(model({ uscc: USCC.toLowerCase() }));
    expect(lower.ok && lower.request.uscc).toBe(USCC);
  });

  it('should refuse 免申即享 awards and need the park for S-22 only', () => {
    expect(toApplicationRequest(model({ awardId: 'S-17' }))).toMatchObject({ ok: false, field: 'awardId' });
    expect(toApplicationRequest(model({ awardId: 'S-22', factsJson: '{}' }))).toMatchObject({ ok: false, field: 'parkId' });
    const s22 = toApplicationRequest(model({ awardId: 'S-22', parkId: 'p1', factsJson: '{"isLittleGiant":true}' }));
    expect(s22).toMatchObject({ ok: true, request: { parkId: 'p1', facts: { isLittleGiant: true } } });
    const s35 = toApplicationRequest(model({ awardId: 'S-35', parkId: 'p1', factsJson: '{"rank":2}' }));
    expect(s35.ok && 'parkId' in s35.request).toBe(false);
  });

  it('should need a date, a reference, valid facts and one named document', () => {
    expect(toApplicationRequest(model({ date: '' }))).toMatchObject({ ok: false, field: 'date' });
    expect(toApplicationRequest(model({ reference: ' ' }))).toMatchObject({ ok: false, field: 'reference' });
    expect(toApplicationRequest(model({ unitPriceWan: '1.0000001' }))).toMatchObject({ ok: false, field: 'facts' });
    expect(toApplicationRequest(model({ awardId: 'S-35', factsJson: '{' }))).toMatchObject({ ok: false, field: 'facts' });
    expect(toApplicationRequest(model({ documents: [] }))).toMatchObject({ ok: false, field: 'documents' });
    expect(toApplicationRequest(model({ documents: [{ name: '', reference: 'A-1' }] }))).toMatchObject({ ok: false, field: 'documents' });
  });

  it('should offer the review on submitted applications to reviewers', () => {
    const approver = (p: Parameters<typeof hasAnyPermission>[1]) => hasAnyPermission(permissionsOf(['gxj-approver']), p);
    const operator = (p: Parameters<typeof hasAnyPermission>[1]) => hasAnyPermission(permissionsOf(['gxj-operator']), p);
    expect(canReview({ status: 'submitted' }, approver)).toBe(true);
    expect(canReview({ status: 'approved' }, approver)).toBe(false);
    expect(canReview({ status: 'submitted' }, operator)).toBe(false);
  });
});
