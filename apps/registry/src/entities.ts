import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

import { AnnualData } from './enterprise/annual-data.entity';
import { ChangeLog } from './enterprise/change-log.entity';
import { Enterprise } from './enterprise/enterprise.entity';
import { ImportJob } from './import/import-job.entity';
import { ImportRow } from './import/import-row.entity';

/** Every entity of the registry database, listed explicitly (no globs). */
export const REGISTRY_ENTITIES = [Enterprise, AnnualData, ChangeLog, ImportJob, ImportRow, OutboxMessage, InboxMessage];
