import { SERVICES } from '@ladder/contracts';
import type { HealthPingResponse, ServiceName } from '@ladder/contracts';

import { PROBE_TIMEOUT_MS, checkHealth } from './health.service';
import type { HealthProbes } from './health.service';

const pong = (service: string, status: HealthPingResponse['status'] = 'ok'): HealthPingResponse => ({
  service,
  status,
  database: status === 'ok' ? 'ok' : 'down',
  outboxBacklog: status === 'ok' ? 0 : -1,
  version: '0.1.0',
  startedAt: '2026-01-01T00:00:00.000Z',
});
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

function probes(answers: Partial<Record<ServiceName, 'ok' | 'degraded' | 'silent' | 'gone'>>, nats: 'up' | 'silent' = 'up'): HealthProbes {
  return {
    natsRtt: () => (nats === 'up' ? Promise.resolve(1) : never<number>()),
    ping: (service) => {
      const answer = answers[service] ?? 'ok';
      if (answer === 'silent') return never<HealthPingResponse>();
      if (answer === 'gone') return Promise.reject(new Error('服务暂不可用，请稍后重试'));
      return Promise.resolve(pong(service, answer));
    },
  };
}

describe('checkHealth', () => {
  it('should say ok with nothing degraded when NATS and every service answer', async () => {
    // Act
    const report = await checkHealth(probes({}), SERVICES);

    // Assert
    expect(report.status).toBe('ok');
    expect(report.degraded).toEqual([]);
    expect(Object.keys(report.services)).toEqual([...SERVICES]);
    for (const s of SERVICES) expect(report.services[s]).toMatchObject({ status: 'up', outboxBacklog: 0 });
  });

  it('should answer within a second and name the silent parts when NATS and a service do not answer', async () => {
    // Arrange
    const silent = SERVICES[SERVICES.length - 1]!;
    const started = Date.now();

    // Act
    const report = await checkHealth(probes({ [silent]: 'silent' }, 'silent'), SERVICES);

    // Assert
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(PROBE_TIMEOUT_MS).toBeLessThan(1_000);
    expect(report.status).toBe('degraded');
    expect(report.degraded).toEqual(['nats', silent]);
    expect(report.nats).toEqual({ status: 'down', rttMs: null });
    expect(report.services[silent]).toMatchObject({ status: 'down', latencyMs: null });
  });

  it('should tell a service that is gone from one whose database is down', async () => {
    // Arrange
    const [first, second] = SERVICES;

    // Act
    const report = await checkHealth(probes({ [first!]: 'gone', [second!]: 'degraded' }), SERVICES);

    // Assert
    expect(report.degraded).toEqual([first, second]);
    expect(report.services[first!]).toMatchObject({ status: 'down', error: '服务暂不可用，请稍后重试' });
    expect(report.services[second!]).toMatchObject({ status: 'degraded', outboxBacklog: -1 });
  });
});
