import { CONSUMERS, EVENT_MAP, RPC_MAP, STREAMS } from '../catalogue/subjects';
import { EventEnvelope } from '../common/envelope';
import { validatePayload } from '../common/validation';
import { DEPLOYABLES, SERVICES, SERVICE_DECLARATIONS, SERVICE_LIST, databaseUrlVariable, envPrefixOf, healthSubject } from './services';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const domainOf = (subject: string): string => subject.split('.')[0]!;

describe('service list', () => {
  it('should name each process once, in kebab-case, when the list is read', () => {
    // Act
    const names = SERVICE_LIST.map((s) => s.name);

    // Assert
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(KEBAB);
    expect(DEPLOYABLES).toEqual(names);
  });

  it('should start the gateway last and keep it the only HTTP process when the list is read', () => {
    // Act
    const gateways = SERVICE_LIST.filter((s) => s.kind === 'gateway');

    // Assert
    expect(gateways.map((g) => g.name)).toEqual(['gateway']);
    expect(SERVICE_LIST[SERVICE_LIST.length - 1]?.kind).toBe('gateway');
    expect(SERVICE_LIST.filter((s) => s.httpPort !== null).map((s) => s.name)).toEqual(['gateway']);
  });

  it.each(SERVICE_DECLARATIONS)('should give $name a stream, an env prefix and a health subject of its own', (service) => {
    // Assert
    expect(service.stream?.name).toBe(envPrefixOf(service.name));
    expect(service.envPrefix).toBe(service.name.toUpperCase().replace(/-/g, '_'));
    expect(databaseUrlVariable(service)).toBe(`${service.envPrefix}_DATABASE_URL`);
    expect(RPC_MAP).toHaveProperty([healthSubject(service.name)]);
  });

  it('should answer health for exactly the services of the list when RPC_MAP is read', () => {
    // Act
    const health = Object.keys(RPC_MAP).filter((s) => s.endsWith('.health.ping'));

    // Assert
    expect(health.sort()).toEqual(SERVICES.map((s) => healthSubject(s)).sort());
  });

  it('should let only services of the list own subjects when the catalogue is read', () => {
    // Act
    const domains = new Set([...Object.keys(RPC_MAP), ...Object.keys(EVENT_MAP)].map(domainOf));

    // Assert
    for (const domain of domains) expect(SERVICES).toContain(domain);
  });

  it('should store each event in the stream of the service that owns its subject', () => {
    // Act / Assert
    for (const [subject, def] of Object.entries(EVENT_MAP)) {
      const owner = SERVICE_DECLARATIONS.find((s) => s.name === domainOf(subject));
      expect({ subject, stream: def.stream }).toEqual({ subject, stream: owner?.stream?.name });
    }
  });

  it('should provision only streams of the list (plus dead letters) when STREAMS is read', () => {
    // Arrange
    const declared = new Set(SERVICE_DECLARATIONS.map((s) => s.stream?.name));

    // Act
    const unknown = STREAMS.filter((s) => s.name !== 'DLQ' && !declared.has(s.name));

    // Assert
    expect(unknown).toEqual([]);
  });

  it('should run durable consumers only in services of the list', () => {
    // Act / Assert
    for (const c of CONSUMERS) expect(SERVICES).toContain(c.service);
  });

  it('should accept events from exactly the processes of the list when an envelope is validated', () => {
    // Arrange
    const envelope = (source: string): Record<string, unknown> => ({
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      subject: 'registry.enterprise.registered',
      version: 1,
      occurredAt: '2025-03-01T08:00:00Z',
      source,
      data: {},
    });

    // Act / Assert
    for (const name of DEPLOYABLES) expect(validatePayload(EventEnvelope, envelope(name)).ok).toBe(true);
    expect(validatePayload(EventEnvelope, envelope('not-a-service')).ok).toBe(false);
  });

  it('should give each console menu section to one process only', () => {
    // Act
    const sections = SERVICE_LIST.map((s) => s.consoleSection).filter((s): s is NonNullable<typeof s> => s !== null);

    // Assert
    expect(new Set(sections).size).toBe(sections.length);
  });
});
