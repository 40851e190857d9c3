import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { Page } from '@ladder/contracts';

import { AuditLog } from './audit-log.entity';
import { boundedJson, cleanJson, cleanOptionalText, cleanText } from './audit-sanitize';
import type { AuditQuery } from './audit.dto';

/** One call to record, as the HTTP layer saw it; any field may hold whatever the client sent. */
export interface AuditInput {
  actorId: string | null;
  actor: string;
  roles: readonly string[];
  countyCode: string | null;
  action: string;
  method: string;
  path: string;
  target: string | null;
  status: number;
  errorCode: string | null;
  errorMessage: string | null;
  before: unknown;
  after: unknown;
  request: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** The row to store: every text cleaned and cut to its column, every JSON bounded. */
export function toAuditRow(input: AuditInput): AuditLog {
  const row = new AuditLog();
  row.actorId = cleanOptionalText(input.actorId, 36);
  row.actor = cleanText(input.actor, 64) || 'anonymous';
  row.roles = input.roles.slice(0, 10).map((r) => cleanText(r, 40));
  row.countyCode = cleanOptionalText(input.countyCode, 6);
  row.action = cleanText(input.action, 64);
  row.method = cleanText(input.method, 10);
  row.path = cleanText(input.path, 300);
  row.target = cleanOptionalText(input.target, 100);
  row.result = input.status < 400 ? 'success' : 'failure';
  row.status = Number.isInteger(input.status) ? input.status : 0;
  row.errorCode = cleanOptionalText(input.errorCode, 64);
  row.errorMessage = cleanOptionalText(input.errorMessage, 500);
  row.before = boundedJson(input.before);
  row.after = boundedJson(input.after);
  row.request = boundedJson(input.request);
  row.ip = cleanOptionalText(input.ip, 64);
  row.userAgent = cleanOptionalText(input.userAgent, 300);
  return row;
}

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
  errorMessage: string | null;
  before: unknown;
  after: unknown;
  request: unknown;
  ip: string | null;
  userAgent: string | null;
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
    errorMessage: a.errorMessage ?? null,
    before: a.before ?? null,
    after: a.after ?? null,
    request: a.request ?? null,
    ip: a.ip ?? null,
    userAgent: a.userAgent ?? null,
  };
}

/** Writes and reads the audit trail. There is deliberately no update or delete. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly em: EntityManager) {}

  /** Never throws: a failed audit write is logged loudly (with the cleaned entry), never turned into an answer. */
  async record(input: AuditInput): Promise<void> {
    let row: AuditLog | null = null;
    try {
      row = toAuditRow(input);
      const em = this.em.fork();
      em.persist(row);
      await em.flush();
    } catch (error) {
      // An audit write that fails is an operational incident: log loudly with the entry.
      let entry: string;
      try {
        entry = JSON.stringify(row ? { ...row } : cleanJson(input));
      } catch {
        entry = '<unprintable entry>';
      }
      this.logger.error(`AUDIT WRITE FAILED ${entry}: ${cleanText(String(error), 2_000)}`);
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
    const day = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (q.from) at['$gte'] = new Date(day(q.from) ? `${q.from}T00:00:00+08:00` : q.from);
    if (q.to && day(q.to)) at['$lt'] = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000);
    else if (q.to) at['$lte'] = new Date(q.to);
    for (const [k, v] of Object.entries(at)) if (Number.isNaN(v.getTime())) delete at[k];
    if (Object.keys(at).length > 0) where['at'] = at;
    return where;
  }
}
