import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { NominationRound } from './cases/nomination-round.entity';
import { TalentCase } from './cases/talent-case.entity';
import { Person } from './people/person.entity';
import { EnterpriseCard } from './projection/enterprise-card.entity';
import { Enrolment } from './training/enrolment.entity';
import { Programme } from './training/programme.entity';
import { TrainingSession } from './training/training-session.entity';

/** Every entity of the talent database, listed explicitly. */
export const TALENT_ENTITIES = [
  OutboxMessage,
  InboxMessage,
  EnterpriseCard,
  Person,
  Programme,
  TrainingSession,
  Enrolment,
  TalentCase,
  NominationRound,
];
