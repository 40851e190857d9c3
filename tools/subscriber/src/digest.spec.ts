import { DigestBook, digestOfIds, utcDay } from './digest';
import { streamsFor, subjectMatches } from './subjects';

describe('delivery digest', () => {
  it('should not depend on order or redelivery, and change with one missing id', () => {
    const a = digestOfIds(['b', 'a', 'c']);
    expect(digestOfIds(['c', 'a', 'b', 'a'])).toEqual(a);
    expect(a.count).toBe(3);
    expect(digestOfIds(['a', 'b']).sha256).not.toBe(a.sha256);
  });

  it('should group by UTC day of occurredAt and subject, listing asked subjects without events as 0', () => {
    const book = new DigestBook();
    book.add({ id: '1', subject: 'registry.enterprise.registered', occurredAt: '2026-12-05T23:59:59.999+08:00' });
    book.add({ id: '2', subject: 'registry.enterprise.registered', occurredAt: '2026-12-06T00:00:00Z' });
    expect(utcDay('2026-12-05T23:59:59.999+08:00')).toBe('2026-12-05');
    const lines = book.lines({ day: '2026-12-06', subjects: ['registry.enterprise.registered', 'registry.enterprise.removed'] });
    expect(lines.map((l) => [l.subject, l.count])).toEqual([
      ['registry.enterprise.registered', 1],
      ['registry.enterprise.removed', 0],
    ]);
    expect(lines[1]!.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('subject filters', () => {
  it('should match NATS wildcards', () => {
    expect(subjectMatches('registry.>', 'registry.enterprise.registered')).toBe(true);
    expect(subjectMatches('*.enterprise.*', 'tiering.enterprise.certified')).toBe(true);
    expect(subjectMatches('registry.*', 'registry.enterprise.registered')).toBe(false);
    expect(subjectMatches('registry.enterprise.registered', 'registry.enterprise.registered')).toBe(true);
  });

  it('should resolve a filter to the public streams only, with a server filter for one subject', () => {
    expect(streamsFor('registry.enterprise.registered')).toEqual([{ stream: 'REGISTRY', subjects: ['registry.enterprise.registered'], serverFilter: 'registry.enterprise.registered' }]);
    expect(streamsFor('*.enterprise.>').map((s) => s.stream)).toEqual(['REGISTRY', 'TIERING']);
    expect(streamsFor('dlq.>')).toEqual([]);
  });
});
