/**
 * Fuzz of the whole HTTP API, generated from the gateway's OpenAPI document (`/api/docs-json`): for every
 * route and method, each body field, query parameter and path parameter gets wrong types, empty, huge,
 * negative, NaN, script, NUL-, quote- and broken-UTF-16-bearing values, and each body the wrong shape; plus
 * concurrent repeats on one account, and calls without or with a forged token. No answer may be ≥ 500, and
 * every denied call must be in the audit trail.
 *
 * `npm test` runs a seeded random subset (FUZZ_REQUESTS, default 700; FUZZ_SEED to replay); `FUZZ_FULL=1`
 * runs every route × every mutation.
 */
import { randomUUID } from 'node:crypto';

import type { EntitlementDto, Page } from '@ladder/contracts';
import { makeEnterprise, waitFor } from '@ladder/platform-testing';
import { mulberry32 } from '@ladder/shared-domain';

import { ApiClient, DEMO_PASSWORD, TestStack } from '../support/stack';

const FULL = process.env['FUZZ_FULL'] === '1';
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_206);
const SHORT_REQUESTS = Number(process.env['FUZZ_REQUESTS'] ?? 700);
const PARALLEL = 6;

// ---------------------------------------------------------------------------------------------------------
// The OpenAPI document, as far as the fuzz reads it.

interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  minimum?: number;
  minItems?: number;
  minLength?: number;
  examples?: unknown[];
}

interface Operation {
  parameters?: { in: string; name: string; schema?: SchemaObject }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

/**
 * Routes whose body or query class the document does not name yet (handlers that pass a body on for the
 * service to validate). The document wins as soon as it names one; this list only fills the gaps.
 */
const BODY_FALLBACK: Record<string, string> = {
  'POST /api/tiering/enterprises/{uscc}/evaluation': 'RunEvaluationRequest',
  'POST /api/tiering/recommendations/{id}/review': 'ReviewRecommendationRequest',
  'POST /api/tiering/recommendations/{id}/outcome': 'RecordOutcomeRequest',
  'POST /api/tiering/certifications/{id}/renew': 'RenewCertificationRequest',
  'POST /api/tiering/certifications/{id}/revoke': 'RevokeCertificationRequest',
  'PUT /api/tiering/liaisons/{uscc}': 'AssignLiaisonRequest',
  'POST /api/subsidies/catalogue/versions/{id}/decision': 'DecideVersionRequest',
  'POST /api/subsidies/entitlements/{id}/disburse': 'DisburseEntitlementRequest',
  'POST /api/subsidies/entitlements/{id}/cancel': 'CancelEntitlementRequest',
  'POST /api/subsidies/entitlements/{id}/objections': 'RaiseObjectionRequest',
  'POST /api/subsidies/objections/{id}/resolve': 'ResolveObjectionRequest',
  'POST /api/subsidies/applications/{id}/review': 'ReviewApplicationRequest',
  'PUT /api/subsidies/parks/{id}': 'UpsertParkRequest',
};
const QUERY_FALLBACK: Record<string, string> = {
  '/api/audit': 'AuditQuery',
  '/api/audit/export.xlsx': 'AuditQuery',
  '/api/enterprises': 'ListEnterprisesRequest',
  '/api/enterprises/export.xlsx': 'ListEnterprisesRequest',
  '/api/enterprises/check-uscc': 'UsccQuery',
  '/api/enterprises/imports': 'PageQuery',
  '/api/tiering/pool': 'PoolQuery',
  '/api/tiering/pool/export.xlsx': 'PoolQuery',
  '/api/tiering/recommendations': 'RecommendationQuery',
  '/api/tiering/certifications': 'CertificationQuery',
  '/api/tiering/jobs/{id}/diffs': 'JobQuery',
  '/api/tiering/assessment': 'AssessmentRequest',
  '/api/tiering/assessment.xlsx': 'AssessmentRequest',
  '/api/tiering/liaisons': 'LiaisonQuery',
  '/api/subsidies/entitlements': 'EntitlementQuery',
  '/api/subsidies/entitlements.xlsx': 'EntitlementQuery',
  '/api/subsidies/publicity': 'PublicityQuery',
  '/api/subsidies/applications': 'ApplicationQuery',
  '/api/subsidies/budgets': 'BudgetQuery',
  '/api/subsidies/ledger': 'LedgerQuery',
  '/api/subsidies/ledger.xlsx': 'LedgerQuery',
  '/api/subsidies/report': 'BudgetQuery',
  '/api/subsidies/report.xlsx': 'BudgetQuery',
  '/api/subsidies/notices': 'NoticeQuery',
};
/** Set by the gateway, never by a client. */
const SERVER_FIELDS = new Set(['actor']);

// ---------------------------------------------------------------------------------------------------------
// Mutations.

const NUL = 'a\u0000b';
const QUOTES = `O'Brien"; drop table account; -- \\ %_`;
const HUGE = '长'.repeat(50_000);

/** Values put into one body field (JSON keeps their type). */
const FIELD_VALUES: [string, unknown][] = [
  ['wrong type: number', 12_345],
  ['wrong type: string', 'not-a-number'],
  ['wrong type: boolean', true],
  ['wrong type: object', { nested: { deeper: 1 } }],
  ['wrong type: array', ['a', 1, null]],
  ['null', null],
  ['empty', ''],
  ['huge text', HUGE],
  ['huge array', Array.from({ length: 5_000 }, (_, i) => `x${i}`)],
  ['huge number', 1e308],
  ['unsafe integer', 2 ** 60],
  ['negative', -1],
  ['negative large', -1e12],
  ['fraction', 1.5],
  ['NaN as text', 'NaN'],
  ['script', '<script>alert(1)</script>'],
  ['NUL', NUL],
  ['quotes', QUOTES],
  ['lone surrogate', 'x\ud800y'],
  ['impossible date', '2025-02-30'],
];
/** Values put into one query or path parameter (always text on the wire; percent-encoded unless raw). */
const TEXT_VALUES: [string, string, 'raw'?][] = [
  ['empty', ''],
  ['huge', 'x'.repeat(4_000)],
  ['negative', '-1'],
  ['NaN', 'NaN'],
  ['huge number', '1e308'],
  ['fraction', '1.5'],
  ['script', '<script>alert(1)</script>'],
  ['NUL', NUL],
  ['quotes', QUOTES],
  ['broken percent-encoding', '%E0%A4%A', 'raw'],
  ['path traversal', '../../etc/passwd'],
  ['uuid', '00000000-0000-4000-8000-000000000000'],
];
/** Whole bodies of the wrong shape (raw text with a JSON content type unless said otherwise). */
const BODY_SHAPES: [string, string | Buffer, string?][] = [
  ['no body', ''],
  ['array', '[]'],
  ['string', '"text"'],
  ['number', '42'],
  ['null', 'null'],
  ['truncated JSON', '{"a": '],
  ['NaN literal', '{"a": NaN}'],
  ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
  ['deep object', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`],
  ['over the size limit', `{"a":"${'x'.repeat(1_100_000)}"}`],
  ['NUL key', '{"\\u0000":1}'],
  ['prototype pollution', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'],
  ['text/plain', 'hello', 'text/plain'],
  ['binary', Buffer.from([0, 159, 146, 150, 255]), 'application/octet-stream'],
];

interface FuzzCase {
  readonly route: string;
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly body?: string | Buffer;
  readonly contentType?: string;
}

interface Finding {
  readonly route: string;
  readonly label: string;
  readonly status: number;
  readonly body: string;
}


describe('gateway fuzz from the OpenAPI document', () => {
  const stack = new TestStack();
  let doc: OpenApiDocument;
  const clients = new Map<string, ApiClient>();
  const fixtures: Record<string, string> = {};
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  const client = (name: string): ApiClient => {
    const c = clients.get(name);
    if (!c) throw new Error(`no client ${name}`);
    return c;
  };

  beforeAll(async () => {
    await stack.start();
    for (const name of ['gxj', 'gxjsh', 'czj', 'czjsh', 'sysadmin', 'secadmin', 'auditor', 'sanyuan']) {
      clients.set(name, await new ApiClient(stack.baseUrl).login(name));
    }
    doc = (await new ApiClient(stack.baseUrl).call<OpenApiDocument>('GET', '/api/docs-json')).body;

    // Fixtures: real ids, so mutations reach past "not found" into the services.
    const created = await client('sysadmin').call<{ account: { id: string }; initialPassword: string }>('POST', '/api/accounts', { username: 'fuzz.target', displayName: '模糊测试对象' });
    fixtures['account'] = created.body.account.id;
    const fuzzer = await client('sysadmin').call<{ account: { id: string }; initialPassword: string }>('POST', '/api/accounts', { username: 'fuzzer', displayName: '模糊测试' });
    expect((await client('secadmin').call('PUT', `/api/accounts/${fuzzer.body.account.id}/roles`, { roles: ['gxj-operator'] })).status).toBe(200);
    clients.set('fuzzer', await new ApiClient(stack.baseUrl).login('fuzzer', fuzzer.body.initialPassword));
    fixtures['fuzzerPassword'] = fuzzer.body.initialPassword;
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await client('gxj').call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    fixtures['uscc'] = e.uscc;
    await waitFor(async () => (await client('gxj').call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    const cert = await client('gxj').call<{ id: string }>('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2024〕77号', certifiedOn: '2024-05-10' });
    fixtures['certification'] = cert.body.id;
    fixtures['entitlement'] = await waitFor(async () => (await client('gxj').call<Page<EntitlementDto>>('GET', `/api/subsidies/entitlements?uscc=${e.uscc}`)).body.items[0]?.id);
    const park = await client('gxj').call<{ id: string }>('POST', '/api/subsidies/parks', { name: '模糊测试园区', countyCode: '350404', operator: '园区管委会', enterprises: [] });
    fixtures['park'] = park.body.id;
  });

  afterAll(async () => {
    await stack.stop();
  });

  function resolve(schema: SchemaObject | undefined, depth = 0): SchemaObject {
    let s = schema ?? {};
    for (let i = 0; i < 10 && s.$ref; i++) s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] ?? {};
    if (!s.allOf || depth > 5) return s;
    // allOf: one object with every part's properties and required fields.
    const parts = s.allOf.map((part) => resolve(part, depth + 1));
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Record<string, SchemaObject>,
      required: parts.flatMap((p) => p.required ?? []),
    };
  }

  /** A plausible valid value, so that one mutated field is the only thing wrong with a request. */
  function sample(name: string, schema: SchemaObject | undefined): unknown {
    const s = resolve(schema);
    if (s.enum && s.enum.length > 0) return s.enum[0];
    if (s.examples && s.examples.length > 0 && name !== 'uscc') return s.examples[0];
    if (name === 'uscc') return fixtures['uscc'];
    if (name === 'countyCode' || name === 'county') return '350404';
    // Never a real account: wrong passwords would lock it.
    if (name === 'username') return 'fuzz.nobody';
    if (name === 'oldPassword') return fixtures['fuzzerPassword'];
    if (/password/i.test(name)) return 'Fuzz#2026pass';
    switch (s.type) {
      case 'integer':
      case 'number':
        return /year/i.test(name) ? 2025 : Math.max(s.minimum ?? 1, 1);
      case 'boolean':
        return false;
      case 'array':
        return s.minItems ? [sample(name, s.items)] : [];
      case 'object':
        return sampleObject(s);
      default:
        if (s.format === 'uuid' || /Id$/.test(name)) return fixtures['entitlement'] ?? randomUUID();
        if (/(On|Date|date|asOf|From|To|from|to|By)$/.test(name)) return today;
        return '模糊测试';
    }
  }

  function sampleObject(schema: SchemaObject): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) {
      if (!SERVER_FIELDS.has(key)) out[key] = sample(key, schema.properties?.[key]);
    }
    return out;
  }

  /** A path parameter's real value: the fixture its route is about. */
  function pathValue(route: string, name: string): string {
    if (name === 'uscc') return fixtures['uscc']!;
    if (name === 'year') return '2025';
    const byPrefix: [string, string][] = [
      ['/api/accounts/', 'account'],
      ['/api/subsidies/entitlements/', 'entitlement'],
      ['/api/tiering/certifications/', 'certification'],
      ['/api/subsidies/parks/', 'park'],
    ];
    const hit = byPrefix.find(([prefix]) => route.startsWith(prefix));
    return hit ? fixtures[hit[1]]! : randomUUID();
  }

  function fill(route: string, override?: { name: string; value: string }): string {
    return route.replace(/\{(\w+)\}/g, (_m, name: string) => (override && override.name === name ? override.value : pathValue(route, name)));
  }

  const wire = (value: string, raw?: 'raw'): string => (raw ? value : encodeURIComponent(value));

  function bodySchema(method: string, route: string, op: Operation): SchemaObject | null {
    const fromDoc = op.requestBody?.content?.['application/json']?.schema;
    if (fromDoc) return resolve(fromDoc);
    const fallback = BODY_FALLBACK[`${method} ${route}`];
    return fallback ? resolve({ $ref: `#/components/schemas/${fallback}` }) : null;
  }

  function queryFields(route: string, op: Operation): string[] {
    const fromDoc = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    if (fromDoc.length > 0) return fromDoc;
    const fallback = QUERY_FALLBACK[route];
    if (!fallback) return [];
    return Object.keys(resolve({ $ref: `#/components/schemas/${fallback}` }).properties ?? {}).filter((k) => !SERVER_FIELDS.has(k));
  }

  /** Every case of every route. */
  function allCases(): FuzzCase[] {
    const cases: FuzzCase[] = [];
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [lower, op] of Object.entries(methods)) {
        const method = lower.toUpperCase();
        const key = `${method} ${route}`;
        const schema = bodySchema(method, route, op);
        const base = schema ? sampleObject(schema) : undefined;
        const json = (body: unknown): string => JSON.stringify(body);
        const withBody = method !== 'GET' && method !== 'HEAD';
        cases.push({ route: key, label: 'base', method, path: fill(route), ...(withBody ? { body: json(base ?? {}) } : {}) });
        for (const param of (op.parameters ?? []).filter((p) => p.in === 'path')) {
          for (const [label, value, raw] of TEXT_VALUES) {
            const path = fill(route, { name: param.name, value: wire(value, raw) });
            cases.push({ route: key, label: `path ${param.name}: ${label}`, method, path, ...(withBody ? { body: json(base ?? {}) } : {}) });
          }
        }
        for (const field of queryFields(route, op)) {
          for (const [label, value, raw] of TEXT_VALUES) {
            cases.push({ route: key, label: `query ${field}: ${label}`, method, path: `${fill(route)}?${encodeURIComponent(field)}=${wire(value, raw)}` });
          }
          cases.push({ route: key, label: `query ${field}: repeated`, method, path: `${fill(route)}?${field}=1&${field}=2` });
        }
        if (!withBody) continue;
        for (const [label, raw, type] of BODY_SHAPES) {
          cases.push({ route: key, label: `body: ${label}`, method, path: fill(route), body: raw, ...(type ? { contentType: type } : {}) });
        }
        for (const field of Object.keys(schema?.properties ?? {}).filter((f) => !SERVER_FIELDS.has(f))) {
          for (const [label, value] of FIELD_VALUES) {
            cases.push({ route: key, label: `body ${field}: ${label}`, method, path: fill(route), body: json({ ...(base ?? {}), [field]: value }) });
          }
          cases.push({ route: key, label: `body ${field}: missing`, method, path: fill(route), body: json(Object.fromEntries(Object.entries(base ?? {}).filter(([k]) => k !== field))) });
        }
      }
    }
    return cases;
  }

  /** Who calls a route: the first account whose role may (the guard does not answer 403 to the base case). */
  const callers = new Map<string, ApiClient>();
  async function callerFor(c: FuzzCase): Promise<ApiClient> {
    const known = callers.get(c.route);
    if (known) return known;
    // The auth routes act on the caller itself: the dedicated fuzz account, never a demo account.
    if (c.route.includes('/api/auth/')) {
      callers.set(c.route, client('fuzzer'));
      return client('fuzzer');
    }
    for (const name of ['gxj', 'gxjsh', 'czj', 'czjsh', 'sysadmin', 'secadmin', 'auditor']) {
      const res = await send(client(name), { ...c, label: 'probe' });
      const code = (res.json as { code?: string; message?: string } | null)?.message;
      if (res.status !== 403 || code !== '您的角色无权执行该操作') {
        callers.set(c.route, client(name));
        return client(name);
      }
    }
    callers.set(c.route, client('gxj'));
    return client('gxj');
  }

  async function send(api: ApiClient, c: FuzzCase, token = api.token): Promise<{ status: number; json: unknown; text: string }> {
    const headers: Record<string, string> = {};
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (c.body !== undefined && c.body !== '') headers['content-type'] = c.contentType ?? 'application/json';
    const res = await fetch(`${stack.baseUrl}${c.path}`, {
      method: c.method,
      headers,
      body: c.body === undefined || c.body === '' ? undefined : typeof c.body === 'string' ? c.body : new Uint8Array(c.body),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, json, text };
  }

  async function relogin(api: ApiClient): Promise<void> {
    const name = [...clients.entries()].find(([, v]) => v === api)?.[0];
    if (!name) return;
    const passwords = name === 'fuzzer' ? [fixtures['fuzzerPassword']!, 'Fuzz#2026pass'] : [DEMO_PASSWORD];
    for (const password of passwords) {
      try {
        await api.login(name, password);
        return;
      } catch {
        // next
      }
    }
  }

  async function run(cases: readonly FuzzCase[], pick: (c: FuzzCase) => Promise<{ api: ApiClient; token?: string }>): Promise<Finding[]> {
    const findings: Finding[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const { api, token } = await pick(c);
        let res = await send(api, c, token ?? api.token);
        if (res.status === 401 && token === undefined && api.token) {
          // A mutation may have ended the caller's own session (logout) or changed its password: sign in again.
          await relogin(api);
          res = await send(api, c);
        }
        if (res.status >= 500) {
          findings.push({ route: c.route, label: c.label, status: res.status, body: res.text.slice(0, 300) });
          if (FULL) console.log(`≥ 500: ${c.route} · ${c.label} → ${res.status} ${res.text.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return findings;
  }

  it('should answer every route and mutation below 500', async () => {
    const every = allCases();
    const random = mulberry32(SEED);
    // Short form: the base case of every route, then a seeded random subset of the rest.
    const bases = every.filter((c) => c.label === 'base');
    const rest = every.filter((c) => c.label !== 'base');
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    const chosen = FULL ? every : [...bases, ...rest.slice(0, Math.max(SHORT_REQUESTS - bases.length, 0))];
    const routes = new Set(every.map((c) => c.route));
    console.log(`fuzz: ${routes.size} routes, ${every.length} cases in the full form`);
    const started = Date.now();
    for (const c of bases) await callerFor(c);
    const findings = await run(chosen, async (c) => ({ api: await callerFor(c) }));
    console.log(
      `fuzz ${FULL ? 'full' : `short (seed ${SEED})`}: ${routes.size} routes, ${chosen.length} of ${every.length} cases, ` +
        `${Math.round((Date.now() - started) / 1000)} s, ${findings.length} answers ≥ 500`,
    );
    expect(findings).toEqual([]);
  }, FULL ? 3_600_000 : 180_000);

  it('should answer concurrent logins, wrong passwords, resets and edits on one account below 500', async () => {
    const anon = new ApiClient(stack.baseUrl);
    const sys = client('sysadmin');
    const id = fixtures['account']!;
    // The fuzz may have disabled or locked it: enable, then reset (which also unlocks).
    expect((await sys.call('PATCH', `/api/accounts/${id}`, { disabled: false })).status).toBe(200);
    const reset = await sys.call<{ password: string }>('POST', `/api/accounts/${id}/reset-password`);
    const password = reset.body.password;
    const burst = async (n: number, call: () => Promise<{ status: number }>): Promise<number[]> =>
      (await Promise.all(Array.from({ length: n }, call))).map((r) => r.status);
    const logins = await burst(10, () => anon.call('POST', '/api/auth/login', { username: 'fuzz.target', password }));
    expect(logins).toEqual(Array(10).fill(200));
    const wrong = await burst(10, () => anon.call('POST', '/api/auth/login', { username: 'fuzz.target', password: 'wrong' }));
    expect(wrong.every((s) => s === 401 || s === 423)).toBe(true);
    expect(wrong).toContain(423);
    const resets = await burst(6, () => sys.call('POST', `/api/accounts/${id}/reset-password`));
    expect(resets.every((s) => s === 200 || s === 409)).toBe(true);
    const edits = await burst(6, () => sys.call('PATCH', `/api/accounts/${id}`, { displayName: `并发${Math.random()}`, department: '并发测试' }));
    expect(edits).toEqual(Array(6).fill(200));
    const unlocks = await burst(4, () => sys.call('POST', `/api/accounts/${id}/unlock`));
    expect(unlocks).toEqual(Array(4).fill(200));
    const newPassword = (await sys.call<{ password: string }>('POST', `/api/accounts/${id}/reset-password`)).body.password;
    const owner = await new ApiClient(stack.baseUrl).login('fuzz.target', newPassword);
    const changes = await burst(5, () => owner.call('POST', '/api/auth/password', { oldPassword: newPassword, newPassword: 'Fuzz#2026changed' }));
    expect(changes.filter((s) => s === 204)).toHaveLength(1);
    expect(changes.every((s) => s === 204 || s === 400 || s === 409)).toBe(true);
  });

  it('should refuse calls without a token, with a forged one or without the role, and audit every refusal', async () => {
    const auditor = client('auditor');
    const anon = new ApiClient(stack.baseUrl);
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieCIsInVzZXJuYW1lIjoiZ3hqIn0.forged';
    const marker = `fuzz-${Date.now()}`;
    const denied: [FuzzCase, string | undefined][] = [
      [{ route: 'anon', label: 'no token', method: 'POST', path: `/api/tiering/jobs?m=${marker}`, body: '{"kind":"reevaluate"}' }, undefined],
      [{ route: 'anon', label: 'no token read', method: 'GET', path: `/api/audit?actor=${marker}` }, undefined],
      [{ route: 'forged', label: 'forged token', method: 'PUT', path: `/api/subsidies/budgets?m=${marker}`, body: '{"payer":"CITY","year":2025,"amountFen":1}' }, forged],
      [{ route: 'forged', label: 'forged token read', method: 'GET', path: `/api/enterprises/${fixtures['uscc']}?m=${marker}` }, forged],
    ];
    const statuses: number[] = [];
    for (const [c, token] of denied) statuses.push((await send(anon, c, token)).status);
    // Roles that may not: a county operator starting a re-evaluation, the auditor setting a budget.
    statuses.push((await client('sanyuan').call('POST', '/api/tiering/jobs', { kind: 'reevaluate' })).status);
    statuses.push((await auditor.call('PUT', '/api/subsidies/budgets', { payer: 'CITY', year: 2025, amountFen: 1 })).status);
    statuses.push((await anon.call('POST', '/api/auth/login', { username: `${marker}\u0000`, password: 'x' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 403, 403, 400]);

    type Entry = { actor: string; action: string; path: string; status: number; errorCode: string; errorMessage: string; ip: string; userAgent: string | null };
    const entries = await waitFor(async () => {
      const page = await auditor.call<Page<Entry>>('GET', '/api/audit?pageSize=100&result=failure');
      const items = page.body.items;
      const mine = items.filter((a) => a.path.includes(marker) || a.actor.startsWith(marker));
      const ready = mine.length === 5 && items.some((a) => a.actor === 'sanyuan' && a.status === 403) && items.some((a) => a.actor === 'auditor' && a.status === 403);
      return ready ? items : undefined;
    });
    expect(entries.find((a) => a.actor === 'sanyuan' && a.action === 'tiering.job')).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
    expect(entries.find((a) => a.actor === 'auditor' && a.action === 'subsidies.budget.allocate')).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
    const anonymous = entries.filter((a) => a.path.includes(marker));
    expect(anonymous.map((a) => [a.actor, a.status, a.errorCode])).toEqual(Array(4).fill(['anonymous', 401, 'UNAUTHORIZED']));
    const login = entries.find((a) => a.actor.startsWith(marker));
    expect(login).toMatchObject({ actor: `${marker}\\u0000`, action: 'auth.login', status: 400, errorCode: 'VALIDATION_FAILED' });
    expect(login?.errorMessage).toMatch(/控制字符/);
    expect(login?.ip).toBeTruthy();
    expect(login?.userAgent).toBeTruthy();
    // The console filters by day as instants in Beijing time; plain days work too.
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const [from, to] of [[`${day}T00:00:00.000+08:00`, `${day}T23:59:59.999+08:00`], [day, day]]) {
      const filtered = await auditor.call<Page<Entry>>('GET', `/api/audit?result=failure&pageSize=100&from=${encodeURIComponent(from!)}&to=${encodeURIComponent(to!)}`);
      expect(filtered.status).toBe(200);
      expect(filtered.body.items.some((a) => a.actor.startsWith(marker))).toBe(true);
    }
  });

  it('should keep a quote-bearing value as data and refuse a NUL-bearing one with 400', async () => {
    const sys = client('sysadmin');
    const id = fixtures['account']!;
    const saved = await sys.call<{ displayName: string }>('PATCH', `/api/accounts/${id}`, { displayName: QUOTES });
    expect(saved.status).toBe(200);
    const listed = await sys.call<{ id: string; displayName: string }[]>('GET', '/api/accounts');
    expect(listed.body.find((a) => a.id === id)?.displayName).toBe(QUOTES);
    const e = makeEnterprise({ countyCode: '350404' });
    const name = `三明'"; drop table enterprise; --\\有限公司`;
    expect((await client('gxj').call('POST', '/api/enterprises', { ...e, name, industryGroup: 'industry' })).status).toBe(201);
    expect((await client('gxj').call<{ name: string }>('GET', `/api/enterprises/${e.uscc}`)).body.name).toBe(name);
    const found = await client('gxj').call<Page<{ uscc: string }>>('GET', `/api/enterprises?q=${encodeURIComponent("'\"; drop")}`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((i) => i.uscc)).toContain(e.uscc);
    for (const [method, path, body] of [
      ['PATCH', `/api/accounts/${id}`, { displayName: `x${NUL}` }],
      ['POST', '/api/enterprises', { ...makeEnterprise(), name: `x${NUL}`, industryGroup: 'industry' }],
      ['GET', `/api/enterprises?q=${encodeURIComponent(NUL)}`, undefined],
      ['GET', `/api/enterprises/${encodeURIComponent(NUL)}`, undefined],
    ] as const) {
      const api = method === 'PATCH' ? sys : client('gxj');
      const res = await api.call<{ code: string; message: string }>(method, path, body);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await sys.call<{ id: string; displayName: string }[]>('GET', '/api/accounts')).body.find((a) => a.id === id)?.displayName).toBe(QUOTES);
    // A logged-in user with the account's password still works: the session was untouched.
    expect((await new ApiClient(stack.baseUrl).call('POST', '/api/auth/login', { username: 'gxj', password: DEMO_PASSWORD })).status).toBe(200);
  });
});
