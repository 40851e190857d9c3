import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { Page } from '@ladder/contracts';

import { AuditLog } from './audit-log.entity';
import type { AuditQuery } from './audit.dto';

export interface AuditEntryDto {
  id: number;
  at: string;
  actor: string;
  roles: string[];
  countyCode: string | null;
  action: string;
  method: string;
  path: string;
  target: string | null;
  result: 'success' | 'failure';
  status: number;
  errorCode: string | null;
  before: unknown;
  after: unknown;
  request: unknown;
  ip: string | null;
}

export function toAuditEntryDto(a: AuditLog): AuditEntryDto {
  return {
    id: a.id,
    at: a.at.toISOString(),
    actor: a.actor,
    roles: a.roles,
    countyCode: a.countyCode ?? null,
    action: a.action,
    method: a.method,
    path: a.path,
    target: a.target ?? null,
    result: a.result,
    status: a.status,
    errorCode: a.errorCode ?? null,
    before: a.before ?? null,
    after: a.after ?? null,
    request: a.request ?? null,
    ip: a.ip ?? null,
  };
}

/** Writes and reads the audit trail. There is deliberately no update or delete. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly em: EntityManager) {}

  async record(entry: Omit<AuditLog, 'id' | 'at'>): Promise<void> {
    const em = this.em.fork();
    const row = Object.assign(new AuditLog(), entry);
    try {
      em.persist(row);
      await em.flush();
    } catch (error) {
      // An audit write that fails is an operational incident: log loudly with the full entry.
      this.logger.error(`AUDIT WRITE FAILED ${JSON.stringify(entry)}: ${String(error)}`);
    }
  }

  async search(q: AuditQuery): Promise<Page<AuditEntryDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.fork().findAndCount(AuditLog, this.where(q), {
      orderBy: { id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toAuditEntryDto), total, page, pageSize };
  }

  async all(q: AuditQuery, max = 50_000): Promise<AuditEntryDto[]> {
    const rows = await this.em.fork().find(AuditLog, this.where(q), { orderBy: { id: 'desc' }, limit: max });
    return rows.map(toAuditEntryDto);
  }

  private where(q: AuditQuery): FilterQuery<AuditLog> {
    const where: Record<string, unknown> = {};
    if (q.actor) where['actor'] = { $like: `%${q.actor.replace(/[%_]/g, '')}%` };
    if (q.action) where['action'] = { $like: `${q.action.replace(/[%_]/g, '')}%` };
    if (q.result) where['result'] = q.result;
    if (q.target) where['target'] = q.target;
    const at: Record<string, Date> = {};
    if (q.from) at['$gte'] = new Date(`${q.from}T00:00:00+08:00`);
    if (q.to) at['$lt'] = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000);
    if (Object.keys(at).length > 0) where['at'] = at;
    return where;
  }
}
