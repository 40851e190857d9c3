import { MAX_JSON_CHARS, boundedJson, cleanJson, cleanText } from './audit-sanitize';

describe('audit sanitising', () => {
  it('should make control characters visible and replace lone surrogates when text is odd', () => {
    expect(cleanText('a\u0000b\u001bc\n', 100)).toBe('a\\u0000b\\u001bc\n');
    expect(cleanText('x\ud800y\udc00', 100)).toBe('x\uFFFDy\uFFFD');
    expect(cleanText('😀', 100)).toBe('😀');
  });

  it('should cut text to the column length without splitting a surrogate pair', () => {
    expect(cleanText('a'.repeat(100), 10)).toHaveLength(10);
    const cut = cleanText(`abcdefgh${'😀'.repeat(5)}`, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it('should mask secrets and bound depth, width and size when a body is hostile', () => {
    expect(cleanJson({ password: 'p', newPassword: 'q', accessToken: 't', name: 'n' })).toEqual({
      password: '******',
      newPassword: '******',
      accessToken: '******',
      name: 'n',
    });
    expect(cleanJson([[[[[[['deep']]]]]]])).toEqual([[[[['…']]]]]);
    expect((cleanJson(Array.from({ length: 200 }, (_, i) => i)) as unknown[]).length).toBe(51);
    expect(cleanJson({ n: Number.NaN, i: Number.POSITIVE_INFINITY, b: BigInt(7), buf: Buffer.from('ab') })).toEqual({ n: 'NaN', i: 'Infinity', b: '7', buf: '<2 bytes>' });
    const big = boundedJson({ text: Array.from({ length: 50 }, () => 'x'.repeat(400)) }) as { truncated: string };
    expect(big.truncated.length).toBeLessThanOrEqual(MAX_JSON_CHARS);
  });
});
