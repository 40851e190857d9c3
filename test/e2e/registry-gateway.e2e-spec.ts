/**
 * Gateway HTTP → registry (NATS request/reply) → JetStream event seen by a durable test consumer, on the
 * processes the launcher runs (dist/), with auth, county scope, 三员分立, audit and Excel.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

import type { EnterpriseDto, ImportJobDto, ImportRowErrorDto, Page } from '@ladder/contracts';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';

import { EventCollector, databaseKinds, importRow, makeEnterprise, makeImportWorkbook, makeUscc, waitFor } from '@ladder/platform-testing';
import { ApiClient, TestStack } from '../support/stack';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(databaseKinds())('gateway → registry → JetStream on %s', (kind) => {
  const stack = new TestStack({ database: kind });
  let events: EventCollector;
  let gxj: ApiClient;

  beforeAll(async () => {
    await stack.start();
    events = await new EventCollector(stack.nats.url, 'REGISTRY', 'e2e-bureau').start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
  });

  afterAll(async () => {
    await events?.stop();
    await stack.stop();
  });

  const total = async (): Promise<number> =>
    (await gxj.call<Page<EnterpriseDto>>('GET', '/api/enterprises?status=all&pageSize=1')).body.total;

  it('should deliver registry.enterprise.registered to a durable consumer when an enterprise is created over HTTP', async () => {
    const e = makeEnterprise();
    const res = await gxj.call<EnterpriseDto>('POST', '/api/enterprises', { uscc: e.uscc, name: e.name, countyCode: e.countyCode, industryGroup: 'industry' });
    expect(res.status).toBe(201);
    expect(res.body.uscc).toBe(e.uscc);
    const event = await waitFor(async () => events.of('registry.enterprise.registered').find((x) => (x.data['enterprise'] as { uscc: string }).uscc === e.uscc));
    expect(event.source).toBe('registry');
    const list = await gxj.call<Page<EnterpriseDto>>('GET', `/api/enterprises?q=${e.uscc}`);
    expect(list.body.items.map((i) => i.uscc)).toEqual([e.uscc]);
    expect((await gxj.call<EnterpriseDto>('GET', `/api/enterprises/${e.uscc}`)).body.name).toBe(e.name);
  });

  it('should answer 400 with a Chinese message and store nothing for invalid input', async () => {
    const before = await total();
    const good = makeEnterprise();
    const bad: [string, unknown][] = [
      ['invalid USCC', { ...good, uscc: good.uscc.slice(0, 17) + (good.uscc.endsWith('1') ? '2' : '1') }],
      ['unknown county', { ...good, countyCode: '110101' }],
      ['unknown industry', { ...good, industryGroup: 'banking' }],
      ['malformed JSON', '{"uscc": '],
      ['array body', '[]'],
    ];
    for (const [label, body] of bad) {
      const res = await gxj.call<{ code: string; message: string }>('POST', '/api/enterprises', body);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // One precise message per problem: an absent field is named once, a bad query value says its kind only.
    const { countyCode: _county, ...noCounty } = good;
    const { name: _name, ...noName } = good;
    const exact: [string, 'GET' | 'POST', string, unknown, string][] = [
      ['missing countyCode', 'POST', '/api/enterprises', noCounty, '缺少必填项：所属县（市、区）'],
      ['missing name', 'POST', '/api/enterprises', noName, '缺少必填项：企业名称'],
      ['malformed JSON', 'POST', '/api/enterprises', '{"uscc": ', '请求内容不是有效的 JSON'],
      ['pageSize=abc', 'GET', '/api/enterprises?pageSize=abc', undefined, '每页条数应为整数'],
    ];
    for (const [label, method, path, body, message] of exact) {
      const res = await gxj.call<{ code: string; message: string; details?: { message: string }[] }>(method, path, body);
      expect({ label, status: res.status, message: res.body.message }).toEqual({ label, status: 400, message });
      expect({ label, details: (res.body.details ?? []).filter((d) => d.message !== message) }).toEqual({ label, details: [] });
    }
    await gxj.call('POST', '/api/enterprises', good);
    const negative = await gxj.call<{ code: string; message: string }>('PUT', `/api/enterprises/${good.uscc}/annual-data/2025`, { facts: { operatingRevenue: -100 } });
    expect(negative.status).toBe(400);
    expect(negative.body.message).toContain('营业收入不能为负数');
    expect((await gxj.call<unknown[]>('GET', `/api/enterprises/${good.uscc}/annual-data`)).body).toHaveLength(0);
    expect(await total()).toBe(before + 1);
  });

  it('should give a county operator 403 for another county and list only its own county', async () => {
    const other = makeEnterprise({ countyCode: '350481' });
    await gxj.call('POST', '/api/enterprises', other);
    const sanyuan = await new ApiClient(stack.baseUrl).login('sanyuan');
    expect((await sanyuan.call('GET', `/api/enterprises/${other.uscc}`)).status).toBe(403);
    expect((await sanyuan.call('PATCH', `/api/enterprises/${other.uscc}`, { address: 'x' })).status).toBe(403);
    expect((await sanyuan.call('POST', '/api/enterprises', makeEnterprise({ countyCode: '350481' }))).status).toBe(403);
    const foreignFilter = await sanyuan.call<{ code: string; message: string }>('GET', '/api/enterprises?county=350481');
    expect(foreignFilter.status).toBe(403);
    expect(foreignFilter.body.message).toBe('无权查看永安市的数据：您的账号只能查看三元区的数据');
    const list = await sanyuan.call<Page<EnterpriseDto>>('GET', '/api/enterprises?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.items.every((i) => i.countyCode === '350404')).toBe(true);
  });

  it('should keep the three administrators apart (三员分立)', async () => {
    const sys = await new ApiClient(stack.baseUrl).login('sysadmin');
    expect((await sys.call('POST', '/api/enterprises', makeEnterprise())).status).toBe(403);
    expect((await sys.call('GET', '/api/audit')).status).toBe(403);
    expect((await sys.call('GET', '/api/enterprises')).status).toBe(403);
    const created = await sys.call<{ account: { id: string }; initialPassword: string }>('POST', '/api/accounts', { username: `e2e${Date.now() % 100000}`, displayName: '测试账号' });
    expect(created.status).toBe(201);
    expect((await sys.call('PUT', `/api/accounts/${created.body.account.id}/roles`, { roles: ['gxj-operator'] })).status).toBe(403);
    const sec = await new ApiClient(stack.baseUrl).login('secadmin');
    expect((await sec.call('POST', '/api/accounts', { username: 'nobody', displayName: 'x' })).status).toBe(403);
    expect((await sec.call('GET', '/api/audit')).status).toBe(403);
    const mixed = await sec.call<{ message: string }>('PUT', `/api/accounts/${created.body.account.id}/roles`, { roles: ['sys-admin', 'gxj-operator'] });
    expect(mixed.status).toBe(400);
    expect(mixed.body.message).toContain('三员分立');
    expect((await sec.call('PUT', `/api/accounts/${created.body.account.id}/roles`, { roles: ['county-operator'], countyCode: '350425' })).status).toBe(200);
    const auditor = await new ApiClient(stack.baseUrl).login('auditor');
    expect((await auditor.call('GET', '/api/enterprises')).status).toBe(403);
    expect((await auditor.call('GET', '/api/audit')).status).toBe(200);
  });

  it('should lock an account for 15 minutes after 5 failed logins', async () => {
    const anon = new ApiClient(stack.baseUrl);
    for (let i = 0; i < 4; i++) expect((await anon.call('POST', '/api/auth/login', { username: 'swj', password: 'wrong' })).status).toBe(401);
    const fifth = await anon.call<{ code: string; message: string }>('POST', '/api/auth/login', { username: 'swj', password: 'wrong' });
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
    const right = await anon.call<{ code: string }>('POST', '/api/auth/login', { username: 'swj', password: 'Ladder@2026' });
    expect(right.status).toBe(423);
  });

  it('should audit every state-changing call, and no API can change the audit log', async () => {
    const e = makeEnterprise();
    await gxj.call('POST', '/api/enterprises', e);
    await gxj.call('PATCH', `/api/enterprises/${e.uscc}`, { address: '三明市三元区审计路1号' });
    await gxj.call('POST', '/api/enterprises', { ...e, uscc: 'bad' });
    const auditor = await new ApiClient(stack.baseUrl).login('auditor');
    const page = await auditor.call<Page<{ id: number; action: string; actor: string; target: string; result: string; before: { address: string | null } | null; after: { address: string } | null }>>('GET', `/api/audit?pageSize=50&actor=gxj`);
    const mine = page.body.items.filter((a) => a.target === e.uscc);
    expect(mine.map((a) => a.action).sort()).toEqual(['enterprise.create', 'enterprise.update']);
    const update = mine.find((a) => a.action === 'enterprise.update')!;
    expect(update.before?.address).toBeNull();
    expect(update.after?.address).toBe('三明市三元区审计路1号');
    expect(page.body.items.some((a) => a.action === 'enterprise.create' && a.result === 'failure')).toBe(true);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect((await auditor.call(method, `/api/audit/${update.id}`, {})).status).toBe(404);
    }
    if (kind === 'sqlite') {
      const db = new Database(path.join(stack.env['DATA_DIR']!, 'gateway.sqlite'));
      expect(() => db.prepare('delete from audit_log').run()).toThrow(/append-only/);
      expect(() => db.prepare("update audit_log set actor = 'x'").run()).toThrow(/append-only/);
      db.close();
    } else {
      for (const sql of ['delete from gateway.audit_log', "update gateway.audit_log set actor = 'x'"]) {
        const r = spawnSync('psql', [stack.env['DATABASE_URL']!, '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
        expect(r.status).not.toBe(0);
        expect(r.stderr).toContain('append-only');
      }
    }
  });

  it('should expire a session that stayed idle too long', async () => {
    const client = await new ApiClient(stack.baseUrl).login('czj');
    expect((await client.call('GET', '/api/auth/me')).status).toBe(200);
    if (kind === 'sqlite') {
      const db = new Database(path.join(stack.env['DATA_DIR']!, 'gateway.sqlite'));
      db.prepare("update session set last_seen_at = ? where account_id = (select id from account where username = 'czj')").run(Date.now() - 31 * 60_000);
      db.close();
    } else {
      spawnSync('psql', [stack.env['DATABASE_URL']!, '-c', "update gateway.session set last_seen_at = now() - interval '31 minutes' where account_id = (select id from gateway.account where username = 'czj')"]);
    }
    // Edited behind the gateway's back: it counts once the guard's copy of the session is stale (AUTH_CACHE_SECONDS).
    const res = await waitFor(async () => {
      const r = await client.call<{ code: string }>('GET', '/api/auth/me');
      return r.status === 200 ? undefined : r;
    }, 5_000, 200);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('SESSION_EXPIRED');
  });

  it('should import an Excel file, report the bad row, and change nothing when the same file comes again', async () => {
    const rows = [makeEnterprise(), makeEnterprise(), makeEnterprise()].map((e) => importRow(e, 2025, 1500));
    rows.push({ ...importRow(makeEnterprise(), 2025), 统一社会信用代码: makeUscc().slice(0, 17) + 'O' });
    const file = await makeImportWorkbook(rows);
    const upload = async (): Promise<ImportJobDto> => {
      const res = await gxj.call<ImportJobDto>('POST', '/api/enterprises/imports', file, { 'content-type': XLSX, 'x-file-name': encodeURIComponent('企业名单.xlsx') });
      expect(res.status).toBe(202);
      return waitFor(async () => {
        const j = await gxj.call<ImportJobDto>('GET', `/api/enterprises/imports/${res.body.id}`);
        return j.body.status === 'completed' ? j.body : undefined;
      });
    };
    const first = await upload();
    expect(first.fileName).toBe('企业名单.xlsx');
    expect([first.createdRows, first.failedRows]).toEqual([3, 1]);
    const errors = await gxj.call<ImportRowErrorDto[]>('GET', `/api/enterprises/imports/${first.id}/errors`);
    expect(errors.body.map((r) => r.rowNumber)).toEqual([5]);
    const report = await gxj.call<Buffer>('GET', `/api/enterprises/imports/${first.id}/errors.xlsx`);
    expect(report.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe(5);
    expect(wb.worksheets[0]!.getRow(2).getCell(4).text).toContain('O');
    const before = events.events.length;
    const second = await upload();
    expect([second.createdRows, second.updatedRows, second.unchangedRows, second.failedRows]).toEqual([0, 0, 3, 1]);
    await new Promise((r) => setTimeout(r, 500));
    expect(events.events.length).toBe(before);
  });

  it('should export the filtered list and serve the template, OpenAPI and health', async () => {
    const xlsx = await gxj.call<Buffer>('GET', '/api/enterprises/export.xlsx?county=350404');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    const counties = new Set<string>();
    sheet.eachRow((row, n) => n > 1 && counties.add(row.getCell(3).text));
    expect([...counties]).toEqual(['三元区']);
    expect((await gxj.call('GET', '/api/enterprises/import-template.xlsx')).status).toBe(200);
    const openapi = await new ApiClient(stack.baseUrl).call<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/enterprises', '/api/enterprises/{uscc}']));
    const health = await new ApiClient(stack.baseUrl).call<{ status: string; services: Record<string, { status: string }> }>('GET', '/api/health');
    expect(health.body.status).toBe('ok');
    expect(health.body.services['registry']!.status).toBe('up');
  });
});
