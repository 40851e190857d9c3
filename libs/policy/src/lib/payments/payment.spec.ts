import * as fs from 'node:fs';
import * as path from 'node:path';

import type { RateFraction } from '../awards/award-types';
import { CalendarNotLoadedError } from '../calendar/calendar.exception';
import { PROVISIONAL_WORKING_CALENDAR } from '../calendar/working-calendar';
import { computePayment } from './compute-payment';
import { LPR_CONFIRMED_THROUGH, oneYearLprOn } from './lpr.rules';
import type { PaymentRequest } from './payment-request';
import { PaymentRequestError, validatePaymentParameters, validatePaymentRequest } from './payment-request';
import type { PaymentComputation } from './payment-result';
import type { PaymentParameters } from './payment.rules';

const pct = (num: number, den = 100): RateFraction => ({ num, den });
const YUAN = 100;

function pay(over: Partial<PaymentRequest>, params?: Partial<PaymentParameters>): PaymentComputation {
  const request: PaymentRequest = {
    contractSignedOn: '2024-08-20',
    buyerKind: 'organ',
    supplierSizeAtSigning: 'small',
    deliveredOn: '2024-09-01',
    amountFen: 100_000 * YUAN,
    asOf: '2024-10-31',
    ...over,
  };
  return computePayment(request, { params });
}

const codes = (r: PaymentComputation): string[] => r.flags.map((f) => f.code);

describe('payment regulation (国务院令第728号 / 第802号)', () => {
  it('should make a 机关 pay by 2024-10-08 and owe 500.00元 when 100,000.00元 delivered 2024-09-01 is paid 10 days late', () => {
    // Act
    const result = pay({ payments: [{ paidOn: '2024-10-18', amountFen: 100_000 * YUAN }] });
    // Assert
    expect(result).toMatchObject({ status: 'paid-late', dueDate: '2024-10-08', outstandingFen: 0 });
    expect(result.period).toMatchObject({
      nominalEnd: '2024-10-01',
      termDays: 30,
      termSource: 'statutory',
      extended: true,
    });
    expect(result.interest).toMatchObject({
      rateKind: 'statutory-daily',
      totalFen: 50_000,
      totalYuan: '500.00元',
    });
    expect(result.interest?.parts).toEqual([
      { amountFen: 10_000_000, paidOn: '2024-10-18', daysLate: 10, interestExactFen: '50000' },
    ]);
    expect(result.text?.docNo).toBe('国务院令第728号');
    expect(result.articles.map((a) => a.article)).toEqual(['第二条、第三条', '第八条第一款', '第十五条']);
    expect(result.calendarSources).toContain('国办发明电〔2023〕7号');
  });

  it.each([
    ['2024-10-08', 'paid-on-time', 0],
    ['2024-10-09', 'paid-late', 500],
  ])(
    'should judge a payment on %s as %s with %i 分 of interest per 10,000.00元 when due 2024-10-08',
    (paidOn, status, perTenThousand) => {
      // Act
      const result = pay({ amountFen: 10_000 * YUAN, payments: [{ paidOn, amountFen: 10_000 * YUAN }] });
      // Assert
      expect(result.status).toBe(status);
      expect(result.interest?.totalFen ?? 0).toBe(perTenThousand);
    },
  );

  it('should count overdue days to asOf and accrue interest on the unpaid part when nothing is paid', () => {
    // Act
    const notDue = pay({ asOf: '2024-10-08' });
    const overdue = pay({ asOf: '2024-10-18' });
    // Assert
    expect(notDue).toMatchObject({ status: 'not-yet-due', daysOverdue: 0, interest: null });
    expect(overdue).toMatchObject({ status: 'overdue', daysOverdue: 10 });
    expect(overdue.interest?.totalFen).toBe(50_000);
  });

  it.each([
    [null, 30, 'statutory', '2024-10-08', []],
    [15, 15, 'agreed', '2024-09-18', []], // 09-16 falls in 中秋 (09-15…17)
    [60, 60, 'agreed', '2024-10-31', []],
    [61, 60, 'agreed-capped', '2024-10-31', ['agreed-term-over-60']],
  ] as const)(
    'should honour an agreed term of %p days as %i days (%s) for a 机关',
    (agreed, days, source, due, flags) => {
      // Act
      const result = pay({ agreedTermDays: agreed, asOf: '2024-09-02' });
      // Assert
      expect(result.period).toMatchObject({ termDays: days, termSource: source, dueDate: due });
      expect(codes(result)).toEqual(flags);
    },
  );

  it.each([
    ['2025-05-31', '国务院令第728号', 'undetermined'],
    ['2025-06-01', '国务院令第802号', 'not-yet-due'],
  ])(
    'should apply the text in force on the signing day %s (%s) when a 大型企业 agreed no term',
    (signedOn, docNo, status) => {
      // Act
      const result = pay({
        buyerKind: 'large-enterprise',
        contractSignedOn: signedOn,
        deliveredOn: '2025-06-03',
        asOf: '2025-06-10',
      });
      // Assert
      expect(result.text?.docNo).toBe(docNo);
      expect(result.status).toBe(status);
      if (status === 'undetermined') {
        expect(result.missing).toEqual(['agreedTermDays']);
        expect(codes(result)).toContain('large-enterprise-no-agreed-term');
      } else {
        expect(result.period).toMatchObject({ termDays: 60, dueDate: '2025-08-04' });
      }
    },
  );

  it('should apply the 2025 text to a contract signed before and delivered after 2025-06-01 when transitionBasis is period-start', () => {
    // Act
    const result = pay(
      {
        buyerKind: 'large-enterprise',
        contractSignedOn: '2025-05-20',
        deliveredOn: '2025-06-03',
        asOf: '2025-06-10',
      },
      { transitionBasis: 'period-start' },
    );
    // Assert
    expect(result.text).toMatchObject({
      docNo: '国务院令第802号',
      basis: 'period-start',
      basisDate: '2025-06-03',
    });
    expect(codes(result)).toEqual(['transition']);
    expect(result.pendingConfirmations.map((p) => p.parameter)).toContain('transitionBasis');
  });

  it('should not cover a contract signed before 2020-09-01, and cover one signed that day', () => {
    // Act / Assert
    expect(
      pay({ contractSignedOn: '2020-08-31', deliveredOn: '2022-03-01', asOf: '2022-03-02' }).status,
    ).toBe('not-covered');
    expect(
      pay({ contractSignedOn: '2020-09-01', deliveredOn: '2022-03-01', asOf: '2022-03-02' }).text?.docNo,
    ).toBe('国务院令第728号');
  });

  it('should flag a 大型企业 term above 60 days for review without cutting it, and flag 背靠背 as unlawful under 802号', () => {
    // Act
    const long = pay({
      buyerKind: 'large-enterprise',
      contractSignedOn: '2025-07-01',
      deliveredOn: '2025-07-01',
      agreedTermDays: 90,
      asOf: '2025-07-02',
    });
    const b2b = pay({
      buyerKind: 'large-enterprise',
      contractSignedOn: '2025-07-01',
      deliveredOn: '2025-07-01',
      backToBack: true,
      asOf: '2025-07-02',
    });
    // Assert
    expect(long.period).toMatchObject({ termDays: 90, termSource: 'agreed' });
    expect(long.flags).toEqual([
      expect.objectContaining({ code: 'large-enterprise-term-over-60', severity: 'review' }),
    ]);
    expect(b2b.period).toMatchObject({ termDays: 60, nominalEnd: '2025-08-30', dueDate: '2025-09-01' });
    expect(b2b.flags).toEqual([expect.objectContaining({ code: 'back-to-back', severity: 'unlawful' })]);
    expect(b2b.flags[0]?.clause).toContain('第九条第二款');
  });

  it('should count from acceptance, or from the end of an agreed acceptance period the buyer let pass', () => {
    // Act
    const accepted = pay({
      acceptanceCondition: true,
      acceptedOn: '2024-09-10',
      acceptanceDeadline: '2024-09-15',
      asOf: '2024-09-11',
    });
    const late = pay({
      acceptanceCondition: true,
      acceptedOn: '2024-09-20',
      acceptanceDeadline: '2024-09-15',
      asOf: '2024-09-21',
    });
    const pending = pay({ acceptanceCondition: true, acceptanceDeadline: '2024-09-15', asOf: '2024-09-10' });
    const lapsed = pay({ acceptanceCondition: true, acceptanceDeadline: '2024-09-15', asOf: '2024-09-16' });
    // Assert
    expect(accepted.period).toMatchObject({
      startEvent: 'acceptance',
      startDate: '2024-09-10',
      dueDate: '2024-10-10',
    });
    expect(late.period).toMatchObject({
      startEvent: 'acceptance-deadline',
      startDate: '2024-09-15',
      dueDate: '2024-10-15',
    });
    expect(codes(late)).toEqual(['acceptance-delayed']);
    expect(pending).toMatchObject({ status: 'undetermined', missing: ['acceptedOn'] });
    expect(lapsed.period?.startEvent).toBe('acceptance-deadline');
  });

  it.each([
    ['2022-08-21', 370],
    ['2022-08-22', 365],
    ['2023-06-19', 365],
    ['2023-06-20', 355],
    ['2023-08-20', 355],
    ['2023-08-21', 345],
    ['2024-07-21', 345],
    ['2024-07-22', 335],
    ['2024-10-20', 335],
    ['2024-10-21', 310],
    ['2025-05-19', 310],
    ['2025-05-20', 300],
    ['2022-01-19', 380],
    ['2022-01-20', 370],
    ['2022-01-01', 380],
  ])('should read the 1-year LPR in force on %s as %i bp', (date, bp) => {
    // Act
    const lpr = oneYearLprOn(date);
    // Assert
    expect(lpr.status === 'loaded' ? lpr.quote.oneYearBp : null).toBe(bp);
  });

  it('should refuse to read the LPR after the last confirmed quote rather than assume it unchanged', () => {
    // Act / Assert
    expect(oneYearLprOn(LPR_CONFIRMED_THROUGH).status).toBe('loaded');
    expect(oneYearLprOn('2026-07-01').status).toBe('not-loaded');
  });

  it.each([
    // [signed, agreed rate, rate kind, flags]
    ['2024-10-20', pct(335, 10_000), 'agreed', []],
    ['2024-10-20', pct(334, 10_000), 'lpr-floor', ['agreed-rate-below-lpr']],
    ['2024-10-21', pct(310, 10_000), 'agreed', []],
    ['2024-10-21', pct(309, 10_000), 'lpr-floor', ['agreed-rate-below-lpr']],
  ] as const)(
    'should check an agreed rate against the LPR on the signing day %s',
    (signedOn, rate, kind, flags) => {
      // Act
      const result = pay({
        contractSignedOn: signedOn,
        deliveredOn: '2024-11-01',
        agreedAnnualRate: rate,
        asOf: '2025-01-31',
      });
      // Assert
      expect(result.interest?.rateKind).toBe(kind);
      expect(codes(result)).toEqual(flags);
    },
  );

  it('should convert an agreed annual rate by the day-count parameter and keep simple interest in 分 rounded down', () => {
    // Arrange: due 2024-10-08, unpaid 100,000.00元 for 10 days at 3.6 % a year
    const over = { agreedAnnualRate: pct(36, 1000), asOf: '2024-10-18' };
    // Act
    const by360 = pay(over);
    const by365 = pay(over, { dayCountBasis: 365 });
    const statutory = pay({ ...over, agreedAnnualRate: pct(1, 100) }, { belowLprAgreedRate: 'statutory' });
    // Assert: 10,000,000 × 10 × 0.036 / 360 = 10,000; / 365 = 9,863.01…
    expect(by360.interest).toMatchObject({ totalFen: 10_000, dayCountBasis: 360 });
    expect(by365.interest).toMatchObject({ totalFen: 9_863, dayCountBasis: 365 });
    expect(by365.interest?.formula).toContain('按分向下取整');
    expect(statutory.interest).toMatchObject({ rateKind: 'statutory-daily', totalFen: 50_000 });
  });

  it('should charge each late part from the due date to its payment day when paid in instalments', () => {
    // Act: due 2024-10-08; 40,000 paid 10-01 (on time), 30,000 on 10-11 (3 days), 30,000 unpaid on 10-18 (10 days)
    const result = pay({
      asOf: '2024-10-18',
      payments: [
        { paidOn: '2024-10-11', amountFen: 30_000 * YUAN },
        { paidOn: '2024-10-01', amountFen: 40_000 * YUAN },
      ],
    });
    // Assert: (3,000,000 × 3 + 3,000,000 × 10) × 0.0005 = 19,500
    expect(result).toMatchObject({ status: 'overdue', daysOverdue: 10, outstandingFen: 30_000 * YUAN });
    expect(result.interest?.totalFen).toBe(19_500);
  });

  it('should not apply the regulation when the supplier was a large enterprise at signing', () => {
    // Act / Assert
    expect(pay({ supplierSizeAtSigning: 'large' })).toMatchObject({
      status: 'not-applicable',
      supplierIsSme: false,
    });
  });

  it('should refuse a due date beyond the loaded calendar with “工作日历未加载”', () => {
    // Act / Assert
    expect(() =>
      pay({ contractSignedOn: '2026-11-20', deliveredOn: '2026-11-28', asOf: '2026-12-31' }),
    ).toThrow(CalendarNotLoadedError);
  });

  it('should compute on Monday–Friday only when the provisional calendar is passed explicitly', () => {
    // Arrange
    const request = { contractSignedOn: '2026-11-20', buyerKind: 'organ', supplierSizeAtSigning: 'small', deliveredOn: '2026-12-01', amountFen: 100_000 * YUAN, asOf: '2027-01-10' } as const;
    // Act
    const strict = (): unknown => computePayment(request);
    const provisional = computePayment(request, { calendar: PROVISIONAL_WORKING_CALENDAR });
    // Assert: the default stays strict (money is never counted on a guessed calendar unless asked)
    expect(strict).toThrow(CalendarNotLoadedError);
    expect(provisional.status).toBeDefined();
  });

  it('should refuse an invalid request or parameter with every problem in Chinese', () => {
    // Act
    const validation = validatePaymentRequest({
      contractSignedOn: '2024-09-02',
      buyerKind: 'bureau',
      supplierSizeAtSigning: 'small',
      deliveredOn: '2024-09-01',
      amountFen: 100,
      asOf: '2024-09-03',
      payments: [{ paidOn: '2024-09-05', amountFen: 200 }],
    });
    // Assert
    expect(validation.ok).toBe(false);
    expect(validation.ok ? [] : validation.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('buyerKind'),
        expect.stringContaining('晚于测算基准日'),
        expect.stringContaining('超过应付金额'),
        expect.stringContaining('早于合同订立日期'),
      ]),
    );
    expect(validatePaymentParameters({ dayCountBasis: 366 })).toHaveLength(1);
    expect(() => pay({ amountFen: 0 })).toThrow(PaymentRequestError);
  });
});

// The examples of docs/examples/payments, as `npm run -s policy -- payment <file>` reads them.
const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples/payments');
const DOCUMENTED: Record<
  string,
  { status: string; dueDate: string | null; daysOverdue: number; interestFen: number | null; flags: string[] }
> = {
  'organ-delivery-2024-09-01-paid-10-days-late.request.json': {
    status: 'paid-late',
    dueDate: '2024-10-08',
    daysOverdue: 0,
    interestFen: 50_000,
    flags: [],
  },
  'organ-delivery-2024-09-01-unpaid.request.json': {
    status: 'not-yet-due',
    dueDate: '2024-10-08',
    daysOverdue: 0,
    interestFen: null,
    flags: [],
  },
  'institution-agreed-90-days-capped-partial.request.json': {
    status: 'overdue',
    dueDate: '2023-05-15',
    daysOverdue: 77,
    interestFen: 47_500,
    flags: ['agreed-term-over-60'],
  },
  'large-enterprise-2025-back-to-back.request.json': {
    status: 'overdue',
    dueDate: '2025-10-09',
    daysOverdue: 53,
    interestFen: 327_160,
    flags: ['back-to-back'],
  },
  'large-enterprise-2024-no-term.request.json': {
    status: 'undetermined',
    dueDate: null,
    daysOverdue: 0,
    interestFen: null,
    flags: ['large-enterprise-no-agreed-term'],
  },
  'organ-acceptance-delayed-rate-below-lpr.request.json': {
    status: 'paid-late',
    dueDate: '2023-10-07',
    daysOverdue: 0,
    interestFen: 191_700,
    flags: ['acceptance-delayed', 'agreed-rate-below-lpr'],
  },
  'signed-2025-05-delivered-2025-06.request.json': {
    status: 'undetermined',
    dueDate: null,
    daysOverdue: 0,
    interestFen: null,
    flags: ['transition', 'large-enterprise-no-agreed-term'],
  },
  'large-supplier-not-applicable.request.json': {
    status: 'not-applicable',
    dueDate: null,
    daysOverdue: 0,
    interestFen: null,
    flags: [],
  },
};

function example(file: string, params?: Partial<PaymentParameters>): PaymentComputation {
  const validation = validatePaymentRequest(JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')));
  if (!validation.ok) throw new Error(validation.problems.join('; '));
  return computePayment(validation.value, { params });
}

describe('docs/examples/payments', () => {
  it('should document every example file', () => {
    // Act / Assert
    expect(
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.request.json'))
        .sort(),
    ).toEqual(Object.keys(DOCUMENTED).sort());
  });

  it.each(Object.entries(DOCUMENTED))('should give the documented result for %s', (file, expected) => {
    // Act
    const result = example(file);
    // Assert
    expect({
      status: result.status,
      dueDate: result.dueDate,
      daysOverdue: result.daysOverdue,
      interestFen: result.interest?.totalFen ?? null,
      flags: codes(result),
    }).toEqual(expected);
  });

  it('should apply 802号 with transition-period-start.params.json to the contract signed 2025-05-20', () => {
    // Arrange
    const params = JSON.parse(
      fs.readFileSync(path.join(EXAMPLES, 'transition-period-start.params.json'), 'utf8'),
    ) as Partial<PaymentParameters>;
    // Act
    const result = example('signed-2025-05-delivered-2025-06.request.json', params);
    // Assert
    expect(result).toMatchObject({ status: 'overdue', dueDate: '2025-08-04', daysOverdue: 57 });
    expect(result.interest?.totalFen).toBe(28_500);
  });
});
