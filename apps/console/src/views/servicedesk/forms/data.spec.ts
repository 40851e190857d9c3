import { completeUscc } from '@ladder/shared-domain';
import { describe, expect, it } from 'vitest';

import { checkDate, emptyMeeting, emptyRaiseAppeal, emptyVisit, toHoldMeetingBody, toLogVisitBody, toRaiseAppealBody } from './data';

const USCC = completeUscc('91350100MA3ABCDE1');
const TODAY = '2026-10-12';

describe('servicedesk data entry', () => {
  it('should build the raise body when every field is valid', () => {
    const model = { ...emptyRaiseAppeal(), uscc: ` ${USCC.toLowerCase()} `, category: 'finance' as const, title: ' 贷款续贷 ', description: '续贷需要担保', raisedBy: '张三', contactPhone: '' };
    const r = toRaiseAppealBody(model);
    expect(r).toEqual({ ok: true, body: { uscc: USCC, category: 'finance', title: '贷款续贷', description: '续贷需要担保', raisedBy: '张三', raisedByRole: 'liaison' } });
  });

  it('should refuse with the check character when the USCC is mistyped', () => {
    const wrong = `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}`;
    const r = toRaiseAppealBody({ ...emptyRaiseAppeal(), uscc: wrong, category: 'land', title: 'a', description: 'b', raisedBy: 'c' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('校验码错误');
  });

  it('should ask for the category, title and raiser in Chinese when missing', () => {
    const base = { ...emptyRaiseAppeal(), uscc: USCC };
    expect(toRaiseAppealBody(base)).toEqual({ ok: false, message: '请选择诉求类别' });
    expect(toRaiseAppealBody({ ...base, category: 'other' })).toEqual({ ok: false, message: '请填写诉求标题' });
    expect(toRaiseAppealBody({ ...base, category: 'other', title: 't', description: 'd' })).toEqual({ ok: false, message: '请填写提出人' });
    expect(toRaiseAppealBody({ ...base, category: 'other', title: 't', description: 'd', raisedBy: 'x', contactPhone: 'abc' }).ok).toBe(false);
  });

  it('should refuse a date that does not exist or lies in the future', () => {
    expect(checkDate('2026-02-30', TODAY, '走访日期')).toBe('走访日期不是有效日期：2026-02-30');
    expect(checkDate('2026-10-13', TODAY, '走访日期')).toBe('走访日期不能晚于今天（2026-10-12）');
    expect(checkDate('', TODAY, '走访日期')).toBe('请选择走访日期');
    expect(checkDate(TODAY, TODAY, '走访日期')).toBeNull();
  });

  it('should turn the issues of a visit into appeals and name the faulty one', () => {
    const model = { ...emptyVisit(TODAY), uscc: USCC, cadreName: '李四', summary: '生产正常', issues: [{ category: 'talent' as const, title: '招工', description: '缺技工' }] };
    const ok = toLogVisitBody(model, TODAY);
    expect(ok).toEqual({ ok: true, body: { uscc: USCC, visitedOn: TODAY, cadreName: '李四', summary: '生产正常', issues: [{ category: 'talent', title: '招工', description: '缺技工' }] } });
    const bad = toLogVisitBody({ ...model, issues: [...model.issues, { category: 'land' as const, title: '', description: '' }] }, TODAY);
    expect(bad).toEqual({ ok: false, message: '第2项诉求：请填写诉求标题' });
  });

  it('should split a meeting into lines and check each enterprise', () => {
    const model = { ...emptyMeeting(TODAY), title: '面对面', participants: '市工信局 王五\n\n 县政府 赵六 ', enterprises: `${USCC}\n${USCC}`, decisions: '一、协调用地' };
    const ok = toHoldMeetingBody(model, TODAY);
    expect(ok).toEqual({ ok: true, body: { title: '面对面', heldOn: TODAY, participants: ['市工信局 王五', '县政府 赵六'], enterprises: [USCC], decisions: ['一、协调用地'] } });
    const bad = toHoldMeetingBody({ ...model, enterprises: '12345' }, TODAY);
    expect(!bad.ok && bad.message).toContain('参会企业 12345：统一社会信用代码应为18位');
    expect(toHoldMeetingBody({ ...model, participants: ' ' }, TODAY)).toEqual({ ok: false, message: '请填写参会人员（每行一位）' });
  });
});
