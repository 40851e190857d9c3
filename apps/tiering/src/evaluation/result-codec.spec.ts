import { decodeResultText, encodeResultJson } from './result-codec';

describe('stored explanation (result-codec)', () => {
  const texts = [
    JSON.stringify({ zh: '专精特新“小巨人”企业', values: { 营业收入: '75万元' }, n: 1.5, list: [null, true] }),
    // A text of one-byte characters only (V8 keeps it as a one-byte string).
    JSON.stringify({ id: 'tiers-2022', missing: ['annualData[2024].rdExpense'] }),
    JSON.stringify({ emoji: '𠀋😀', escaped: '\u0000\ud800' }),
  ];

  it.each(texts)('should give back the same JSON text, compressed or as it was stored before (%#)', (json) => {
    // Act
    const stored = encodeResultJson(json);

    // Assert: compressed form, as a Buffer and as the Uint8Array a worker thread hands back; the forms before.
    expect(stored[0]).toBe(0x01);
    expect(decodeResultText(stored)).toBe(json);
    expect(decodeResultText(new Uint8Array(stored))).toBe(json);
    expect(decodeResultText(json)).toBe(json);
    expect(decodeResultText(Buffer.from(json, 'utf8'))).toBe(json);
  });

  it('should store a large explanation several times smaller', () => {
    // Arrange: repetitive text, as an explanation's labels and clauses are.
    const json = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ zh: '近2年主营业务收入平均增长率不低于5%', value: i })));

    // Act + Assert
    expect(encodeResultJson(json).length).toBeLessThan(Buffer.byteLength(json) / 4);
  });

  it('should refuse a stored form it does not know', () => {
    expect(() => decodeResultText(Buffer.from([0x02, 0x00]))).toThrow(/unknown stored format 2/);
  });
});
