/** Where a rule, amount or threshold comes from (OpenFisca-style `reference`). */
export interface SourceRef {
  /** Title of the document, e.g. 《中小企业划型标准规定》. */
  readonly title: string;
  /** 文号, e.g. 工信部联企业〔2011〕300号. */
  readonly docNo: string;
  /** Article / item within the document, e.g. 第四条（二）. */
  readonly article?: string;
  readonly url?: string;
  /**
   * How sure we are of the wording: confirmed from the text, from secondary sources only, or an unconfirmed
   * reading (see rules.md). Unconfirmed items are shown with a warning in the console.
   */
  readonly confidence: 'confirmed' | 'secondary' | 'unconfirmed';
}

/** A dated rule version. Dates are ISO calendar dates in Asia/Shanghai; `effectiveTo` is inclusive. */
export interface RuleVersionRef {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: SourceRef;
}

/** A parameter whose value is a reading of an ambiguous text, awaiting the authority's confirmation. */
export interface PendingConfirmation {
  readonly parameter: string;
  readonly value: string;
  readonly note: string;
  readonly confirmBy: string;
}

export function isEffectiveOn(version: Pick<RuleVersionRef, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return version.effectiveFrom <= date && (version.effectiveTo === undefined || date <= version.effectiveTo);
}

/** Pick the version effective on `date`; overlapping versions are a data error, never resolved silently. */
export function selectVersion<V extends RuleVersionRef>(versions: readonly V[], date: string): V | undefined {
  const hits = versions.filter((v) => isEffectiveOn(v, date));
  if (hits.length > 1) {
    throw new Error(`overlapping rule versions on ${date}: ${hits.map((h) => h.id).join(', ')}`);
  }
  return hits[0];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Dates already checked (an evaluation checks the same few dates again and again); bounded. */
const checkedDates = new Map<string, boolean>();

export function isIsoDate(value: string): boolean {
  let ok = checkedDates.get(value);
  if (ok === undefined) {
    ok = checkIsoDate(value);
    if (checkedDates.size >= 1_000) checkedDates.clear();
    checkedDates.set(value, ok);
  }
  return ok;
}

function checkIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in Asia/Shanghai: one definition, in shared-domain's calendar dates (the CLI uses it). */
export { todayInShanghai } from '@ladder/shared-domain';
