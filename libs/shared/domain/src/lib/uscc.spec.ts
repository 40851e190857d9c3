import {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  completeUscc,
  computeUsccCheckCharacter,
  isValidUscc,
  normalizeUscc,
  validateUscc,
} from './uscc';
import type { UsccInvalid, UsccResult } from './uscc';
import { mulberry32 } from './prng';

// ---------------------------------------------------------------------------------------------------------------
// Independent reference implementation of GB 32100-2015 (rules.md §5.1–5.2), written from the text, not the source.
// ---------------------------------------------------------------------------------------------------------------
const REF_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** W_i = 3^(i−1) mod 31, computed by repeated multiplication (not a copied table). */
const REF_WEIGHTS: number[] = (() => {
  const weights: number[] = [];
  let w = 1;
  for (let i = 1; i <= 17; i++) {
    weights.push(w);
    w = (w * 3) % 31;
  }
  return weights;
})();

function referenceCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = REF_ALPHABET.indexOf(body[i]!);
    if (value < 0) throw new Error(`reference: bad character ${body[i]}`);
    sum += value * REF_WEIGHTS[i]!;
  }
  const c18 = 31 - (sum % 31);
  return REF_ALPHABET[c18 === 31 ? 0 : c18]!;
}


function expectInvalid(result: UsccResult): UsccInvalid {
  if (result.valid) throw new Error(`expected an invalid USCC, got valid ${result.normalized}`);
  return result;
}

const EXAMPLE_A = '91350100M000100Y43';
const EXAMPLE_B = '91350400MA2Y0C0B00';
const EXAMPLE_C = '913504000000000001';

/** Sanming city, its 11 current county-level units and the legacy codes still found in USCCs (rules.md §6.1). */
const SANMING_DIVISIONS = [
  '350400',
  '350404',
  '350405',
  '350481',
  '350421',
  '350423',
  '350424',
  '350425',
  '350426',
  '350428',
  '350429',
  '350430',
  '350402',
  '350403',
  '350427',
];

describe('USCC reference constants', () => {
  it('should use the 31-symbol alphabet without I, O, S, V, Z when validating', () => {
    // Arrange / Act / Assert
    expect(USCC_ALPHABET).toBe(REF_ALPHABET);
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) expect(USCC_ALPHABET).not.toContain(letter);
  });

  it('should use weights 3^(i-1) mod 31 when computing the check character', () => {
    // Arrange
    const fromRulesMd = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Act / Assert
    expect([...USCC_WEIGHTS]).toEqual(REF_WEIGHTS);
    expect(REF_WEIGHTS).toEqual(fromRulesMd);
  });
});

describe('validateUscc — valid codes', () => {
  it.each([
    ['A (rules.md §5.3, Fuzhou 350100)', EXAMPLE_A, '350100'],
    ['B (the 31 → 0 branch)', EXAMPLE_B, '350400'],
    ['C (all-zero organisation code)', EXAMPLE_C, '350400'],
  ])('should accept worked example %s when the check character is right', (_label, code, division) => {
    // Act
    const result = validateUscc(code);

    // Assert
    expect(result).toEqual({ valid: true, normalized: code, divisionCode: division });
    expect(isValidUscc(code)).toBe(true);
  });

  it('should compute the check characters of the worked examples when given their 17-character bodies', () => {
    // Act / Assert
    expect(computeUsccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(computeUsccCheckCharacter('91350400MA2Y0C0B0')).toBe('0');
    expect(computeUsccCheckCharacter('91350400000000000')).toBe('1');
  });

  it('should take the 31 → 0 branch when the weighted sum is a multiple of 31', () => {
    // Arrange: rules.md example B, S = 2046 = 66 × 31
    const body = '91350400MA2Y0C0B0';
    const sum = [...body].reduce((s, ch, i) => s + REF_ALPHABET.indexOf(ch) * REF_WEIGHTS[i]!, 0);

    // Act
    const check = computeUsccCheckCharacter(body);

    // Assert
    expect(sum).toBe(2046);
    expect(sum % 31).toBe(0);
    expect(check).toBe('0');
  });

  const rand = mulberry32(0x3504);
  const orgChars = REF_ALPHABET;
  const generated = SANMING_DIVISIONS.flatMap((division) =>
    ['91', '92', '93', '12', '52'].map((prefix) => {
      let org = 'MA';
      for (let i = 0; i < 7; i++) org += orgChars[Math.floor(rand() * orgChars.length)]!;
      return { division, body: `${prefix}${division}${org}` };
    }),
  );

  it.each(generated)(
    'should accept the completed code when built by completeUscc from $body',
    ({ division, body }) => {
      // Act
      const code = completeUscc(body);
      const result = validateUscc(code);

      // Assert
      expect(code).toHaveLength(18);
      expect(code.slice(0, 17)).toBe(body);
      expect(code[17]).toBe(referenceCheckCharacter(body));
      expect(result).toEqual({ valid: true, normalized: code, divisionCode: division });
    },
  );

  it('should normalise the body when completeUscc receives full-width or lower-case input', () => {
    // Act
    const code = completeUscc('９１３５０４００ma2y0c0b0');

    // Assert
    expect(code).toBe(EXAMPLE_B);
  });

  it.each(['', '9135040000000000', '913504000000000000'])(
    'should throw when completeUscc receives a body that is not 17 characters long (%p)',
    (body) => {
      // Act / Assert
      expect(() => completeUscc(body)).toThrow('17');
    },
  );
});

describe('computeUsccCheckCharacter — against an independent reference', () => {
  it('should agree with the reference implementation when given 5000 random 17-character bodies', () => {
    // Arrange
    const rand = mulberry32(20150901);
    const bodies: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let body = '';
      for (let i = 0; i < 17; i++) body += REF_ALPHABET[Math.floor(rand() * 31)]!;
      bodies.push(body);
    }
    const seen = new Set<string>();

    // Act / Assert
    for (const body of bodies) {
      const actual = computeUsccCheckCharacter(body);
      expect(actual).toBe(referenceCheckCharacter(body));
      seen.add(actual);
    }
    // Sanity: the sample is broad enough to reach every check value, including the 31 → 0 branch.
    expect(seen.size).toBe(31);
  });

  it('should throw when a body character is outside the alphabet', () => {
    // Act / Assert
    expect(() => computeUsccCheckCharacter('91350100I000100Y4')).toThrow('position 9');
  });

  it.each(['9135010', '91350100M000100Y', '91350100M000100Y43'])(
    'should throw when the body is not exactly 17 characters (%p)',
    (body) => {
      // Act / Assert
      expect(() => computeUsccCheckCharacter(body)).toThrow('17');
    },
  );
});

describe('validateUscc — wrong check character', () => {
  it('should name the expected character and position 18 when the check character is wrong', () => {
    // Arrange
    const code = '91350100M000100Y44';

    // Act
    const result = expectInvalid(validateUscc(code));

    // Assert
    expect(result.reason).toBe('WRONG_CHECK_CHARACTER');
    expect(result.position).toBe(18);
    expect(result.expectedCheckCharacter).toBe('3');
    expect(result.message).toContain('第18位');
    expect(result.message).toContain('“3”');
    expect(result.message).toContain('“4”');
    expect(isValidUscc(code)).toBe(false);
  });

  it.each([...REF_ALPHABET].filter((c) => c !== '0'))(
    'should reject example B when its check character is replaced by %s',
    (wrong) => {
      // Arrange
      const code = EXAMPLE_B.slice(0, 17) + wrong;

      // Act
      const result = expectInvalid(validateUscc(code));

      // Assert
      expect(result.reason).toBe('WRONG_CHECK_CHARACTER');
      expect(result.expectedCheckCharacter).toBe('0');
      expect(result.message).toContain('第18位应为“0”');
    },
  );

  it('should reject a code when two body characters are transposed', () => {
    // Arrange: swap positions 9 and 10 of example A ("M0" → "0M")
    const code = '913501000M00100Y43';

    // Act
    const result = expectInvalid(validateUscc(code));

    // Assert
    expect(result.reason).toBe('WRONG_CHECK_CHARACTER');
    expect(result.expectedCheckCharacter).toBe(referenceCheckCharacter(code.slice(0, 17)));
  });
});

describe('validateUscc — forbidden and invalid characters', () => {
  it.each(['I', 'O', 'S', 'V', 'Z'])(
    'should report FORBIDDEN_LETTER with its position when %s appears',
    (letter) => {
      // Arrange: put the letter at position 10 (organisation code), 17 and 18
      for (const position of [1, 10, 17, 18]) {
        const code = EXAMPLE_A.slice(0, position - 1) + letter + EXAMPLE_A.slice(position);

        // Act
        const result = expectInvalid(validateUscc(code));

        // Assert
        expect(result.reason).toBe('FORBIDDEN_LETTER');
        expect(result.position).toBe(position);
        expect(result.message).toContain(`第${position}位`);
        expect(result.message).toContain(`“${letter}”`);
      }
    },
  );

  it.each(['i', 'o', 's', 'v', 'z'])(
    'should report FORBIDDEN_LETTER when lower-case %s appears',
    (letter) => {
      // Arrange
      const code = '91350100M' + letter + '00100Y43';

      // Act
      const result = expectInvalid(validateUscc(code));

      // Assert
      expect(result.reason).toBe('FORBIDDEN_LETTER');
      expect(result.position).toBe(10);
    },
  );

  it.each([
    ['*', 10],
    ['#', 12],
    ['.', 9],
    ['_', 16],
    ['中', 11],
    ['é', 17],
    ['/', 1],
  ])('should report INVALID_CHARACTER when %p appears at position %i', (ch, position) => {
    // Arrange
    const code = EXAMPLE_A.slice(0, position - 1) + ch + EXAMPLE_A.slice(position);

    // Act
    const result = expectInvalid(validateUscc(code));

    // Assert
    expect(result.reason).toBe('INVALID_CHARACTER');
    expect(result.position).toBe(position);
    expect(result.message).toContain(`第${position}位`);
  });
});

describe('validateUscc — length', () => {
  it.each([
    ['17 characters', EXAMPLE_A.slice(0, 17), 17],
    ['19 characters', EXAMPLE_A + '0', 19],
    ['1 character', '9', 1],
    ['the old 15-digit registration number', '350400100012345', 15],
  ])('should report WRONG_LENGTH when the code has %s', (_label, code, length) => {
    // Act
    const result = expectInvalid(validateUscc(code));

    // Assert
    expect(result.reason).toBe('WRONG_LENGTH');
    expect(result.message).toContain(`当前为${length}位`);
    expect(result.message).toContain('18位');
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['only ideographic spaces and hyphens', '\u3000-－\u3000'],
    ['null', null],
    ['undefined', undefined],
  ])('should report EMPTY when the input is %s', (_label, input) => {
    // Act
    const result = expectInvalid(validateUscc(input));

    // Assert
    expect(result.reason).toBe('EMPTY');
    expect(result.normalized).toBe('');
    expect(result.message).toBe('统一社会信用代码不能为空');
  });
});

describe('validateUscc — normalisation', () => {
  it.each([
    ['full-width digits and letters', '９１３５０１００Ｍ０００１００Ｙ４３'],
    ['full-width with ideographic spaces', '９１３５\u3000０１００\u3000Ｍ０００１００Ｙ\u3000４３'],
    ['full-width with full-width hyphens', '９１－３５０１００－Ｍ０００１００Ｙ４－３'],
    ['ASCII hyphens and spaces', ' 91-350100-M000100Y4-3 '],
    ['en and em dashes', '91–350100—M000100Y43'],
    ['tabs and a newline', '\t91350100M000100Y43\n'],
    ['lower-case letters', '91350100m000100y43'],
    ['full-width lower-case letters', '９１３５０１００ｍ０００１００ｙ４３'],
  ])('should normalise to example A when the input has %s', (_label, input) => {
    // Act
    const result = validateUscc(input);

    // Assert
    expect(normalizeUscc(input)).toBe(EXAMPLE_A);
    expect(result).toEqual({ valid: true, normalized: EXAMPLE_A, divisionCode: '350100' });
  });

  it('should accept example B in lower case when validating', () => {
    // Act / Assert
    expect(validateUscc('91350400ma2y0c0b00')).toEqual({
      valid: true,
      normalized: EXAMPLE_B,
      divisionCode: '350400',
    });
  });

  it('should report the normalised text when an invalid code is entered in full width', () => {
    // Act
    const result = expectInvalid(validateUscc('９１３５０１００Ｍ０００１００Ｙ４４'));

    // Assert
    expect(result.normalized).toBe('91350100M000100Y44');
    expect(result.reason).toBe('WRONG_CHECK_CHARACTER');
  });
});

describe('validateUscc — division code (positions 3–8)', () => {
  it.each([3, 4, 5, 6, 7, 8])(
    'should report DIVISION_NOT_DIGITS when position %i is a letter',
    (position) => {
      // Arrange: a code whose check character is otherwise right, so only the division is wrong
      const body = (
        '91350400MA2Y0C0B0'.slice(0, position - 1) +
        'A' +
        '91350400MA2Y0C0B0'.slice(position)
      ).slice(0, 17);
      const code = body + referenceCheckCharacter(body);

      // Act
      const result = expectInvalid(validateUscc(code));

      // Assert
      expect(result.reason).toBe('DIVISION_NOT_DIGITS');
      expect(result.position).toBe(3);
      expect(result.message).toContain('第3–8位');
    },
  );

  it('should accept letters in positions 9–17 when positions 3–8 are digits', () => {
    // Arrange
    const code = completeUscc('91350427MAYYYYYYY');

    // Act / Assert
    expect(validateUscc(code)).toEqual({ valid: true, normalized: code, divisionCode: '350427' });
  });
});
