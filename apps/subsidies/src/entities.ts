import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { AwardApplication } from './applications/application.entity';
import { BudgetLine } from './budgets/budget-line.entity';
import { LedgerEntry } from './budgets/ledger-entry.entity';
import { AwardVersion } from './catalogue/award-version.entity';
import { Entitlement } from './entitlements/entitlement.entity';
import { MatchNotice } from './matching/match-notice.entity';
import { Park } from './parks/park.entity';
import { EnterpriseCard } from './projection/enterprise-card.entity';
import { Objection } from './publicity/objection.entity';
import { Publicity } from './publicity/publicity.entity';

/** Every entity of the subsidies database, listed explicitly. */
export const SUBSIDIES_ENTITIES = [
  AwardVersion,
  Entitlement,
  Publicity,
  Objection,
  AwardApplication,
  BudgetLine,
  LedgerEntry,
  Park,
  EnterpriseCard,
  MatchNotice,
  OutboxMessage,
  InboxMessage,
];
