import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { translate } from '@/locales';
import { buildFacts, isAppliedAward, needsPark, normalizeUscc, usccError } from '@/utils/subsidies';
import type { Option } from '@/utils/labels';

export type ApplicationRow = Api.Subsidies.Application;

export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected'] as const satisfies readonly Api.Subsidies.ApplicationStatus[];

export function isApplicationStatus(value: unknown): value is Api.Subsidies.ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function statusOptions(): Option<Api.Subsidies.ApplicationStatus>[] {
  return APPLICATION_STATUSES.map((s) => ({ value: s, label: translate(`subsidies.applicationStatus.${s}`) }));
}

/** 审核 is offered on submitted applications to reviewers (the server refuses the submitter). */
export function canReview(row: Pick<ApplicationRow, 'status'>, hasPermission: (p: Permission) => boolean): boolean {
  return row.status === 'submitted' && hasPermission(PERM.subsidies.review);
}

export interface DocumentModel {
  name: string;
  reference: string;
}

export interface ApplicationModel {
  uscc: string;
  awardId: string;
  date: string;
  reference: string;
  parkId: string;
  unitPriceWan: string;
  factsJson: string;
  documents: DocumentModel[];
}

export function emptyApplicationModel(): ApplicationModel {
  return { uscc: '', awardId: '', date: '', reference: '', parkId: '', unitPriceWan: '', factsJson: '', documents: [{ name: '', reference: '' }] };
}

export type ApplicationParse = { ok: true; request: Api.Subsidies.SubmitApplicationRequest } | { ok: false; field: string; message: string };

/**
 * The request of the form, or the first problem with the field it belongs to: a valid USCC (GB 32100), an award that
 * is applied for, the date, the 文号/编号, the park for S-22 only, the facts (unit price 万元 → 分 exactly), at least
 * one named document.
 */
export function toApplicationRequest(model: ApplicationModel): ApplicationParse {
  const usccProblem = model.uscc.trim() ? usccError(model.uscc) : translate('subsidies.applications.usccRequired');
  const uscc = normalizeUscc(model.uscc);
  if (usccProblem || !uscc) return { ok: false, field: 'uscc', message: usccProblem ?? translate('subsidies.applications.usccRequired') };
  if (!model.awardId) return { ok: false, field: 'awardId', message: translate('subsidies.applications.awardRequired') };
  if (!isAppliedAward(model.awardId)) return { ok: false, field: 'awardId', message: translate('subsidies.applications.awardNotApplied') };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(model.date)) return { ok: false, field: 'date', message: translate('subsidies.applications.dateRequired') };
  if (!model.reference.trim()) return { ok: false, field: 'reference', message: translate('subsidies.applications.referenceRequired') };
  if (needsPark(model.awardId) && !model.parkId) return { ok: false, field: 'parkId', message: translate('subsidies.applications.parkRequired') };
  const facts = buildFacts(model);
  if (!facts.ok) return { ok: false, field: 'facts', message: facts.message };
  const documents = model.documents
    .map((d) => ({ name: d.name.trim(), reference: d.reference.trim() }))
    .filter((d) => d.name || d.reference);
  if (documents.length === 0) return { ok: false, field: 'documents', message: translate('subsidies.applications.documentsRequired') };
  if (documents.some((d) => !d.name)) return { ok: false, field: 'documents', message: translate('subsidies.applications.documentNameRequired') };
  const request: Api.Subsidies.SubmitApplicationRequest = {
    uscc,
    awardId: model.awardId,
    date: model.date,
    reference: model.reference.trim(),
    facts: facts.facts,
    documents: documents.map((d) => (d.reference ? { name: d.name, reference: d.reference } : { name: d.name })),
  };
  if (needsPark(model.awardId)) request.parkId = model.parkId;
  return { ok: true, request };
}
