import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

/** Every entity of the talent database, listed explicitly. */
export const TALENT_ENTITIES = [OutboxMessage, InboxMessage];
