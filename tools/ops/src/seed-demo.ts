import 'reflect-metadata';

import type { Actor } from '@ladder/contracts';
import { RemoteError, createStandaloneClient } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { COUNTIES, computeResidentIdCheckCharacter } from '@ladder/shared-domain';

import { demoTitles, generateDemoPool } from './demo-data';
import type { DemoEnterprise } from './demo-data';

/**
 * Who the demo says entered its records (shown as 填报人 and in the change history): each county's 工信局 for its
 * enterprises and their annual data, the city's 工信局 for titles and parks, the city's 财政局 for budgets.
 */
const CITY: Actor = { userId: 'demo-gxj', username: '三明市工信局（演示）', roles: ['gxj-operator'] };
const FINANCE: Actor = { userId: 'demo-czj', username: '三明市财政局（演示）', roles: ['finance-officer'] };
/** The demo accounts of the guarantee organisations (apps/gateway/src/seed/demo-accounts.ts): jrj, dbjg, dbsp, yh. */
const REGULATOR: Actor = { userId: 'demo-jrj', username: 'jrj', roles: ['guarantee-officer'] };
const GUARANTOR_OFFICER: Actor = { userId: 'demo-dbjg', username: 'dbjg', roles: ['guarantor-officer'] };
const GUARANTOR_APPROVER: Actor = { userId: 'demo-dbsp', username: 'dbsp', roles: ['guarantor-approver'] };
const BANK_OFFICER: Actor = { userId: 'demo-yh', username: 'yh', roles: ['bank-officer'] };
/** Demo guarantees are recorded on a date inside the plan period (S-49 runs 2022–2025; later dates are not covered). */
const GUARANTEE_DEMO_DATE = '2025-09-15';

function countyActor(countyCode: string): Actor {
  const county = COUNTIES.find((c) => c.code === countyCode);
  return { userId: `demo-${countyCode}`, username: `${county?.name ?? countyCode}工信局（演示）`, roles: ['county-operator'], countyCode };
}

/**
 * First-run step of the embedded stack: when the registry holds no enterprise, register the demo pool through
 * the registry's own request/reply API (so every demo fact also produces its events); when tiering holds no
 * title, record the titles part of the demo pool holds (each one earned by its figures, see demo-data.ts).
 */
async function main(): Promise<void> {
  const url = process.env['NATS_URL'];
  if (!url) throw new Error('NATS_URL is not set');
  const count = Number(process.env['DEMO_ENTERPRISES'] ?? 330);
  const client = createStandaloneClient(url, 'seed-demo');
  try {
    const pool = generateDemoPool(count);
    const existing = await client.request('registry.enterprise.list', { page: 1, pageSize: 1, status: 'all', actor: CITY });
    if (existing.total > 0) console.log(`registry: ${existing.total} enterprises exist, demo data not loaded`);
    else await seedRegistry(client, pool);
    await seedTitles(client, pool);
    await seedSubsidies(client, pool);
    await seedServicedesk(client, pool);
    await seedGuarantees(client);
    await seedProcurement(client, pool);
    await seedTalent(client, pool);
  } finally {
    await client.close();
  }
}

async function seedRegistry(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  let done = 0;
  const queue = [...pool];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const actor = countyActor(item.enterprise.countyCode);
      await client.request('registry.enterprise.create', { ...item.enterprise, actor });
      for (const y of item.years) {
        await client.request('registry.annual-data.submit', { uscc: item.enterprise.uscc, year: y.year, facts: y.facts, source: 'bureau', actor });
      }
      done++;
      if (done % 50 === 0) console.log(`registry: ${done}/${pool.length} demo enterprises`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const years = pool.reduce((n, p) => n + p.years.length, 0);
  console.log(`registry: ${pool.length} demo enterprises with ${years} years of annual data loaded`);
}

/** Titles already held by part of the demo pool, recorded once tiering has caught up with the registry. */
async function seedTitles(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const existing = await client.request('tiering.certification.list', { page: 1, pageSize: 1 }).catch(() => null);
  if (existing === null) {
    console.log('tiering: not running, demo titles not recorded');
    return;
  }
  if (existing.total > 0) {
    console.log(`tiering: ${existing.total} titles exist, demo titles not recorded`);
    return;
  }
  const plan = demoTitles(pool);
  const deadline = Date.now() + 180_000;
  for (const t of plan) {
    for (;;) {
      try {
        await client.request('tiering.certification.record', { ...t, actor: CITY });
        break;
      } catch (error) {
        // The projection of this enterprise may not have arrived yet: wait for tiering to catch up.
        if (error instanceof RemoteError && error.code === 'TIERING_ENTERPRISE_UNKNOWN' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  }
  console.log(`tiering: ${plan.length} demo titles recorded`);
}

/**
 * Budget lines for the award money (so approvals can be tried at once) and one park of demo enterprises. The
 * 免申即享 entitlements themselves come from the demo titles' events, like in production.
 */
async function seedSubsidies(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const lines = await client.request('subsidies.budget.list', {}).catch(() => null);
  if (lines === null) {
    console.log('subsidies: not running, demo budgets not allocated');
    return;
  }
  if (lines.length > 0) {
    console.log(`subsidies: ${lines.length} budget lines exist, demo budgets not allocated`);
    return;
  }
  const year = new Date().getFullYear();
  for (const y of [year - 1, year]) {
    await client.request('subsidies.budget.allocate', { payer: 'CITY', year: y, amountFen: 300_000_000, actor: FINANCE });
    await client.request('subsidies.budget.allocate', { payer: 'PROV', year: y, amountFen: 500_000_000, actor: FINANCE });
  }
  const titled = new Set(demoTitles(pool).map((t) => t.uscc));
  const members = pool.filter((p) => p.enterprise.countyCode === '350404' && titled.has(p.enterprise.uscc)).slice(0, 8);
  if (members.length > 0) {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.request('subsidies.park.upsert', {
          name: '三明经济开发区（示例）',
          countyCode: '350404',
          operator: '三明经济开发区管委会（示例）',
          enterprises: members.map((m) => ({ uscc: m.enterprise.uscc })),
          actor: CITY,
        });
        break;
      } catch (error) {
        // The registry's events may not have reached subsidies yet.
        if (error instanceof RemoteError && error.code === 'NOT_FOUND' && attempt < 120) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  }
  console.log(`subsidies: demo budgets for ${year - 1}–${year} and one park with ${members.length} enterprises`);
}

/** Fictional handlers of the departments demo appeals go to (the demo accounts jrjcb, zrzyjcb, rsjcb, sanyuanzf). */
const handler = (code: string, username: string): Actor => ({ userId: `demo-${code}`, username, roles: ['dept-handler'], departmentCode: code });
const SD_CITY: Actor = { ...CITY, departmentCode: 'gxj' };

/**
 * A few appeals in each state (待分拨, 待签收, 办理中 waiting for the enterprise, 已答复, 已办结, 已评价), one liaison
 * visit whose issue became an appeal and one 面对面 meeting with a follow-up: what the console pages show first.
 */
async function seedServicedesk(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const existing = await client.request('servicedesk.appeal.list', { page: 1, pageSize: 1 }).catch(() => null);
  if (existing === null) {
    console.log('servicedesk: not running, demo appeals not recorded');
    return;
  }
  if (existing.total > 0) {
    console.log(`servicedesk: ${existing.total} appeals exist, demo appeals not recorded`);
    return;
  }
  const picks = pool.slice(0, 8).map((p) => p.enterprise.uscc);
  const deadline = Date.now() + 180_000;
  /** Retries while servicedesk has not yet projected the enterprise from the registry's events. */
  const retry = async <T>(work: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof RemoteError && error.code === 'SERVICEDESK_ENTERPRISE_UNKNOWN' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  };
  const jrj = handler('jrj', '周承办');
  const zrzyj = handler('zrzyj', '钱承办');
  const rsj = handler('rsj', '孙承办');
  const appeals = [
    { category: 'finance', title: '技改项目流动资金贷款', description: '企业技改扩产需流动资金贷款800万元，希望对接政府性融资担保。', dept: jrj, steps: 3 },
    { category: 'land', title: '二期厂房用地指标', description: '二期厂房需新增工业用地约25亩，希望协调用地指标。', dept: zrzyj, steps: 2 },
    { category: 'talent', title: '高层次人才子女入学', description: '引进的两名博士子女入学需协调。', dept: rsj, steps: 4 },
    { category: 'payment-arrears', title: '国有企业账款拖欠', description: '某国有企业拖欠货款120万元已逾期90日。', dept: jrj, steps: 5 },
    { category: 'policy', title: '专精特新奖励兑现进度', description: '咨询市级专精特新奖励的兑现进度。', dept: null, steps: 0 },
    { category: 'market', title: '参加省外展会补助', description: '希望了解参加省外展会的补助政策。', dept: jrj, steps: 1 },
  ] as const;
  let n = 0;
  for (const [i, a] of appeals.entries()) {
    const uscc = picks[i % picks.length] ?? '';
    const created = await retry(() =>
      client.request('servicedesk.appeal.raise', { uscc, category: a.category, title: a.title, description: a.description, raisedBy: '挂包联系干部', raisedByRole: 'liaison', actor: SD_CITY }),
    );
    n++;
    if (!a.dept) continue;
    const id = created.id;
    await client.request('servicedesk.appeal.route', { appealId: id, departmentCode: a.dept.departmentCode ?? '', actor: SD_CITY });
    if (a.steps >= 2) await client.request('servicedesk.appeal.acknowledge', { appealId: id, actor: a.dept });
    if (a.steps === 2) await client.request('servicedesk.appeal.wait', { appealId: id, text: '请企业补充用地规划图及投资协议', actor: a.dept });
    if (a.steps >= 3) await client.request('servicedesk.appeal.answer', { appealId: id, text: '已对接相关单位，正在办理', actor: a.dept });
    if (a.steps >= 4) await client.request('servicedesk.appeal.resolve', { appealId: id, text: '已协调解决', actor: a.dept });
    if (a.steps >= 5) await client.request('servicedesk.appeal.rate', { appealId: id, score: 5, comment: '办理及时', actor: SD_CITY });
  }
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const visit = await retry(() =>
    client.request('servicedesk.visit.log', {
      uscc: picks[6] ?? '',
      visitedOn: today,
      cadreName: '张处长',
      cadreUnit: '三明市工业和信息化局',
      summary: '走访了解企业生产经营和扩产计划，宣讲梯度培育政策。',
      issues: [{ category: 'talent', title: '技术工人招聘', description: '扩产需招聘数控技工30名。' }],
      actor: SD_CITY,
    }),
  );
  const meeting = await retry(() =>
    client.request('servicedesk.meeting.hold', {
      title: '专精特新企业“面对面”协调会',
      heldOn: today,
      participants: ['市工信局', '市金融监管局', '市自然资源局', '三元区人民政府'],
      enterprises: [picks[0] ?? '', picks[1] ?? ''],
      decisions: ['由市金融监管局牵头对接融资需求', '用地问题由市自然资源局会同三元区政府研究'],
      followUps: [{ uscc: picks[1] ?? '', category: 'land', title: '用地规划调整', description: '协调会议定：研究用地规划调整。' }],
      actor: SD_CITY,
    }),
  );
  console.log(`servicedesk: ${n} demo appeals, 1 visit (${visit.appealIds.length} appeal), 1 meeting (${meeting.appealIds.length} follow-up)`);
}

/**
 * A guarantor, two partner banks and a few guarantee applications in every state. The white list itself fills from
 * the demo titles' events (the guarantees consumer replays tiering's stream), like in production.
 */
async function seedGuarantees(client: MessagingClient): Promise<void> {
  const orgs = await client.request('guarantees.organisation.list', { actor: REGULATOR }).catch(() => null);
  if (orgs === null) {
    console.log('guarantees: not running, demo guarantees not loaded');
    return;
  }
  if (orgs.length > 0) {
    console.log(`guarantees: ${orgs.length} organisations exist, demo guarantees not loaded`);
    return;
  }
  const guarantor = await client.request('guarantees.organisation.upsert', { kind: 'guarantor', name: '三明市融资担保有限公司（示例）', members: ['dbjg', 'dbsp'], actor: REGULATOR });
  const bank = await client.request('guarantees.organisation.upsert', { kind: 'bank', name: '三明农村商业银行（示例）', members: ['yh'], actor: REGULATOR });
  await client.request('guarantees.organisation.upsert', { kind: 'bank', name: '兴业银行三明分行（示例）', members: [], actor: REGULATOR });
  // Wait for the white list to catch up with the demo titles (the consumer replays tiering's stream): until it has
  // entries and has not changed for three seconds, at most a minute.
  const deadline = Date.now() + 60_000;
  let last = -1;
  let stable = 0;
  for (;;) {
    const history = await client.request('guarantees.whitelist.history', { pageSize: 1, actor: REGULATOR });
    stable = history.total > 0 && history.total === last ? stable + 1 : 0;
    last = history.total;
    if (stable >= 3 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const page = await client.request('guarantees.whitelist.list', { pageSize: 200, actor: REGULATOR });
  const members = page.items.filter((m) => m.source === 'title' && (m.since ?? '') <= GUARANTEE_DEMO_DATE && (m.until ?? '') >= GUARANTEE_DEMO_DATE);
  const plan: { principalWan: number; months: number; purpose: string; to: 'submitted' | 'reviewed' | 'approved' | 'issued' | 'repaid' | 'compensated' }[] = [
    { principalWan: 300, months: 12, purpose: '购置数控加工设备', to: 'issued' },
    { principalWan: 200, months: 12, purpose: '流动资金周转', to: 'approved' },
    { principalWan: 80, months: 12, purpose: '流动资金周转', to: 'repaid' },
    { principalWan: 100, months: 12, purpose: '研发中试线建设', to: 'submitted' },
    { principalWan: 120, months: 12, purpose: '订单生产备料', to: 'compensated' },
    { principalWan: 150, months: 6, purpose: '原材料采购', to: 'reviewed' },
  ];
  let done = 0;
  for (const [i, step] of plan.entries()) {
    const member = members[i];
    if (!member) break;
    const app = await client.request('guarantees.guarantee.submit', {
      uscc: member.uscc,
      guarantorId: guarantor.id,
      bankId: bank.id,
      principalFen: step.principalWan * 1_000_000,
      termMonths: step.months,
      purpose: step.purpose,
      applicationDate: GUARANTEE_DEMO_DATE,
      actor: GUARANTOR_OFFICER,
    });
    done++;
    if (step.to === 'submitted') continue;
    await client.request('guarantees.guarantee.review', { applicationId: app.id, approve: true, note: '资料齐全，同意提交审批', actor: GUARANTOR_OFFICER });
    if (step.to === 'reviewed') continue;
    await client.request('guarantees.guarantee.decide', { applicationId: app.id, approve: true, note: '同意担保', actor: GUARANTOR_APPROVER });
    if (step.to === 'approved') continue;
    await client.request('guarantees.loan.issue', { applicationId: app.id, loanNo: `SMNS-2025-${String(i + 1).padStart(4, '0')}`, issuedOn: '2025-09-20', actor: BANK_OFFICER });
    if (step.to === 'repaid') await client.request('guarantees.loan.close', { applicationId: app.id, outcome: 'repaid', on: '2025-12-20', actor: BANK_OFFICER });
    if (step.to === 'compensated') {
      await client.request('guarantees.loan.close', { applicationId: app.id, outcome: 'compensated', on: '2025-12-25', amountFen: 100 * 1_000_000, actor: GUARANTOR_OFFICER });
    }
  }
  console.log(`guarantees: one guarantor, two banks, ${done} demo applications (white list: ${members.length} enterprises valid on ${GUARANTEE_DEMO_DATE} sampled)`);
}

/** `today` (Asia/Shanghai) moved by `days`. */
function shiftedDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Contracts under the payment regulation with suppliers from the pool (their size from the registry once
 * projected, else the declaration): one overdue and unpaid, one paid in time, one not yet due; and one complaint
 * about the overdue one on its review clock. Dates are relative to today, so the overdue one stays overdue.
 */
async function seedProcurement(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const existing = await client.request('procurement.contract.list', { page: 1, pageSize: 1 }).catch(() => null);
  if (existing === null) {
    console.log('procurement: not running, demo contracts not recorded');
    return;
  }
  if (existing.total > 0) {
    console.log(`procurement: ${existing.total} contracts exist, demo contracts not recorded`);
    return;
  }
  const suppliers = pool.slice(10, 13).map((p) => p.enterprise);
  const contracts = [
    { no: '明采合〔演示〕001号', buyer: '三明市某局（演示）', kind: 'organ', amountFen: 12_000_000, signed: -75, delivered: -60, paid: null },
    { no: '明采合〔演示〕002号', buyer: '三明市某中心（演示）', kind: 'institution', amountFen: 4_560_000, signed: -60, delivered: -50, paid: -30 },
    { no: '明采合〔演示〕003号', buyer: '三明市某局（演示）', kind: 'organ', amountFen: 880_000, signed: -10, delivered: -5, paid: null },
  ] as const;
  let overdueId: string | null = null;
  for (const [i, c] of contracts.entries()) {
    const e = suppliers[i % suppliers.length];
    if (!e) break;
    const created = await client.request('procurement.contract.record', {
      contractNumber: c.no,
      buyerName: c.buyer,
      buyerKind: c.kind,
      countyCode: e.countyCode,
      supplierUscc: e.uscc,
      supplierName: e.name,
      declaredSize: 'small',
      signedOn: shiftedDay(c.signed),
      amountFen: c.amountFen,
      actor: FINANCE,
    });
    await client.request('procurement.contract.deliver', { contractId: created.id, date: shiftedDay(c.delivered), actor: FINANCE });
    if (c.paid !== null) await client.request('procurement.contract.pay', { contractId: created.id, paidOn: shiftedDay(c.paid), amountFen: c.amountFen, actor: FINANCE });
    if (i === 0) overdueId = created.id;
  }
  const first = suppliers[0];
  if (first && overdueId) {
    await client.request('procurement.complaint.file', {
      complainantUscc: first.uscc,
      complainantName: first.name,
      respondentName: contracts[0].buyer,
      contractId: overdueId,
      amountFen: contracts[0].amountFen,
      summary: '货物已于两个月前交付，采购人至今未支付货款，已超过30日付款期限。',
      filedVia: 'liaison',
      actor: FINANCE,
    });
  }
  console.log(`procurement: ${contracts.length} demo contracts (1 overdue), 1 complaint`);
}

const TALENT: Actor = { userId: 'demo-rcb', username: '市委人才办（演示）', roles: ['talent-officer'] };

/** A fictional 居民身份证号 (Sanming address code, a birth date, a sequence) with its GB 11643 check character. */
function demoResidentId(i: number): string {
  const first17 = `350402${1975 + (i % 20)}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
  return first17 + computeResidentIdCheckCharacter(first17);
}

/**
 * A 2025 management-training programme with a session and the attendance of staff of titled enterprises, a few
 * people (ID and phone encrypted by the service), a 职称 green-channel application routed to 人社局, a housing
 * request routed to 住建局 and approved, and a 劳模 nomination for the staff of a 专精特新 enterprise, and the 2025
 * 劳模 and 八闽英才 rounds.
 */
async function seedTalent(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const existing = await client.request('talent.person.list', { page: 1, pageSize: 1 }).catch(() => null);
  if (existing === null) {
    console.log('talent: not running, demo people not recorded');
    return;
  }
  if (existing.total > 0) {
    console.log(`talent: ${existing.total} people exist, demo people not recorded`);
    return;
  }
  const day = '2025-06-30';
  const titled = demoTitles(pool).filter((t) => t.certifiedOn <= '2025-04-01');
  const specialized = titled.filter((t) => (t.tier === 'specialized' || t.tier === 'little-giant') && t.certifiedOn >= '2022-07-01');
  const picks = [...new Set([...specialized.slice(0, 2), ...titled].map((t) => t.uscc))].slice(0, 4);
  if (picks.length === 0) {
    console.log('talent: no titled demo enterprise, demo people not recorded');
    return;
  }
  const deadline = Date.now() + 180_000;
  /** Retries while talent has not yet projected the enterprise from the registry's and tiering's events. */
  const retry = async <T>(work: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof RemoteError && error.code === 'TALENT_ENTERPRISE_UNKNOWN' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  };
  const names = ['林建华', '陈晓梅', '黄志强', '郑丽娟', '吴国栋', '刘芳'];
  const people = [];
  for (const [i, name] of names.entries()) {
    const uscc = picks[i % picks.length] ?? '';
    people.push(
      await retry(() =>
        client.request('talent.person.register', { name, residentId: demoResidentId(i), phone: `1390598${String(1000 + i).slice(-4)}`, uscc, position: i % 2 ? '技术总监' : '总经理', actor: TALENT }),
      ),
    );
  }
  const programme = await client.request('talent.programme.create', {
    title: '2025年优质中小企业经营管理人才研修班',
    topic: '战略管理与数字化转型',
    organiser: '市工信局、市教育局',
    management: true,
    startsOn: '2025-05-12',
    endsOn: '2025-05-16',
    capacity: 80,
    actor: TALENT,
  });
  const session = await client.request('talent.session.add', { programmeId: programme.id, heldOn: '2025-05-12', place: '三明学院继续教育学院', actor: TALENT });
  for (const p of people.slice(0, 4)) {
    await client.request('talent.enrolment.add', { programmeId: programme.id, personId: p.id, actor: TALENT });
    if (p !== people[3]) await client.request('talent.attendance.record', { sessionId: session.id, personId: p.id, actor: TALENT });
  }
  const modelWorkers = await client.request('talent.round.create', { kind: 'model-worker', year: 2025, title: '2025年三明市劳动模范推荐', opensOn: '2025-03-01', closesOn: '2025-12-31', actor: TALENT });
  await client.request('talent.round.create', { kind: 'bamin-talent', year: 2025, title: '2025年度“八闽英才”培育工程推荐', opensOn: '2025-04-01', closesOn: '2025-10-31', actor: TALENT });
  const staff = people[0];
  let cases = 0;
  const expected = staff ? specialized.filter((t) => t.uscc === staff.uscc).length : 0;
  if (staff && expected > 0) {
    // Wait until talent has the enterprise's titles from tiering's events, then ask the rules before applying.
    for (;;) {
      const card = await client.request('talent.enterprise.get', { uscc: staff.uscc });
      if (card.titles.length >= expected || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const scope = await client.request('talent.scope.get', { uscc: staff.uscc, date: day });
    if (scope.applies.includes('S-55a')) {
      await client.request('talent.case.submit', { kind: 'title', personId: staff.id, appliedOn: day, specialty: '机械工程', level: '副高级', actor: TALENT });
      cases += 1;
    }
    if (scope.applies.includes('S-55b')) {
      const housing = await client.request('talent.case.submit', { kind: 'housing', personId: staff.id, appliedOn: day, actor: TALENT });
      await client.request('talent.case.decide', { caseId: housing.id, outcome: 'approved', note: '符合保障性住房申请条件，已纳入轮候', actor: TALENT });
      cases += 1;
    }
    if (scope.applies.includes('S-55c')) {
      await client.request('talent.case.submit', { kind: 'model-worker', personId: staff.id, appliedOn: day, roundId: modelWorkers.id, actor: TALENT });
      cases += 1;
    }
  }
  console.log(`talent: ${people.length} people, 1 programme (3 attended), ${cases} green-channel/housing/nomination cases (1 decided), 2 nomination rounds`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
