import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { EMPTY_TEXT } from '@/utils/format';
import { policyText } from '@/utils/policy-text';
import { fenToInput, formatFen, formatRate, parseMoney, parsePercent } from '@/utils/money';
import type { Rate } from '@/utils/money';
import { payerLabel, termsKindLabel } from '@/utils/subsidies';

export type CatalogueRow = Api.Subsidies.CatalogueEntry;
export type VersionRow = Api.Subsidies.Version;

/** Kinds of terms with a guided form; the others are typed as JSON. */
export const GUIDED_KINDS = ['fixed', 'unit-price-rate'] as const;
export type GuidedKind = (typeof GUIDED_KINDS)[number];

export function isGuidedKind(kind: string | null | undefined): kind is GuidedKind {
  return (GUIDED_KINDS as readonly (string | null | undefined)[]).includes(kind);
}

function kindOf(terms: Record<string, unknown> | null | undefined): string | null {
  const kind = terms?.['kind'];
  return typeof kind === 'string' ? kind : null;
}

/** The kind of an award's terms (fixed per award: a successor must keep it), from its first version. */
export function termsKindOf(entry: CatalogueRow): string | null {
  for (const v of entry.versions) {
    const kind = kindOf(v.terms);
    if (kind) return kind;
  }
  return null;
}

/** The version in force for new computations: the last approved one (base or successor) by start date. */
export function latestApproved(entry: CatalogueRow): VersionRow | null {
  const approved = entry.versions.filter((v) => v.status === 'approved');
  approved.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return approved[approved.length - 1] ?? null;
}

/** Versions shown under an award: base first, then successors by start date. */
export function sortedVersions(entry: CatalogueRow): VersionRow[] {
  return [...entry.versions].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'base' ? -1 : 1) || a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
}

export function proposedCount(entry: CatalogueRow): number {
  return entry.versions.filter((v) => v.status === 'proposed').length;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function rateOf(value: unknown): Rate | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const n = num(r['num']);
  const d = num(r['den']);
  return n !== null && d !== null ? { num: n, den: d } : null;
}

/** The numbers of a version in one line: `5万元`, `市场销售单价的60%，最高200万元`, … (JSON for the unforeseen). */
export function termsSummary(terms: Record<string, unknown> | null | undefined): string {
  if (!terms) return EMPTY_TEXT;
  const cap = num(terms['capFen']);
  switch (kindOf(terms)) {
    case 'fixed':
      return formatFen(num(terms['amountFen']));
    case 'prize': {
      const amounts = Array.isArray(terms['amountsFen']) ? (terms['amountsFen'] as unknown[]).map((a) => formatFen(num(a))) : [];
      return translate('subsidies.terms.prize', { amounts: amounts.join(' / ') });
    }
    case 'unit-price-rate':
      return translate('subsidies.terms.unitPriceRate', { rate: formatRate(rateOf(terms['rate'])), cap: formatFen(cap) });
    case 'equipment-rate':
      return translate('subsidies.terms.equipmentRate', { rate: formatRate(rateOf(terms['maxRate'])), cap: formatFen(cap) });
    case 'fund-rate':
      return translate('subsidies.terms.fundRate', { cap: formatFen(cap) });
    case 'discretionary':
      return translate('subsidies.terms.discretionary', { cap: formatFen(cap) });
    case 'county-matching':
      return translate('subsidies.terms.countyMatching');
    case 'plaque':
      return typeof terms['benefit'] === 'string' ? terms['benefit'] : termsKindLabel('plaque');
    default:
      return JSON.stringify(terms);
  }
}

// ---------------------------------------------------------------- proposing a successor version

export interface ProposeModel {
  awardId: string;
  effectiveFrom: string;
  effectiveTo: string;
  title: string;
  docNo: string;
  article: string;
  note: string;
  /** fixed: the amount in 万元. */
  amountWan: string;
  /** unit-price-rate: the rate in %. */
  ratePercent: string;
  /** unit-price-rate: the cap in 万元. */
  capWan: string;
  /** Other kinds: the terms as JSON. */
  termsJson: string;
}

/** The form for a new version of `entry`, prefilled with the numbers of the version in force. */
export function emptyProposeModel(entry: CatalogueRow | null): ProposeModel {
  const model: ProposeModel = {
    awardId: entry?.awardId ?? '',
    effectiveFrom: '',
    effectiveTo: '',
    title: '',
    docNo: '',
    article: '',
    note: '',
    amountWan: '',
    ratePercent: '',
    capWan: '',
    termsJson: '',
  };
  if (!entry) return model;
  const terms = latestApproved(entry)?.terms ?? entry.versions[0]?.terms ?? null;
  if (!terms) return model;
  model.termsJson = JSON.stringify(terms, null, 2);
  const kind = kindOf(terms);
  if (kind === 'fixed') {
    const amount = num(terms['amountFen']);
    if (amount !== null) model.amountWan = fenToInput(amount, 'wan-yuan');
  } else if (kind === 'unit-price-rate') {
    const rate = rateOf(terms['rate']);
    const cap = num(terms['capFen']);
    if (rate) model.ratePercent = formatRate(rate).replace(/%$/, '');
    if (cap !== null) model.capWan = fenToInput(cap, 'wan-yuan');
  }
  return model;
}

export type TermsParse = { ok: true; terms: Record<string, unknown> } | { ok: false; message: string };

/** The terms of the form for an award of `kind`: exact fen and rates from the guided fields, else the JSON. */
export function buildTerms(model: ProposeModel, kind: string | null): TermsParse {
  if (kind === 'fixed') {
    const amount = parseMoney(model.amountWan, 'wan-yuan', { allowZero: false });
    if (!amount.ok) return { ok: false, message: `${translate('subsidies.catalogue.amountWan')}：${amount.message}` };
    return { ok: true, terms: { kind: 'fixed', amountFen: amount.fen } };
  }
  if (kind === 'unit-price-rate') {
    const rate = parsePercent(model.ratePercent);
    if (!rate.ok) return { ok: false, message: `${translate('subsidies.catalogue.ratePercent')}：${rate.message}` };
    const cap = parseMoney(model.capWan, 'wan-yuan', { allowZero: false });
    if (!cap.ok) return { ok: false, message: `${translate('subsidies.catalogue.capWan')}：${cap.message}` };
    return { ok: true, terms: { kind: 'unit-price-rate', rate: rate.rate, capFen: cap.fen } };
  }
  let value: unknown;
  try {
    value = JSON.parse(model.termsJson.trim() || 'null');
  } catch {
    return { ok: false, message: translate('subsidies.catalogue.termsJsonInvalid') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: translate('subsidies.catalogue.termsJsonInvalid') };
  }
  const terms = value as Record<string, unknown>;
  const given = kindOf(terms);
  if (kind && given && given !== kind) {
    return { ok: false, message: translate('subsidies.catalogue.termsKindMismatch', { kind: termsKindLabel(kind) }) };
  }
  return { ok: true, terms: kind && !given ? { kind, ...terms } : terms };
}

export type ProposeParse = { ok: true; request: Api.Subsidies.ProposeVersionRequest } | { ok: false; message: string };

/** The request of the form, or the first problem (the server checks overlaps and the rest). */
export function toProposeRequest(model: ProposeModel, kind: string | null): ProposeParse {
  if (!model.awardId) return { ok: false, message: translate('subsidies.catalogue.awardRequired') };
  if (!model.effectiveFrom) return { ok: false, message: translate('subsidies.catalogue.effectiveFromRequired') };
  if (model.effectiveTo && model.effectiveTo < model.effectiveFrom) {
    return { ok: false, message: translate('subsidies.catalogue.periodInvalid') };
  }
  if (!model.title.trim()) return { ok: false, message: translate('subsidies.catalogue.titleRequired') };
  if (!model.docNo.trim()) return { ok: false, message: translate('subsidies.catalogue.docNoRequired') };
  const terms = buildTerms(model, kind);
  if (!terms.ok) return terms;
  const request: Api.Subsidies.ProposeVersionRequest = {
    awardId: model.awardId,
    effectiveFrom: model.effectiveFrom,
    title: model.title.trim(),
    docNo: model.docNo.trim(),
    terms: terms.terms,
  };
  if (model.effectiveTo) request.effectiveTo = model.effectiveTo;
  if (model.article.trim()) request.article = model.article.trim();
  if (model.note.trim()) request.note = model.note.trim();
  return { ok: true, request };
}

// ---------------------------------------------------------------- table

export function useColumns(): ComputedRef<ColumnSchema<CatalogueRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'awardId', label: t('subsidies.field.awardId'), width: 90, slot: 'awardId' },
    { key: 'name', label: t('subsidies.field.awardName'), minWidth: 180, formatter: (row) => policyText(row.name) },
    { key: 'payer', label: t('subsidies.field.payer'), width: 90, formatter: (row) => payerLabel(row.payer) },
    { key: 'trigger', label: t('subsidies.field.trigger'), minWidth: 180, formatter: (row) => policyText(row.trigger) },
    { key: 'amountText', label: t('subsidies.field.amountText'), minWidth: 160, formatter: (row) => row.amountText || EMPTY_TEXT },
    { key: 'capFen', label: t('subsidies.field.cap'), width: 100, align: 'right', formatter: (row) => formatFen(row.capFen) },
    { key: 'versions', label: t('subsidies.field.versions'), width: 100, slot: 'versions' },
  ]);
}
