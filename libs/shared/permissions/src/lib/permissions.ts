/**
 * Permission codes shared by the gateway's guards and the console's route/button checks
 * (one list, both sides — cf. ghostfolio libs/common permissions).
 */
export const PERM = {
  enterprise: {
    read: 'enterprise:read',
    write: 'enterprise:write',
    remove: 'enterprise:remove',
    import: 'enterprise:import',
    export: 'enterprise:export',
  },
  dashboard: { read: 'dashboard:read' },
  tiering: {
    read: 'tiering:read',
    evaluate: 'tiering:evaluate',
    recommend: 'tiering:recommend',
    review: 'tiering:review',
    certify: 'tiering:certify',
    jobs: 'tiering:jobs',
    liaison: 'tiering:liaison',
  },
  targets: { read: 'targets:read' },
  subsidies: {
    read: 'subsidies:read',
    /** 公示 lists, objections recorded, parks, applications submitted (经办). */
    operate: 'subsidies:operate',
    /** Business approval (业务审核), application review, objection decisions, cancellation. */
    review: 'subsidies:review',
    /** Finance approval (财政审核): reserves the budget line. */
    finance: 'subsidies:finance',
    /** Payment records (拨付) and budget allocation. */
    disburse: 'subsidies:disburse',
    budget: 'subsidies:budget',
    /** Successor policy versions: propose, and (another person) approve. */
    policyPropose: 'subsidies:policy-propose',
    policyApprove: 'subsidies:policy-approve',
  },
  servicedesk: {
    read: 'servicedesk:read',
    /** Record appeals (for a liaison or an enterprise contact), visits, meetings and the enterprise's rating. */
    raise: 'servicedesk:raise',
    /** 工信局 triage: route and transfer appeals; run the SLA scan. */
    triage: 'servicedesk:triage',
    /** 工信局 approver: committed dates of complex cases (maker ≠ checker). */
    approve: 'servicedesk:approve',
    /** A department's handler: acknowledge, ask the enterprise, answer, resolve, transfer, ask for a committed date. */
    handle: 'servicedesk:handle',
    /** Statistics and their Excel export. */
    stats: 'servicedesk:stats',
  },
  guarantees: {
    /** White list, its history, the 测算 (compute), applications in the account's scope. */
    read: 'guarantees:read',
    /** Manual white-list additions and removals, with a reason (市金融监管局). */
    whitelist: 'guarantees:whitelist',
    /** Guarantor institutions, partner banks and their accounts (市金融监管局). */
    organise: 'guarantees:organise',
    /** Receive and review applications (担保机构经办). */
    apply: 'guarantees:apply',
    /** Approve or refuse an application reviewed by someone else (担保机构审批). */
    approve: 'guarantees:approve',
    /** Confirm a loan and its repayment (合作银行). */
    loan: 'guarantees:loan',
    /** Record compensation (代偿) and recovery (追偿) (担保机构). */
    compensate: 'guarantees:compensate',
    /** Exposure by enterprise, guarantor, bank and county; policy cost by year. */
    exposure: 'guarantees:exposure',
    /** National fund investments paid in (S-47), handed to subsidies (市金融监管局). */
    fund: 'guarantees:fund',
    /** Credit products of a partner bank (S-49a). */
    product: 'guarantees:product',
    /** Enterprises' financing needs and the matching products (S-49a; liaisons, 工信 offices, 市金融监管局). */
    need: 'guarantees:need',
  },
  procurement: {
    /** Contracts with due dates and interest, the disclosure list, the SME share, complaints, the 测算. */
    read: 'procurement:read',
    /** Record contracts, deliveries, acceptances and payments; run the overdue scan. */
    operate: 'procurement:operate',
    /** Receive a late-payment complaint (for an SME or its liaison). */
    complain: 'procurement:complain',
    /** Review complaints (accept and forward, or reject) and record the handling outcome. */
    review: 'procurement:review',
  },
  talent: {
    /** Scope by enterprise, programmes, coverage, queues and nominations; people with masked ID and phone. */
    read: 'talent:read',
    /** Record people, programmes, sessions, enrolment and attendance, applications, requests and nominations. */
    operate: 'talent:operate',
    /** 人社局 review of 职称 green-channel applications, 住建局 housing decisions, nomination outcomes. */
    review: 'talent:review',
    /** Full 居民身份证号 and phone of a person (every view audited). */
    personalData: 'talent:personal-data',
  },
  account: { manage: 'account:manage' },
  role: { assign: 'role:assign' },
  audit: { read: 'audit:read' },
  system: { health: 'system:health' },
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type Permission = Leaves<typeof PERM>;

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(PERM).flatMap<Permission>((group) =>
  Object.values(group),
);

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}
