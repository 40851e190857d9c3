/**
 * Benchmark: an Excel import of N rows (default 5,000: enterprise fields, a contact and one year of facts per
 * row) through the real gateway and registry (built processes on a private nats-server, SQLite): upload →
 * the gateway reads the sheet and hands the rows to the registry → every row applied (enterprise, annual
 * data, change log, outbox events). Next to its substrates in the same run: a raw better-sqlite3 insert of
 * the same rows in one transaction into one table, and a raw better-sqlite3 insert of the same writes — every
 * row the import left in the registry's database, read back once it completed, re-inserted with prepared
 * statements in one transaction into a freshly migrated registry database (same tables, same indexes). Prints
 * rows/s and both ratios.
 *   npm run bench -- import      (BENCH_IMPORT_ROWS=5000; BENCH_DIST_ROOT=<checkout> runs that checkout's build)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import Database from 'better-sqlite3';
import type { ImportJobDto } from '@ladder/contracts';
import { provisionDeclared } from '@ladder/platform-messaging';
import { makeImportWorkbook, startNatsServer, waitFor } from '@ladder/platform-testing';

/* eslint-disable @nx/enforce-module-boundaries -- realistic rows from the demo generator */
import { generateDemoPool } from '../tools/ops/src/demo-data';
/* eslint-enable @nx/enforce-module-boundaries */
import { machine } from './lib/substrates';
import { cpuSeconds, login, prepareServices, runStep, waitHealthy, writeResult } from './lib/services';

const N = Number(process.env['BENCH_IMPORT_ROWS'] ?? 5_000);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cells = Record<string, string | number | null>;

/** 分 as 万元 text with six decimals (exact: the import converts it back from the decimal text). */
function wan(fen: number | undefined): string | null {
  if (fen === undefined) return null;
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 1_000_000)}.${String(abs % 1_000_000).padStart(6, '0')}`;
}

function importRows(count: number): Cells[] {
  return generateDemoPool(count, 5).map(({ enterprise: e, years }) => {
    const { year, facts } = years[years.length - 1]!;
    const contact = e.contacts?.[0];
    return {
      统一社会信用代码: e.uscc,
      企业名称: e.name,
      '所属县（市、区）': e.countyCode,
      行业门类: e.industryGroup,
      所属产业链: (e.chains ?? []).join('、') || null,
      主导产品: e.mainProduct ?? null,
      法定代表人: e.legalRepresentative ?? null,
      成立日期: e.establishedOn ?? null,
      注册地址: e.address ?? null,
      联系人: contact?.name ?? null,
      联系电话: contact?.phone ?? null,
      数据年度: year,
      '从业人员数（人）': facts.employees ?? null,
      '研发人员数（人）': facts.rdStaff ?? null,
      '营业收入（万元）': wan(facts.operatingRevenue),
      '主营业务收入（万元）': wan(facts.mainBusinessRevenue),
      '研发费用（万元）': wan(facts.rdExpense),
      '资产总额（万元）': wan(facts.totalAssets),
      '负债总额（万元）': wan(facts.totalLiabilities),
      '净利润（万元）': wan(facts.netProfit),
      Ⅰ类知识产权数: facts.ip?.class1Total ?? null,
      Ⅱ类知识产权数: facts.ip?.class2Total ?? null,
      数字化水平等级: facts.digitalLevel ?? null,
      '细分市场年限（年）': facts.nicheMarketYears ?? null,
      高新技术企业: facts.honours?.highTechEnterprise ? '是' : '否',
    };
  });
}

/** The substrate: the same rows inserted by better-sqlite3 in one transaction (WAL), in rows per second. */
function rawBulkInsert(file: string, rows: readonly Cells[]): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'create table t (uscc text primary key, name text not null, county_code text not null, industry_group text not null, cells json not null)',
  );
  const insert = db.prepare(
    'insert into t (uscc, name, county_code, industry_group, cells) values (?, ?, ?, ?, ?)',
  );
  const start = process.hrtime.bigint();
  db.transaction(() => {
    for (const r of rows)
      insert.run(
        r['统一社会信用代码'],
        r['企业名称'],
        r['所属县（市、区）'],
        r['行业门类'],
        JSON.stringify(r),
      );
  })();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  db.close();
  return (rows.length / ms) * 1000;
}

/** What `rawSameWrites` re-inserted: rows per table. */
type TableRows = Record<string, number>;

/**
 * The second substrate: the rows the import wrote (every table that is empty in a freshly migrated registry
 * database and not empty after the import: enterprises, annual data, change log, outbox, the staged import rows
 * and the job), re-inserted by better-sqlite3 with one prepared statement per table in one transaction (WAL,
 * synchronous = NORMAL, as the registry runs) into a freshly migrated database. Import rows per second.
 */
function rawSameWrites(
  importDb: string,
  freshDb: string,
  importRows: number,
): { perSec: number; tables: TableRows } {
  const source = new Database(importDb, { readonly: true });
  const target = new Database(freshDb);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  const tableNames = (db: Database.Database): string[] =>
    (
      db
        .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
        .all() as { name: string }[]
    ).map((t) => t.name);
  const count = (db: Database.Database, t: string): number =>
    (db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n;
  const fresh = new Set(tableNames(target).filter((t) => count(target, t) === 0));
  const writes: { table: string; rows: Record<string, unknown>[] }[] = [];
  for (const table of tableNames(source)) {
    if (!fresh.has(table)) continue;
    const rows = source.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
    if (rows.length > 0) writes.push({ table, rows });
  }
  source.close();
  const statements = writes.map(({ table, rows }) => {
    const columns = Object.keys(rows[0]!);
    return target.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
  });
  const start = process.hrtime.bigint();
  target.transaction(() => {
    writes.forEach(({ rows }, i) => {
      const insert = statements[i]!;
      for (const r of rows) insert.run(Object.values(r));
    });
  })();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  target.close();
  return {
    perSec: (importRows / ms) * 1000,
    tables: Object.fromEntries(writes.map((w) => [w.table, w.rows.length])),
  };
}

async function main(): Promise<void> {
  const nats = await startNatsServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-import-bench-'));
  const services = await prepareServices(nats.url, dir, ['registry', 'gateway']);
  try {
    await provisionDeclared(nats.url);
    const rows = importRows(N);
    const file = await makeImportWorkbook(rows);
    const raw = rawBulkInsert(path.join(dir, 'raw.sqlite'), rows);

    // The batch size can be varied for an experiment (the registry's default otherwise).
    if (process.env['REGISTRY_IMPORT_BATCH_ROWS'])
      services.env['REGISTRY_IMPORT_BATCH_ROWS'] = process.env['REGISTRY_IMPORT_BATCH_ROWS'];
    const registry = services.start('registry');
    const gateway = services.start('gateway');
    await waitHealthy(services.baseUrl);
    const token = await login(services.baseUrl, 'gxj');
    const auth = { authorization: `Bearer ${token}` };
    const getJob = async (id: string): Promise<ImportJobDto> =>
      (await (
        await fetch(`${services.baseUrl}/api/enterprises/imports/${id}`, { headers: auth })
      ).json()) as ImportJobDto;

    const registryCpu0 = cpuSeconds(registry.pid);
    const gatewayCpu0 = cpuSeconds(gateway.pid);
    const t0 = process.hrtime.bigint();
    const upload = await fetch(`${services.baseUrl}/api/enterprises/imports`, {
      method: 'POST',
      headers: { ...auth, 'content-type': XLSX, 'x-file-name': 'bench.xlsx' },
      body: new Uint8Array(file),
    });
    const job = (await upload.json()) as ImportJobDto;
    if (upload.status !== 202) throw new Error(`upload failed: ${upload.status} ${JSON.stringify(job)}`);
    const t1 = process.hrtime.bigint();
    const done = await waitFor(
      async () => {
        const j = await getJob(job.id);
        return j.status === 'completed' ? j : undefined;
      },
      30 * 60_000,
      50,
    );
    const t2 = process.hrtime.bigint();
    const registryCpuMs = (cpuSeconds(registry.pid) - registryCpu0) * 1000;
    const gatewayCpuMs = (cpuSeconds(gateway.pid) - gatewayCpu0) * 1000;
    const cpuMsPerRow = (registryCpuMs + gatewayCpuMs) / N;
    if (done.createdRows !== N || done.failedRows !== 0)
      throw new Error(`import did not create every row: ${JSON.stringify(done)}`);
    // Every event on JetStream (the relay publishes what the rows committed).
    await waitFor(
      async () => {
        const health = (await (await fetch(`${services.baseUrl}/api/health`)).json()) as {
          services: Record<string, { outboxBacklog: number | null }>;
        };
        return health.services['registry']?.outboxBacklog === 0;
      },
      10 * 60_000,
      100,
    );
    const t3 = process.hrtime.bigint();

    // The second substrate: the same writes, read back from the import's database, into a fresh one.
    const freshDir = path.join(dir, 'fresh');
    fs.mkdirSync(freshDir);
    runStep('dist/apps/registry/migrate.js', { ...services.env, DATA_DIR: freshDir });
    const same = rawSameWrites(path.join(dir, 'registry.sqlite'), path.join(freshDir, 'registry.sqlite'), N);

    const seconds = (a: bigint, b: bigint): number => Number(b - a) / 1e9;
    const endToEnd = N / seconds(t0, t2);
    const applied = N / seconds(t1, t2);
    const result = {
      at: new Date().toISOString(),
      rows: N,
      fileBytes: file.length,
      machine: machine(os.cpus().length, os.totalmem()),
      rawSqliteBulkInsertOneTxPerSec: Math.round(raw),
      // Import rows per second of a raw insert of every row the import wrote (the tables and row counts below).
      rawSameWritesOneTxPerSec: Math.round(same.perSec),
      rawSameWritesTables: same.tables,
      uploadSeconds: Number(seconds(t0, t1).toFixed(2)),
      importEndToEndPerSec: Math.round(endToEnd),
      importAppliedPerSec: Math.round(applied),
      eventsPublishedSeconds: Number(seconds(t0, t3).toFixed(2)),
      // CPU time of the gateway and registry processes from upload to completion (the relay publishing meanwhile
      // included): less sensitive to other load on the machine than the rates.
      serviceCpuMsPerRow: Number(cpuMsPerRow.toFixed(3)),
      // The same, per process: the registry's thread is the import's critical path.
      registryCpuMsPerRow: Number((registryCpuMs / N).toFixed(3)),
      gatewayCpuMsPerRow: Number((gatewayCpuMs / N).toFixed(3)),
      ratioToRawSqlite: Number((endToEnd / raw).toFixed(4)),
      ratioToRawSameWrites: Number((endToEnd / same.perSec).toFixed(4)),
    };
    console.log(`\nExcel import benchmark: ${N} rows (same run)`);
    console.table({
      'raw SQLite insert of the same rows (1 tx, WAL)': `${result.rawSqliteBulkInsertOneTxPerSec} rows/s`,
      [`raw SQLite insert of the same writes (1 tx, WAL; ${Object.values(same.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(same.tables).length} tables)`]: `${result.rawSameWritesOneTxPerSec} import rows/s`,
      'upload (gateway reads the sheet, registry receives the rows)': `${result.uploadSeconds} s`,
      'import end to end (upload → every row applied)': `${result.importEndToEndPerSec} rows/s`,
      'rows applied (start → completed)': `${result.importAppliedPerSec} rows/s`,
      'every event on JetStream after': `${result.eventsPublishedSeconds} s`,
      'gateway + registry CPU per row (upload → completed)': `${result.serviceCpuMsPerRow} ms (registry ${result.registryCpuMsPerRow}, gateway ${result.gatewayCpuMsPerRow})`,
      'ratio end to end : raw SQLite': result.ratioToRawSqlite,
      'ratio end to end : raw same writes': result.ratioToRawSameWrites,
    });
    console.log('same writes, rows per table:', same.tables);
    writeResult('import', result);
  } finally {
    await services.stop();
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
