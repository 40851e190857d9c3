import { FEN_PER_WAN_YUAN, FEN_PER_YUAN, formatWanYuan, formatYuan, toFen } from './money';

describe('money constants', () => {
  it('should define 1 元 = 100 分 and 1 万元 = 1 000 000 分 when converting', () => {
    // Arrange / Act / Assert
    expect(FEN_PER_YUAN).toBe(100);
    expect(FEN_PER_WAN_YUAN).toBe(1_000_000);
  });
});

describe('toFen — 元', () => {
  it.each<[string | number, number]>([
    [123.45, 12345],
    ['123.45', 12345],
    [0, 0],
    ['0', 0],
    ['0.01', 1],
    [0.01, 1],
    ['0.1', 10],
    [0.1, 10],
    ['1', 100],
    [1, 100],
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    [' 12.30 ', 1230],
    ['+5', 500],
    ['007.50', 750],
    ['12.3400000', 1234],
    // Binary floating point would give 1.1 * 100 = 110.00000000000001 and 0.29 * 100 = 28.999999999999996.
    [1.1, 110],
    [0.29, 29],
    [19.99, 1999],
    [4.35, 435],
  ])('should read %p 元 as %i 分 when the value is exact in 分', (value, fen) => {
    // Act
    const result = toFen(value, 'yuan');

    // Assert
    expect(result).toBe(fen);
    expect(Number.isSafeInteger(result)).toBe(true);
  });

  it.each<[string | number, number]>([
    ['-12.34', -1234],
    [-12.34, -1234],
    ['-1,000', -100000],
    [-0.01, -1],
  ])('should keep the sign when %p 元 is negative', (value, fen) => {
    // Act / Assert
    expect(toFen(value, 'yuan')).toBe(fen);
  });

  it.each<string | number>(['-0', '-0.00', -0])(
    'should return positive zero when the input is %p',
    (value) => {
      // Act
      const result = toFen(value, 'yuan');

      // Assert
      expect(Object.is(result, 0)).toBe(true);
    },
  );

  it.each<string | number>(['0.001', '1.234', 0.001, 123.456, '-0.005', 0.1 + 0.2])(
    'should reject %p 元 when it has more precision than 分',
    (value) => {
      // Act / Assert
      expect(() => toFen(value, 'yuan')).toThrow(RangeError);
      expect(() => toFen(value, 'yuan')).toThrow('精度');
    },
  );
});

describe('toFen — 万元', () => {
  it.each<[string | number, number]>([
    ['0.000001', 1],
    [0.000001, 1],
    [1, 1_000_000],
    ['1', 1_000_000],
    ['1.5', 1_500_000],
    [2000, 2_000_000_000],
    ['40000', 40_000_000_000],
    ['0.01', 10_000],
    ['12.345678', 12_345_678],
    ['1,234.000001', 1_234_000_001],
    ['-3.25', -3_250_000],
  ])('should read %p 万元 as %i 分 when the value is exact in 分', (value, fen) => {
    // Act / Assert
    expect(toFen(value, 'wan-yuan')).toBe(fen);
  });

  it.each<string | number>(['0.0000001', 0.0000001, '1.2345678', '-0.0000005'])(
    'should reject %p 万元 when it has more precision than 分',
    (value) => {
      // Act / Assert
      expect(() => toFen(value, 'wan-yuan')).toThrow('精度');
    },
  );
});

describe('toFen — 分', () => {
  it.each<[string | number, number]>([
    ['12345', 12345],
    [12345, 12345],
    ['12345.00', 12345],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])('should read %p 分 as %i when the value is an integer', (value, fen) => {
    // Act / Assert
    expect(toFen(value, 'fen')).toBe(fen);
  });

  it('should reject a fractional 分 amount when converting', () => {
    // Act / Assert
    expect(() => toFen('1.5', 'fen')).toThrow('精度');
  });
});

describe('toFen — numbers in exponent notation', () => {
  it('should read 1e-6 万元 as 1 分 when the number is written with an exponent', () => {
    // Act / Assert
    expect(toFen(1e-6, 'wan-yuan')).toBe(1);
  });

  it('should read 1.5e3 元 as 150000 分 when the number is written with an exponent', () => {
    // Act / Assert
    expect(toFen(1.5e3, 'yuan')).toBe(150_000);
    expect(toFen(1.5e3, 'wan-yuan')).toBe(1_500_000_000);
  });

  it('should read 1.5e-5 万元 as 15 分 when the number is small', () => {
    // Act / Assert
    expect(toFen(1.5e-5, 'wan-yuan')).toBe(15);
  });

  it.each<[number, 'yuan' | 'wan-yuan']>([
    [1e-7, 'wan-yuan'],
    [2.5e-7, 'wan-yuan'],
    [-1e-7, 'wan-yuan'],
    [1e-7, 'yuan'],
  ])(
    'should report a precision error (not a parse error) when %p %s prints in exponent notation',
    (value, unit) => {
      // Arrange: String(value) uses exponent notation below 1e-6
      expect(String(value)).toMatch(/e-/);

      // Act / Assert
      expect(() => toFen(value, unit)).toThrow('精度');
    },
  );

  it('should report an amount that is too large when 1e21 prints in exponent notation', () => {
    // Arrange
    expect(String(1e21)).toBe('1e+21');

    // Act / Assert
    expect(() => toFen(1e21, 'fen')).toThrow('过大');
  });
});

describe('toFen — rejected input', () => {
  it.each<string>([
    '',
    '   ',
    'abc',
    '12元',
    '¥12',
    '1.2.3',
    '12.',
    '--1',
    '1 000',
    'Infinity',
    'NaN',
    '0x10',
  ])('should reject %p when it is not a decimal number', (value) => {
    // Act / Assert
    expect(() => toFen(value, 'yuan')).toThrow(RangeError);
    expect(() => toFen(value, 'yuan')).toThrow('不是有效的金额');
  });

  it.each<number>([Infinity, -Infinity, NaN])('should reject %p when the number is not finite', (value) => {
    // Act / Assert
    expect(() => toFen(value, 'yuan')).toThrow(RangeError);
    expect(() => toFen(value, 'wan-yuan')).toThrow('有限数');
  });

  it.each<[string | number, 'fen' | 'yuan' | 'wan-yuan']>([
    [Number.MAX_SAFE_INTEGER + 1, 'fen'],
    ['9007199254740992', 'fen'],
    ['90071992547409.92', 'yuan'],
    ['9007199254.740992', 'wan-yuan'],
    ['100000000000000000000', 'yuan'],
  ])('should reject %p %s when the result is not a safe integer', (value, unit) => {
    // Act / Assert
    expect(() => toFen(value, unit)).toThrow('过大');
  });

  it('should accept the largest safe amount when it is exactly Number.MAX_SAFE_INTEGER 分', () => {
    // Act / Assert
    expect(toFen('90071992547409.91', 'yuan')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toFen('9007199254.740991', 'wan-yuan')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('formatYuan', () => {
  it.each<[number, string]>([
    [0, '0.00'],
    [1, '0.01'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [12345, '123.45'],
    [123456, '1,234.56'],
    [100_000_000_00, '100,000,000.00'],
    [-1, '-0.01'],
    [-123456, '-1,234.56'],
  ])('should format %i 分 as %p when displayed in 元', (fen, text) => {
    // Act / Assert
    expect(formatYuan(fen)).toBe(text);
  });

  it('should round-trip through toFen when the formatted text is parsed again', () => {
    // Arrange
    const amounts = [0, 1, 99, 12345, 123456789, -987654321];

    // Act / Assert
    for (const fen of amounts) expect(toFen(formatYuan(fen), 'yuan')).toBe(fen);
  });
});

describe('formatWanYuan', () => {
  it.each<[number, string]>([
    [0, '0'],
    [50_000_000, '50'],
    [1_000_000, '1'],
    [1_500_000, '1.5'],
    [12_340_000, '12.34'],
    [10_000, '0.01'],
    [100, '0.0001'],
    [40_000_000_000, '40000'],
    [-1_500_000, '-1.5'],
    [-100, '-0.0001'],
  ])('should format %i 分 as %p when displayed in 万元', (fen, text) => {
    // Act / Assert
    expect(formatWanYuan(fen)).toBe(text);
  });

  it('should show at most 4 decimals when the amount has 分 below 1 元', () => {
    // Act
    const text = formatWanYuan(12_345_678);

    // Assert
    expect(text.split('.')[1]).toHaveLength(4);
    expect(text.startsWith('12.345')).toBe(true);
  });

  it.each<number>([-1, -99])('should not show a minus sign when %i 分 displays as zero 万元', (fen) => {
    // Act / Assert
    expect(formatWanYuan(fen)).toBe('0');
  });

  it('should round-trip through toFen when the amount is a whole number of 元', () => {
    // Arrange
    const amounts = [0, 100, 1_000_000, 123_456_700, -50_000_000];

    // Act / Assert
    for (const fen of amounts) expect(toFen(formatWanYuan(fen), 'wan-yuan')).toBe(fen);
  });
});
