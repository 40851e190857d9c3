/**
 * Fictional demo pool: enterprises spread over Sanming's 11 counties with valid USCCs and three years of
 * annual data. Deterministic (seeded) so that every fresh stack shows the same pool.
 */
import type { AnnualFacts, CreateEnterpriseBody } from '@ladder/contracts';
import { COUNTIES, completeUscc } from '@ladder/shared-domain';
import type { IndustryChainCode, IndustryGroup } from '@ladder/shared-domain';

export interface DemoEnterprise {
  readonly enterprise: CreateEnterpriseBody;
  readonly years: { year: number; facts: AnnualFacts }[];
}

/** mulberry32 PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A GB 11714 organisation code (8 characters + check) for positions 9–17. */
function organisationCode(rand: () => number): string {
  let body = 'MA';
  while (body.length < 8) body += ORG_ALPHABET.charAt(Math.floor(rand() * ORG_ALPHABET.length));
  const value = (c: string): number => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const sum = [...body].reduce((s, c, i) => s + value(c) * (ORG_WEIGHTS[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

const COUNTY_CHAINS: Record<string, IndustryChainCode[]> = {
  '350404': ['steel-equipment', 'fluorosilicone', 'new-materials'],
  '350405': ['high-end-equipment', 'silicon-chemical', 'food-processing'],
  '350481': ['automotive-machinery', 'graphite-graphene', 'forestry-bamboo'],
  '350421': ['biomedicine', 'fluorine-materials'],
  '350423': ['fluorine-materials', 'new-materials'],
  '350424': ['safety-emergency', 'organosilicon'],
  '350425': ['casting-equipment', 'graphite-graphene'],
  '350426': ['textile', 'forestry-bamboo'],
  '350428': ['light-alloy', 'fine-chemicals'],
  '350429': ['food-processing', 'forestry-bamboo', 'culture-tourism-health'],
  '350430': ['food-processing', 'modern-agriculture'],
};

const TRADE_NAMES = [
  '沙溪', '麒麟', '格氏', '瑞云', '金丝', '明翠', '泰华', '宁远', '清源', '尤溪', '将军', '闽中', '金湖', '建莲',
  '翠峰', '鸿达', '恒信', '华瑞', '新创', '鑫源', '远航', '中科', '青山', '绿源', '百川', '嘉禾', '同力', '永兴',
  '天成', '德盛', '宏图', '正和', '汇智', '聚能', '精工', '博雅', '安达', '凯旋', '万象', '和盛',
];

const BUSINESS: Record<IndustryGroup, string[]> = {
  industry: ['机械制造', '新材料科技', '精密铸造', '氟化工', '石墨烯科技', '生物制药', '纺织', '竹木制品', '汽车零部件', '电子科技', '轻合金'],
  agriculture: ['农业发展', '生态农业', '林业'],
  construction: ['建设工程', '建筑安装'],
  wholesale: ['贸易', '物资'],
  retail: ['商贸'],
  transport: ['物流运输'],
  warehousing: ['仓储'],
  postal: ['快递'],
  accommodation: ['酒店管理'],
  catering: ['餐饮管理'],
  'information-transmission': ['通信技术'],
  'software-it': ['软件技术', '信息技术'],
  'real-estate': ['置业'],
  'property-management': ['物业服务'],
  'leasing-business': ['企业管理咨询', '租赁'],
  other: ['检测技术', '环境科技'],
};

const GROUP_WEIGHTS: [IndustryGroup, number][] = [
  ['industry', 70],
  ['software-it', 6],
  ['wholesale', 3],
  ['retail', 2],
  ['construction', 3],
  ['agriculture', 3],
  ['transport', 2],
  ['warehousing', 1],
  ['postal', 1],
  ['accommodation', 1],
  ['catering', 1],
  ['information-transmission', 1],
  ['real-estate', 1],
  ['property-management', 1],
  ['leasing-business', 2],
  ['other', 2],
];

function pickWeighted<T>(rand: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

const wan = (n: number): number => Math.round(n * 100) * 10_000; // 万元 with 2 decimals → fen

export function generateDemoPool(count = 330, seed = 20260401, years = [2023, 2024, 2025]): DemoEnterprise[] {
  const rand = prng(seed);
  const between = (lo: number, hi: number): number => lo + rand() * (hi - lo);
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const used = new Set<string>();
  const out: DemoEnterprise[] = [];
  for (let i = 0; i < count; i++) {
    const county = COUNTIES[i % COUNTIES.length]!;
    // Some older codes carry the pre-2021 division code in the USCC (USCCs are not re-issued).
    const division = county.code === '350404' && rand() < 0.3 ? pick(['350402', '350403']) : county.code === '350405' && rand() < 0.3 ? '350427' : county.code;
    let uscc: string;
    do uscc = completeUscc(`91${division}${organisationCode(rand)}`);
    while (used.has(uscc));
    used.add(uscc);
    const group = pickWeighted(rand, GROUP_WEIGHTS);
    const name = `三明${pick(TRADE_NAMES)}${pick(BUSINESS[group])}有限公司`;
    const countyChains: IndustryChainCode[] = COUNTY_CHAINS[county.code] ?? ['other'];
    const chains: IndustryChainCode[] = group === 'industry' || rand() < 0.3 ? [pick(countyChains)] : [];
    const scale = pickWeighted(rand, [
      ['micro', 30],
      ['small', 45],
      ['medium', 22],
      ['large', 3],
    ] as [string, number][]);
    const baseEmployees = scale === 'micro' ? int(5, 19) : scale === 'small' ? int(20, 299) : scale === 'medium' ? int(300, 900) : int(1000, 1500);
    const baseRevenueWan = scale === 'micro' ? between(80, 290) : scale === 'small' ? between(300, 1990) : scale === 'medium' ? between(2000, 30000) : between(40000, 60000);
    const growth = between(-0.1, 0.3);
    const rdRatio = between(0.005, 0.09);
    const strong = rand() < 0.25;
    const enterprise: CreateEnterpriseBody = {
      uscc,
      name: name.length > 100 ? name.slice(0, 100) : name,
      countyCode: county.code,
      industryGroup: group,
      chains,
      mainProduct: group === 'industry' ? pick(['数控机床主轴', '氟化工中间体', '石墨电极', '原料药', '竹纤维面料', '铝合金型材', '汽车制动盘', '铸件']) : undefined,
      legalRepresentative: `${pick(['林', '陈', '黄', '张', '李', '王', '吴', '刘', '郑', '杨'])}${pick(['建', '明', '华', '国', '志', '海', '平', '秀'])}${pick(['军', '英', '强', '芳', '伟', '兰', '东', '生'])}`,
      establishedOn: `${int(1998, 2019)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      address: `三明市${county.name}${pick(['工业园区', '经济开发区', '高新区', '城关'])}${int(1, 200)}号`,
      independentLegalPerson: true,
      contacts: [{ name: `${pick(['林', '陈', '黄', '张'])}${pick(['女士', '先生'])}`, phone: `0598-${int(2000000, 8999999)}` }],
    };
    const yearly: { year: number; facts: AnnualFacts }[] = [];
    years.forEach((year, k) => {
      const factor = Math.pow(1 + growth, k);
      const revenueWan = baseRevenueWan * factor;
      const mainShare = between(0.55, 0.98);
      const assetsWan = revenueWan * between(0.6, 1.8);
      const debt = between(0.25, 0.85);
      const employees = Math.max(1, Math.round(baseEmployees * (1 + growth * k * 0.3)));
      yearly.push({
        year,
        facts: {
          employees,
          rdStaff: Math.round(employees * between(0.03, strong ? 0.3 : 0.12)),
          operatingRevenue: wan(revenueWan),
          mainBusinessRevenue: wan(revenueWan * mainShare),
          rdExpense: wan(revenueWan * rdRatio),
          totalAssets: wan(assetsWan),
          totalLiabilities: wan(assetsWan * debt),
          netProfit: wan(revenueWan * between(-0.05, 0.15)),
          equityFinancing: rand() < 0.08 ? wan(between(200, 3000)) : 0,
          ip: {
            class1Total: strong ? int(1, 8) : int(0, 2),
            class1SelfDeveloped: 0,
            class1HighValue: 0,
            class2Total: int(0, 12),
          },
          rdInstitutionLevel: strong ? pick(['city', 'provincial', 'national'] as const) : pick(['none', 'below-city', 'city'] as const),
          digitalLevel: int(1, strong ? 4 : 3),
          nicheMarketYears: int(1, 15) + k,
          marketShareBp: int(10, strong ? 1800 : 600),
          strategicEmergingProduct: rand() < 0.4,
          mainProductField: pick(['key-link-results', 'six-foundations', 'other'] as const),
          quality: { qualitySystemCertified: rand() < 0.7, ownBrand: rand() < 0.6, standardsDrafting: rand() < 0.2, provincialQualityAward: rand() < 0.05 },
          honours: { highTechEnterprise: strong || rand() < 0.15 },
          compliance: { abnormalOperation: false, seriousDishonesty: false, prohibitedCatalogue: false, majorIncident3y: false },
        },
      });
      const last = yearly[yearly.length - 1]!.facts;
      if (last.ip) {
        last.ip.class1SelfDeveloped = Math.min(last.ip.class1Total ?? 0, int(0, 3));
        last.ip.class1HighValue = Math.min(last.ip.class1Total ?? 0, rand() < 0.1 ? 1 : 0);
      }
    });
    out.push({ enterprise, years: yearly });
  }
  return out;
}


export interface DemoTitle {
  readonly uscc: string;
  readonly tier: 'innovative' | 'specialized' | 'little-giant';
  readonly issuer: string;
  readonly docNo: string;
  readonly certifiedOn: string;
}

/** Titles for part of the demo pool: every 6th enterprise 创新型, every 24th also 专精特新, two 小巨人. */
export function demoTitles(pool: readonly DemoEnterprise[]): DemoTitle[] {
  const out: DemoTitle[] = [];
  const province = '福建省工业和信息化厅';
  const dates = ['2022-09-20', '2023-06-30', '2023-12-15', '2024-06-28', '2024-12-20', '2025-06-30', '2025-09-15'];
  pool.forEach((p, i) => {
    if (i % 6 !== 0) return;
    const innovativeOn = dates[i % dates.length]!;
    out.push({ uscc: p.enterprise.uscc, tier: 'innovative', issuer: province, docNo: `闽工信函〔${innovativeOn.slice(0, 4)}〕${100 + i}号`, certifiedOn: innovativeOn });
    if (i % 24 === 0) {
      const year = Math.min(Number(innovativeOn.slice(0, 4)) + 1, 2025);
      out.push({ uscc: p.enterprise.uscc, tier: 'specialized', issuer: province, docNo: `闽工信中小〔${year}〕${20 + i}号`, certifiedOn: `${year}-11-30` });
      if (i % 144 === 0) {
        out.push({ uscc: p.enterprise.uscc, tier: 'little-giant', issuer: '工业和信息化部', docNo: `工信厅企业函〔2025〕${i + 1}号`, certifiedOn: '2025-07-18' });
      }
    }
  });
  return out;
}
