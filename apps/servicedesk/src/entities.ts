import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { Appeal } from './appeals/appeal.entity';
import { EnterpriseCard } from './projection/enterprise-card.entity';
import { SlaAlert } from './sla/sla-alert.entity';
import { Meeting } from './visits/meeting.entity';
import { Visit } from './visits/visit.entity';

/** Every entity of the servicedesk database, listed explicitly. */
export const SERVICEDESK_ENTITIES = [OutboxMessage, InboxMessage, EnterpriseCard, Appeal, SlaAlert, Visit, Meeting];
