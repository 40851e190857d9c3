import { InboxMessage, OutboxMessage } from '@ladder/platform-messaging';

/** Every entity of the guarantees database, listed explicitly. */
export const GUARANTEES_ENTITIES = [OutboxMessage, InboxMessage];
