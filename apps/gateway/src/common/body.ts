import { ApiError } from './http-error';

/**
 * A JSON object body passed on to a service, which validates it with its contract class. The acting user is
 * always set by the gateway: an `actor` in the body is overwritten, never trusted.
 */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError('MALFORMED_REQUEST', '请求内容应为 JSON 对象');
  }
  return body as Record<string, unknown>;
}
