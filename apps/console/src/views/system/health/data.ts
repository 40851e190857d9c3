export type HealthState = 'ok' | 'degraded' | 'down' | 'unknown';

/** The gateway's words for health (terminus: ok/error/up/down; ours: degraded) → four states. */
export function healthState(value: string | boolean | null | undefined): HealthState {
  if (value === true) return 'ok';
  if (value === false) return 'down';
  if (typeof value !== 'string') return 'unknown';
  const v = value.toLowerCase();
  if (['ok', 'up', 'healthy', 'connected', 'pass'].includes(v)) return 'ok';
  if (['degraded', 'warn', 'warning', 'slow'].includes(v)) return 'degraded';
  if (['down', 'error', 'fail', 'failed', 'disconnected', 'unhealthy', 'unavailable', 'closed'].includes(v)) return 'down';
  return 'unknown';
}

export function stateTagType(state: HealthState): 'success' | 'warning' | 'danger' | 'info' {
  switch (state) {
    case 'ok':
      return 'success';
    case 'degraded':
      return 'warning';
    case 'down':
      return 'danger';
    default:
      return 'info';
  }
}

export interface ServiceLine {
  readonly name: string;
  readonly state: HealthState;
  readonly raw: string;
  readonly latencyMs: number | null;
  readonly outboxBacklog: number | null;
}

export function serviceLines(health: Api.System.Health): ServiceLine[] {
  return Object.entries(health.services ?? {}).map(([name, s]) => ({
    name,
    state: healthState(s?.status),
    raw: s?.status ?? '',
    latencyMs: typeof s?.latencyMs === 'number' ? s.latencyMs : null,
    outboxBacklog: typeof s?.outboxBacklog === 'number' ? s.outboxBacklog : null,
  }));
}
