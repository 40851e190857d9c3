import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { GuaranteeApplication } from './applications/guarantee-application.entity';
import { EnterpriseExposure } from './exposure/enterprise-exposure.entity';
import { CreditProduct } from './financing/credit-product.entity';
import { FinancingNeed } from './financing/financing-need.entity';
import { FundInvestment } from './funds/fund-investment.entity';
import { Organisation } from './organisations/organisation.entity';
import { TitleCard } from './whitelist/title-card.entity';
import { WhiteListChange } from './whitelist/white-list-change.entity';
import { WhiteListEntry } from './whitelist/white-list-entry.entity';

/** Every entity of the guarantees database, listed explicitly. */
export const GUARANTEES_ENTITIES = [
  TitleCard,
  WhiteListEntry,
  WhiteListChange,
  Organisation,
  GuaranteeApplication,
  EnterpriseExposure,
  FundInvestment,
  CreditProduct,
  FinancingNeed,
  OutboxMessage,
  InboxMessage,
];
