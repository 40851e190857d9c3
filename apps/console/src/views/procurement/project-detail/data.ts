/** 采购项目详情: the explained reserved-share result (policy ReserveResult, carried as a record) read safely. */
export interface ReserveView {
  readonly reason: string;
  readonly formula: string | null;
  readonly clause: string;
  readonly minimumReservedFen: number | null;
  readonly minimumSmallMicroFen: number | null;
  readonly requiredShareZh: string | null;
  readonly pending: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function reserveView(reserve: Record<string, unknown>): ReserveView {
  const pending = Array.isArray(reserve['pendingConfirmations']) ? (reserve['pendingConfirmations'] as unknown[]) : [];
  return {
    reason: str(reserve['reason']) ?? '',
    formula: str(reserve['formula']),
    clause: str(reserve['clause']) ?? '',
    minimumReservedFen: num(reserve['minimumReservedFen']),
    minimumSmallMicroFen: num(reserve['minimumSmallMicroFen']),
    requiredShareZh: str(reserve['requiredShareZh']),
    pending: pending
      .map((p) => (p && typeof p === 'object' ? str((p as Record<string, unknown>)['note']) : null))
      .filter((n): n is string => n !== null),
  };
}

/** The reason of a stored deduction result, for the bid row. */
export function deductionReason(deduction: Record<string, unknown>): string {
  return str(deduction['reason']) ?? '';
}
