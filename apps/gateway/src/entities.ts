import { Account } from './auth/account.entity';
import { Session } from './auth/session.entity';
import { AuditLog } from './audit/audit-log.entity';

/** Every entity of the gateway database (accounts, sessions, audit), listed explicitly. */
export const GATEWAY_ENTITIES = [Account, Session, AuditLog];
