import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { isErrorPayload } from '@ladder/contracts';
import type { RpcRequest, RpcResponse, RpcSubject } from '@ladder/contracts';
import { TimeoutError, firstValueFrom, timeout } from 'rxjs';

import { RemoteError } from './domain.exception';
import { MESSAGING_OPTIONS, NATS_RPC_CLIENT } from './messaging.tokens';
import type { MessagingOptions } from './messaging.tokens';

/** The request payload as plain data (what a caller builds; the receiver validates it into the class). */
export type RequestData<S extends RpcSubject> = { [K in keyof RpcRequest<S>]: RpcRequest<S>[K] };

/**
 * The one way to ask another service: typed by the contracts' subject map, bounded by a timeout, errors
 * carried back as codes. Wraps Nest's ClientProxy (cold and untyped on its own).
 */
@Injectable()
export class MessagingClient {
  constructor(
    @Inject(NATS_RPC_CLIENT) private readonly client: ClientProxy,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<S extends RpcSubject>(
    subject: S,
    payload: RequestData<S>,
    opts: { timeoutMs?: number } = {},
  ): Promise<RpcResponse<S>> {
    const ms = opts.timeoutMs ?? this.options.rpcTimeoutMs;
    try {
      return await firstValueFrom(this.client.send<RpcResponse<S>>(subject, payload).pipe(timeout(ms)));
    } catch (error) {
      throw toRemoteError(error, subject);
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

export function toRemoteError(error: unknown, subject: string): RemoteError {
  if (error instanceof RemoteError) return error;
  if (error instanceof TimeoutError) {
    return new RemoteError('TIMEOUT', '服务响应超时，请稍后重试', undefined, subject);
  }
  if (isErrorPayload(error)) return new RemoteError(error.code, error.message, error.details, subject);
  const text = String((error as Error)?.message ?? error);
  // A service that is gone ("no subscribers" / "no responders"), or NATS itself ("Connection lost. Trying to reconnect").
  if (/no subscribers|no responders|503|CONNECTION_REFUSED|ECONNREFUSED|disconnect|connection lost/i.test(text)) {
    return new RemoteError('SERVICE_UNAVAILABLE', '服务暂不可用，请稍后重试', undefined, subject);
  }
  return new RemoteError('INTERNAL', '系统内部错误', undefined, subject);
}
