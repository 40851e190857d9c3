import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { Certification } from './certification/certification.entity';
import { EvaluationRecord } from './evaluation/evaluation-record.entity';
import { PoolEntry } from './evaluation/pool-entry.entity';
import { EvaluationJob } from './jobs/evaluation-job.entity';
import { ShadowDiff } from './jobs/shadow-diff.entity';
import { Liaison } from './liaison/liaison.entity';
import { EnterpriseProjection } from './projection/enterprise-projection.entity';
import { Recommendation } from './recommendation/recommendation.entity';

/** Every entity of the tiering database, listed explicitly. */
export const TIERING_ENTITIES = [
  EnterpriseProjection,
  EvaluationRecord,
  PoolEntry,
  Certification,
  Recommendation,
  EvaluationJob,
  ShadowDiff,
  Liaison,
  OutboxMessage,
  InboxMessage,
];
