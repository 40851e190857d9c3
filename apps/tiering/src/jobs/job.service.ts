import { randomUUID } from 'node:crypto';

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager as CoreEntityManager, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { JobDto, JobQuery, Page, RuleVersionDto, ShadowDiffDto, StartJobRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, scopedCounty } from '@ladder/platform-messaging';
import { WorkLoop, exclusiveStep } from '@ladder/platform-persistence';
import { TIER_RULE_VERSIONS, evaluateTiers } from '@ladder/policy';
import type { EvaluationResult, TierResult } from '@ladder/policy';
import { TIERS, TIER_LABELS } from '@ladder/shared-domain';

import { EvaluationService } from '../evaluation/evaluation.service';
import type { PreparedBatch } from '../evaluation/evaluation.service';
import { EnterpriseProjection } from '../projection/enterprise-projection.entity';
import { EvaluationJob } from './evaluation-job.entity';
import { ShadowDiff } from './shadow-diff.entity';

const BATCH = 500;

/** A re-evaluation job's next batch, read and handed to the evaluation workers by the step before. */
interface BatchAhead {
  readonly jobId: string;
  /** The job's cursor the batch follows (the last uscc of the step that read it). */
  readonly cursor: string;
  readonly batch: EnterpriseProjection[];
  readonly prepared: PreparedBatch;
}

const DECISION_ZH: Record<string, string> = { eligible: '符合', 'not-eligible': '不符合', unknown: '待定（缺数据）' };

/**
 * Long jobs over the whole pool, with progress and resumption: re-evaluate everyone (after a rule or data
 * change), or compare two rule versions without storing evaluations (shadow comparison).
 */
@Injectable()
export class JobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvaluationJobs');
  private ahead: BatchAhead | null = null;
  private readonly worker = new WorkLoop(() => exclusiveStep(this.orm, 'tiering.job-runner', () => this.step()), 1000, (error) =>
    this.logger.error(`job step failed: ${String(error)}`, (error as Error).stack),
  );

  constructor(
    private readonly orm: MikroORM,
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly evaluations: EvaluationService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }

  /** The versions of the tier standards a shadow comparison can name, with their periods and 文号. */
  ruleVersions(): RuleVersionDto[] {
    return TIER_RULE_VERSIONS.map((r) => ({
      id: r.id,
      zh: r.zh,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo ?? null,
      docNo: r.source.docNo,
    }));
  }

  async start(req: StartJobRequest): Promise<JobDto> {
    if (req.kind === 'shadow') {
      const ids: string[] = TIER_RULE_VERSIONS.map((r) => r.id);
      for (const v of [req.versionA, req.versionB]) {
        if (!v || !ids.includes(v)) {
          throw new DomainException('TIERING_RULE_VERSION_UNKNOWN', `影子对比须指定两个规则版本（可选：${ids.join('、')}）`);
        }
      }
    }
    const em = this.em as EntityManager;
    if (await em.count(EvaluationJob, { status: { $in: ['queued', 'running'] } })) throw new DomainException('TIERING_JOB_RUNNING');
    const job = new EvaluationJob();
    job.id = randomUUID();
    job.kind = req.kind;
    job.asOf = req.asOf ?? this.clock.today();
    job.type = req.type ?? 'new';
    job.versionA = req.versionA ?? null;
    job.versionB = req.versionB ?? null;
    job.total = await em.count(EnterpriseProjection, { status: 'active' });
    job.createdBy = req.actor.username;
    await em.persistAndFlush(job);
    this.worker.notify();
    return toJobDto(job);
  }

  async get(id: string): Promise<JobDto> {
    const job = await (this.em as EntityManager).findOne(EvaluationJob, { id });
    if (!job) throw new DomainException('TIERING_JOB_NOT_FOUND');
    return toJobDto(job);
  }

  async diffs(q: JobQuery): Promise<Page<ShadowDiffDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = { jobId: q.jobId };
    if (q.changedOnly ?? true) where['changed'] = true;
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const [rows, total] = await (this.em as EntityManager).findAndCount(ShadowDiff, where, {
      orderBy: { id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: rows.map((d) => ({
        uscc: d.uscc,
        name: d.name,
        countyCode: d.countyCode,
        tier: d.tier,
        decisionA: d.decisionA,
        decisionB: d.decisionB,
        changed: d.changed,
        explanation: d.explanation,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** One batch of the oldest open job. */
  async step(): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    const job = await em.findOne(EvaluationJob, { status: { $in: ['queued', 'running'] } }, { orderBy: { createdAt: 'asc' } });
    // The batch read ahead by the step before (re-evaluation with worker threads), if it is this job's next one.
    const ahead = this.ahead;
    this.ahead = null;
    if (!job) {
      this.evaluations.discardBatch(ahead?.prepared);
      return false;
    }
    job.status = 'running';
    let batch: EnterpriseProjection[];
    let prepared: PreparedBatch | null = null;
    if (
      ahead &&
      ahead.jobId === job.id &&
      ahead.cursor === job.cursor &&
      job.kind === 'reevaluate' &&
      // The same enterprises as reading the batch now gives (one created or removed since: read it again).
      sameUsccs(await this.batchUsccsAfter(em, job.cursor), ahead.batch)
    ) {
      batch = ahead.batch;
      prepared = ahead.prepared;
    } else {
      this.evaluations.discardBatch(ahead?.prepared);
      batch = await this.batchAfter(em, job.cursor);
    }
    if (batch.length === 0) {
      job.status = 'completed';
      job.finishedAt = new Date();
      await em.flush();
      this.logger.log(`job ${job.id} (${job.kind}) completed: ${job.processed} enterprises, ${job.changed} changed`);
      return true;
    }
    try {
      if (job.kind === 'reevaluate') {
        const options = { asOf: job.asOf, type: job.type, trigger: 'job' } as const;
        // With worker threads: this batch is handed to them (if the step before did not already), and the next
        // batch is read and handed to them too, so they evaluate it while this one is stored and committed.
        // `evaluateBatch` checks a prepared batch's inputs again inside the transaction.
        prepared ??= await this.evaluations.prepareBatch(em, batch, options);
        const cursor = batch[batch.length - 1]!.uscc;
        if (prepared) {
          const next = await this.batchAfter(em, cursor);
          const nextPrepared = await this.evaluations.prepareBatch(em, next, options);
          if (nextPrepared) this.ahead = { jobId: job.id, cursor, batch: next, prepared: nextPrepared };
        }
        // One transaction per batch: the evaluations, their events and the job's progress commit together, so a
        // restarted job resumes exactly after the last committed batch.
        const changed = await this.transactions.run(async (tx) => {
          const n = (await this.evaluations.evaluateBatch(tx, batch, options, prepared)).categoryChanged;
          await tx.nativeUpdate(
            EvaluationJob,
            { id: job.id },
            { processed: job.processed + batch.length, changed: job.changed + n, cursor, status: 'running' },
          );
          return n;
        }, { fork: true });
        job.processed += batch.length;
        job.changed += changed;
      } else {
        for (const p of batch) {
          if (!this.worker.running) return true;
          const changed = await this.shadow(job, p);
          await this.orm.em.fork().nativeUpdate(
            EvaluationJob,
            { id: job.id },
            { processed: job.processed + 1, changed: job.changed + (changed ? 1 : 0), cursor: p.uscc, status: 'running' },
          );
          job.processed += 1;
          if (changed) job.changed += 1;
        }
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    } catch (error) {
      this.evaluations.discardBatch(this.ahead?.prepared);
      this.ahead = null;
      job.status = 'failed';
      job.error = String((error as Error).message ?? error);
      await this.orm.em.fork().nativeUpdate(EvaluationJob, { id: job.id }, { status: 'failed', error: job.error, finishedAt: new Date() });
      throw error;
    }
    return true;
  }

  /** The usccs of the job's next batch (`batchAfter`), without the projections. */
  private async batchUsccsAfter(em: EntityManager, cursor: string | null | undefined): Promise<string[]> {
    const rows = await em
      .createQueryBuilder(EnterpriseProjection, 'p')
      .select(['uscc'])
      .where({ status: 'active', ...(cursor ? { uscc: { $gt: cursor } } : {}) })
      .orderBy({ uscc: 'asc' })
      .limit(BATCH)
      .execute<{ uscc: string }[]>('all', true);
    return rows.map((r) => r.uscc);
  }

  /** The job's next batch: the active enterprises after the cursor, in uscc order. */
  private batchAfter(em: EntityManager, cursor: string | null | undefined): Promise<EnterpriseProjection[]> {
    return em.find(EnterpriseProjection, { status: 'active', ...(cursor ? { uscc: { $gt: cursor } } : {}) }, { orderBy: { uscc: 'asc' }, limit: BATCH });
  }

  private async shadow(job: EvaluationJob, p: EnterpriseProjection): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    const profile = await this.evaluations.buildProfile(em, p);
    const a = evaluateTiers({ profile, asOf: job.asOf, type: job.type, ruleSetId: job.versionA ?? undefined });
    const b = evaluateTiers({ profile, asOf: job.asOf, type: job.type, ruleSetId: job.versionB ?? undefined });
    let any = false;
    for (const tier of TIERS) {
      const ta = a.tiers[tier];
      const tb = b.tiers[tier];
      const changed = ta.decision !== tb.decision;
      if (!changed) continue;
      any = true;
      const d = new ShadowDiff();
      d.jobId = job.id;
      d.uscc = p.uscc;
      d.name = p.name;
      d.countyCode = p.countyCode;
      d.tier = tier;
      d.decisionA = ta.decision;
      d.decisionB = tb.decision;
      d.changed = true;
      d.explanation = explainDiff(tier, a, ta, b, tb);
      em.persist(d);
    }
    await em.flush();
    return any;
  }
}

function reasons(t: TierResult): string {
  const list = t.decision === 'unknown' ? t.missing.map((m) => `缺少${m}`) : t.gaps;
  return list.slice(0, 3).join('；') || t.explanation;
}

/** "2022版符合、2026版不符合，因为…" */
export function explainDiff(tier: (typeof TIERS)[number], a: EvaluationResult, ta: TierResult, b: EvaluationResult, tb: TierResult): string {
  const name = TIER_LABELS[tier].zh;
  const head = `${name}：按${a.ruleVersion.zh}${DECISION_ZH[ta.decision]}，按${b.ruleVersion.zh}${DECISION_ZH[tb.decision]}`;
  const why = tb.decision !== 'eligible' ? reasons(tb) : reasons(ta);
  return why ? `${head}，因为${why}` : head;
}

function sameUsccs(usccs: readonly string[], batch: readonly EnterpriseProjection[]): boolean {
  return usccs.length === batch.length && usccs.every((u, i) => u === batch[i]!.uscc);
}

export function toJobDto(j: EvaluationJob): JobDto {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    asOf: j.asOf,
    type: j.type,
    versionA: j.versionA ?? null,
    versionB: j.versionB ?? null,
    total: j.total,
    processed: j.processed,
    changed: j.changed,
    summary: j.summary,
    createdBy: j.createdBy,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt ? j.finishedAt.toISOString() : null,
    error: j.error ?? null,
  };
}

