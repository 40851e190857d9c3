import type { SizeClass } from '@ladder/shared-domain';

import type { AnnualFacts } from './annual-facts';

/** The SME size class computed for a year, with its explanation. */
export interface SizeClassSummary {
  sizeClass: SizeClass | null;
  status: 'determined' | 'unknown';
  missing: string[];
  ruleId: string;
  clause: string;
  explanation: string;
  onBoundary: boolean;
}

export interface AnnualDataDto {
  uscc: string;
  year: number;
  facts: AnnualFacts;
  sizeClass: SizeClassSummary;
  source: 'manual' | 'import' | 'bureau';
  submittedBy: string;
  submittedAt: string;
  revision: number;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ChangeLogEntryDto {
  id: number;
  uscc: string;
  at: string;
  actor: string;
  action: 'registered' | 'updated' | 'annual-data' | 'removed' | 'readmitted' | 'classified';
  changes: FieldChange[];
  reason: string | null;
  year: number | null;
}
