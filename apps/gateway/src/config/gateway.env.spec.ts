import { SERVICES } from '@ladder/contracts';
import { ConfigValidationError } from '@ladder/platform-config';

import { loadGatewayEnv } from './gateway.env';

const BASE = { NATS_URL: 'nats://127.0.0.1:4222', JWT_SECRET: 'x'.repeat(32) };

describe('GatewayEnv GATEWAY_SERVICES', () => {
  it('should report every service of the service list when GATEWAY_SERVICES is unset', () => {
    // Act
    const env = loadGatewayEnv(BASE);

    // Assert
    expect(env.GATEWAY_SERVICES).toEqual([...SERVICES]);
  });

  it('should read a comma-separated subset when GATEWAY_SERVICES is set', () => {
    // Act
    const env = loadGatewayEnv({ ...BASE, GATEWAY_SERVICES: ` ${SERVICES[0]} , ` });

    // Assert
    expect(env.GATEWAY_SERVICES).toEqual([SERVICES[0]]);
  });

  it('should refuse to boot when GATEWAY_SERVICES names a service the list does not know', () => {
    // Act / Assert
    expect(() => loadGatewayEnv({ ...BASE, GATEWAY_SERVICES: `${SERVICES[0]},no-such-service` })).toThrow(ConfigValidationError);
    expect(() => loadGatewayEnv({ ...BASE, GATEWAY_SERVICES: `${SERVICES[0]},${SERVICES[0]}` })).toThrow(ConfigValidationError);
  });
});
