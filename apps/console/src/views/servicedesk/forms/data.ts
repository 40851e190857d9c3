import { validateUscc } from '@ladder/shared-domain';

type AppealCategory = Api.Servicedesk.Category;
type RaiseAppealBody = Api.Servicedesk.RaiseRequest;
type LogVisitBody = Api.Servicedesk.VisitRequest;
type HoldMeetingBody = Api.Servicedesk.MeetingRequest;

/**
 * The data entry of 政企直通车 (诉求登记, 走访记录, 面对面协调会): the form models and their check before sending,
 * with the first problem in Chinese. The service validates again; these catch what a person can fix at once.
 */
export type FormCheck<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not) and is not after `today`. */
export function checkDate(text: string, today: string, field: string): string | null {
  if (!DATE.test(text)) return `请选择${field}`;
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) return `${field}不是有效日期：${text}`;
  if (text > today) return `${field}不能晚于今天（${today}）`;
  return null;
}

/** The USCC typed or picked, normalised, or the validator's Chinese message (check character included). */
export function checkUscc(text: string): { ok: true; uscc: string } | { ok: false; message: string } {
  const r = validateUscc(text);
  return r.valid ? { ok: true, uscc: r.normalized } : { ok: false, message: r.message };
}

/** Lines of a textarea: trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export interface IssueModel {
  category: AppealCategory | '';
  title: string;
  description: string;
}

export function emptyIssue(): IssueModel {
  return { category: '', title: '', description: '' };
}

function checkIssue(issue: IssueModel, prefix: string): FormCheck<{ category: AppealCategory; title: string; description: string }> {
  if (!issue.category) return { ok: false, message: `${prefix}请选择诉求类别` };
  const title = issue.title.trim();
  const description = issue.description.trim();
  if (!title) return { ok: false, message: `${prefix}请填写诉求标题` };
  if (title.length > 200) return { ok: false, message: `${prefix}诉求标题不能超过200字` };
  if (!description) return { ok: false, message: `${prefix}请填写诉求内容` };
  if (description.length > 4000) return { ok: false, message: `${prefix}诉求内容不能超过4000字` };
  return { ok: true, body: { category: issue.category, title, description } };
}

// ---------------------------------------------------------------- 诉求登记

export interface RaiseAppealModel extends IssueModel {
  uscc: string;
  raisedBy: string;
  raisedByRole: 'liaison' | 'enterprise-contact';
  contactPhone: string;
}

export function emptyRaiseAppeal(): RaiseAppealModel {
  return { ...emptyIssue(), uscc: '', raisedBy: '', raisedByRole: 'liaison', contactPhone: '' };
}

const PHONE = /^[0-9+\-\s()（）转]{5,30}$/;

export function toRaiseAppealBody(model: RaiseAppealModel): FormCheck<RaiseAppealBody> {
  const uscc = checkUscc(model.uscc);
  if (!uscc.ok) return uscc;
  const issue = checkIssue(model, '');
  if (!issue.ok) return issue;
  const raisedBy = model.raisedBy.trim();
  if (!raisedBy) return { ok: false, message: '请填写提出人' };
  if (raisedBy.length > 100) return { ok: false, message: '提出人不能超过100字' };
  const phone = model.contactPhone.trim();
  if (phone && !PHONE.test(phone)) return { ok: false, message: `联系电话格式不正确：${phone}` };
  return {
    ok: true,
    body: { uscc: uscc.uscc, ...issue.body, raisedBy, raisedByRole: model.raisedByRole, ...(phone ? { contactPhone: phone } : {}) },
  };
}

// ---------------------------------------------------------------- 走访记录

export interface LogVisitModel {
  uscc: string;
  visitedOn: string;
  cadreName: string;
  cadreUnit: string;
  summary: string;
  issues: IssueModel[];
}

export function emptyVisit(today: string): LogVisitModel {
  return { uscc: '', visitedOn: today, cadreName: '', cadreUnit: '', summary: '', issues: [] };
}

export function toLogVisitBody(model: LogVisitModel, today: string): FormCheck<LogVisitBody> {
  const uscc = checkUscc(model.uscc);
  if (!uscc.ok) return uscc;
  const date = checkDate(model.visitedOn, today, '走访日期');
  if (date) return { ok: false, message: date };
  const cadreName = model.cadreName.trim();
  if (!cadreName) return { ok: false, message: '请填写走访干部' };
  const summary = model.summary.trim();
  if (!summary) return { ok: false, message: '请填写走访情况' };
  const issues: LogVisitBody['issues'] = [];
  for (const [i, issue] of model.issues.entries()) {
    const checked = checkIssue(issue, `第${i + 1}项诉求：`);
    if (!checked.ok) return checked;
    issues.push(checked.body);
  }
  const cadreUnit = model.cadreUnit.trim();
  return {
    ok: true,
    body: { uscc: uscc.uscc, visitedOn: model.visitedOn, cadreName, ...(cadreUnit ? { cadreUnit } : {}), summary, ...(issues.length ? { issues } : {}) },
  };
}

// ---------------------------------------------------------------- 面对面协调会

export interface FollowUpModel extends IssueModel {
  uscc: string;
}

export interface HoldMeetingModel {
  title: string;
  heldOn: string;
  /** '' = a city-level meeting. */
  countyCode: string;
  /** One per line. */
  participants: string;
  /** USCCs, one per line. */
  enterprises: string;
  /** One per line. */
  decisions: string;
  followUps: FollowUpModel[];
}

export function emptyMeeting(today: string): HoldMeetingModel {
  return { title: '', heldOn: today, countyCode: '', participants: '', enterprises: '', decisions: '', followUps: [] };
}

export function toHoldMeetingBody(model: HoldMeetingModel, today: string): FormCheck<HoldMeetingBody> {
  const title = model.title.trim();
  if (!title) return { ok: false, message: '请填写会议名称' };
  const date = checkDate(model.heldOn, today, '召开日期');
  if (date) return { ok: false, message: date };
  const participants = lines(model.participants);
  if (participants.length === 0) return { ok: false, message: '请填写参会人员（每行一位）' };
  const enterprises: string[] = [];
  for (const line of lines(model.enterprises)) {
    const u = checkUscc(line);
    if (!u.ok) return { ok: false, message: `参会企业 ${line}：${u.message}` };
    if (!enterprises.includes(u.uscc)) enterprises.push(u.uscc);
  }
  const decisions = lines(model.decisions);
  const followUps: NonNullable<HoldMeetingBody['followUps']> = [];
  for (const [i, f] of model.followUps.entries()) {
    const prefix = `第${i + 1}项跟踪诉求：`;
    const u = checkUscc(f.uscc);
    if (!u.ok) return { ok: false, message: `${prefix}${u.message}` };
    const checked = checkIssue(f, prefix);
    if (!checked.ok) return checked;
    followUps.push({ uscc: u.uscc, ...checked.body });
  }
  return {
    ok: true,
    body: {
      title,
      heldOn: model.heldOn,
      ...(model.countyCode ? { countyCode: model.countyCode } : {}),
      participants,
      enterprises,
      decisions,
      ...(followUps.length ? { followUps } : {}),
    },
  };
}
