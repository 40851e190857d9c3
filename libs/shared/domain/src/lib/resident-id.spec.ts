import {
  RESIDENT_ID_WEIGHTS,
  computeResidentIdCheckCharacter,
  isValidResidentId,
  maskResidentId,
  normalizeResidentId,
  validateResidentId,
} from './resident-id';
import type { ResidentIdInvalid } from './resident-id';
import { mulberry32 } from './prng';

// ---------------------------------------------------------------------------------------------------------------
// Independent reference: ISO 7064 MOD 11-2 computed the recursive way (p ← (p + a_i)·2 mod 11), not with the
// weight table of the implementation.
// ---------------------------------------------------------------------------------------------------------------
function referenceCheck(body: string): string {
  let p = 0;
  for (const ch of body) p = ((p + Number(ch)) * 2) % 11;
  const c = (12 - p) % 11;
  return c === 10 ? 'X' : String(c);
}


function invalid(input: string, today?: string): ResidentIdInvalid {
  const result = validateResidentId(input, today);
  if (result.valid) throw new Error(`expected invalid: ${input}`);
  return result;
}

describe('resident id (GB 11643-1999)', () => {
  it('should use the weights 2^(18−i) mod 11 when the table is compared with the standard', () => {
    // Arrange
    const expected = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);

    // Act / Assert
    expect([...RESIDENT_ID_WEIGHTS]).toEqual(expected);
  });

  it('should accept the standard example 11010519491231002X when validated', () => {
    // Act
    const result = validateResidentId('11010519491231002X');

    // Assert
    expect(result).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      divisionCode: '110105',
      birthDate: '1949-12-31',
    });
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 350402 19800101 0015 ', '350402198001010015'],
    ['３５０４０２１９８００１０１００１５', '350402198001010015'],
  ])(
    'should normalise %p when spaces, full-width digits or a lower-case x are given',
    (input, normalized) => {
      // Act / Assert
      expect(normalizeResidentId(input)).toBe(normalized);
    },
  );

  it('should agree with the recursive MOD 11-2 reference when 2000 random bodies are checked', () => {
    // Arrange
    const random = mulberry32(11643);
    for (let n = 0; n < 2000; n++) {
      const body = Array.from({ length: 17 }, () => String(Math.floor(random() * 10))).join('');

      // Act / Assert
      expect(computeResidentIdCheckCharacter(body)).toBe(referenceCheck(body));
    }
  });

  it('should produce every check character 0–9 and X when bodies vary in the sequence code', () => {
    // Arrange
    const seen = new Set<string>();

    // Act
    for (let seq = 0; seq < 200; seq++) {
      seen.add(computeResidentIdCheckCharacter(`35040219800101${String(seq).padStart(3, '0')}`));
    }

    // Assert
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('should reject every other check character when one body is completed with the wrong one', () => {
    // Arrange
    const body = '35040219800101001';
    const right = computeResidentIdCheckCharacter(body);

    // Act / Assert
    for (const c of '0123456789X') {
      expect(isValidResidentId(body + c)).toBe(c === right);
    }
    expect(invalid(`${body}${right === '0' ? '1' : '0'}`)).toMatchObject({
      reason: 'WRONG_CHECK_CHARACTER',
      position: 18,
      message: '居民身份证号校验码错误，请核对号码是否录入有误',
    });
  });

  it('should reject a single changed digit or two swapped neighbours when the check character stays', () => {
    // Arrange
    const valid = '11010519491231002X';

    // Act / Assert: MOD 11-2 detects every single-digit error and every adjacent transposition.
    for (let i = 0; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        const ch = String(d);
        if (ch === valid.charAt(i)) continue;
        const changed = valid.slice(0, i) + ch + valid.slice(i + 1);
        expect(computeResidentIdCheckCharacter(changed.slice(0, 17))).not.toBe('X');
      }
    }
    for (let i = 0; i < 16; i++) {
      const a = valid.charAt(i);
      const b = valid.charAt(i + 1);
      if (a === b) continue;
      const swapped = valid.slice(0, i) + b + a + valid.slice(i + 2);
      expect(computeResidentIdCheckCharacter(swapped.slice(0, 17))).not.toBe('X');
    }
  });

  it.each([
    ['', 'EMPTY', undefined],
    ['1101051949123100', 'WRONG_LENGTH', undefined],
    ['110105194912310021X', 'WRONG_LENGTH', undefined],
    ['11010519491231002A', 'INVALID_CHARACTER', 18],
    ['1101051949123100X2', 'INVALID_CHARACTER', 17],
    ['110105194902300021', 'INVALID_BIRTH_DATE', 7],
    ['110105189912310021', 'INVALID_BIRTH_DATE', 7],
  ])('should reject %p with reason %s', (input, reason, position) => {
    // Act
    const result = invalid(input);

    // Assert
    expect(result.reason).toBe(reason);
    expect(result.position).toBe(position);
    expect(result.message).not.toContain(input === '' ? '\u0000' : input);
  });

  it('should reject a birth date after today when today is given', () => {
    // Arrange
    const body = '35040220300101001';
    const id = body + computeResidentIdCheckCharacter(body);

    // Act / Assert
    expect(isValidResidentId(id)).toBe(true);
    expect(invalid(id, '2026-05-01').reason).toBe('INVALID_BIRTH_DATE');
  });

  it('should keep only the first and last character when masked', () => {
    // Act / Assert
    expect(maskResidentId('11010519491231002x')).toBe('1****************X');
    expect(maskResidentId('1')).toBe('*');
  });

  it('should throw when the body is not 17 digits', () => {
    // Act / Assert
    expect(() => computeResidentIdCheckCharacter('1234')).toThrow('17 digits');
    expect(() => computeResidentIdCheckCharacter('1101051949123100A')).toThrow('17 digits');
  });
});
