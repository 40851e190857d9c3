import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

/** Every entity of the servicedesk database, listed explicitly. */
export const SERVICEDESK_ENTITIES = [OutboxMessage, InboxMessage];
