import { ErrorCode, NatsError } from 'nats';
import { TimeoutError } from 'rxjs';

import { toRemoteError } from './messaging.client';

describe('toRemoteError', () => {
  it.each([
    ['a service with no responders', new Error('Empty response. There are no subscribers listening to that message ("registry.health.ping")')],
    ['NATS gone (Nest rejects with a string)', 'Error: Connection lost. Trying to reconnect...'],
    ['a refused connection', new Error('connect ECONNREFUSED 127.0.0.1:4222')],
    ['no responders (nats.js request)', new NatsError('503', ErrorCode.NoResponders)],
    ['a closed connection', new NatsError('closed', ErrorCode.ConnectionClosed)],
    ['NATS restarting', new NatsError('disconnected', ErrorCode.Disconnect)],
  ])('should say 服务暂不可用 (SERVICE_UNAVAILABLE) for %s', (_case, error) => {
    // Act
    const remote = toRemoteError(error, 'registry.enterprise.get');

    // Assert
    expect(remote).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用，请稍后重试', subject: 'registry.enterprise.get' });
  });

  it('should say 服务响应超时 (TIMEOUT) when the service did not answer in time', () => {
    // Act / Assert
    expect(toRemoteError(new TimeoutError(), 's.a.b')).toMatchObject({ code: 'TIMEOUT' });
    expect(toRemoteError(new NatsError('TIMEOUT', ErrorCode.Timeout), 's.a.b')).toMatchObject({ code: 'TIMEOUT' });
  });

  it('should keep the code and message a service answered with', () => {
    // Act / Assert
    expect(toRemoteError({ code: 'NOT_FOUND', message: '企业不存在' }, 's.a.b')).toMatchObject({ code: 'NOT_FOUND', message: '企业不存在' });
  });

  it('should call anything else 系统内部错误 (INTERNAL)', () => {
    // Act / Assert
    expect(toRemoteError(new Error('boom'), 's.a.b')).toMatchObject({ code: 'INTERNAL' });
  });
});
