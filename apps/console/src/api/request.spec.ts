import { afterEach, describe, expect, it, vi } from 'vitest';

import { i18n } from '@/locales';

import { ApiError, buildQuery, createRequestClient, describeError, fileNameFromDisposition } from './request';
import type { RequestClientOptions } from './request';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function setup(overrides: Partial<RequestClientOptions> = {}, response?: Response | Error) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response ?? jsonResponse(200, {})),
  );
  const notify = vi.fn<(e: ApiError) => void>();
  const onUnauthorized = vi.fn<(e: ApiError) => void>();
  const client = createRequestClient({
    baseUrl: '/api',
    fetch: fetchMock,
    getToken: () => 'token-1',
    notify,
    onUnauthorized,
    ...overrides,
  });
  return { client, fetchMock, notify, onUnauthorized };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('request client', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should attach the bearer token and serialise the query without empty values', async () => {
    // Arrange
    const { client, fetchMock } = setup({}, jsonResponse(200, { items: [], total: 0 }));

    // Act
    await client.get('/enterprises', { county: '350404', q: '', tier: undefined, page: 2 });

    // Assert
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/enterprises?county=350404&page=2');
    expect((init?.headers as Record<string, string>)['Authorization']).toBe('Bearer token-1');
  });

  it('should throw a typed ApiError with code, message and details when the gateway answers an error body', async () => {
    // Arrange
    const body = {
      code: 'VALIDATION_FAILED',
      message: '提交的数据不符合要求',
      details: [{ field: 'name', constraint: 'isNotEmpty', message: '企业名称不能为空' }, { nope: true }],
    };
    const { client, notify } = setup({}, jsonResponse(400, body));

    // Act
    const error = await caught(client.post('/enterprises', { name: '' }));

    // Assert
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('提交的数据不符合要求');
    expect(error.details).toEqual([{ field: 'name', constraint: 'isNotEmpty', message: '企业名称不能为空' }]);
    expect(error.fieldErrors()).toEqual({ name: '企业名称不能为空' });
    expect(notify).toHaveBeenCalledWith(error);
  });

  it('should derive the code from the status when the body is not the gateway error shape', async () => {
    // Arrange
    const { client } = setup({}, new Response('<html>Bad Gateway</html>', { status: 502 }));

    // Act
    const error = await caught(client.get('/stats/registry'));

    // Assert
    expect(error.status).toBe(502);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('should report NETWORK_ERROR with status 0 when fetch itself fails', async () => {
    // Arrange
    const { client, notify } = setup({}, new TypeError('Failed to fetch'));

    // Act
    const error = await caught(client.get('/health'));

    // Assert
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(notify).toHaveBeenCalledOnce();
  });

  it('should end the session instead of notifying when an authenticated call answers 401', async () => {
    // Arrange
    const { client, notify, onUnauthorized } = setup(
      {},
      jsonResponse(401, { code: 'SESSION_EXPIRED', message: '登录已超时，请重新登录' }),
    );

    // Act
    const error = await caught(client.get('/auth/me'));

    // Assert
    expect(error.code).toBe('SESSION_EXPIRED');
    expect(onUnauthorized).toHaveBeenCalledWith(error);
    expect(notify).not.toHaveBeenCalled();
  });

  it('should not end a session when an anonymous call (login) answers 401', async () => {
    // Arrange
    const { client, onUnauthorized, notify } = setup(
      { getToken: () => null },
      jsonResponse(401, { code: 'UNAUTHORIZED', message: '用户名或密码错误' }),
    );

    // Act
    const error = await caught(client.post('/auth/login', { username: 'a', password: 'b' }, { notify: false }));

    // Assert
    expect(error.message).toBe('用户名或密码错误');
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('should return undefined for 204 and the file name of a blob download', async () => {
    // Arrange
    const { client: noContent } = setup({}, new Response(null, { status: 204 }));
    const { client: download } = setup(
      {},
      new Response('xlsx', {
        status: 200,
        headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx" },
      }),
    );

    // Act
    const empty = await noContent.post('/auth/logout');
    const file = await download.blob('/enterprises/export.xlsx', { status: 'all' });

    // Assert
    expect(empty).toBeUndefined();
    expect(file.fileName).toBe('企业.xlsx');
    expect(await file.blob.text()).toBe('xlsx');
  });

  it('should send a raw body with the caller headers when uploading', async () => {
    // Arrange
    const { client, fetchMock } = setup({}, jsonResponse(202, { id: 'job-1' }));
    const file = new File(['data'], '导入 2025.xlsx');

    // Act
    await client.request('/enterprises/imports', {
      method: 'POST',
      rawBody: file,
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
    });

    // Assert
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['X-File-Name']).toBe('%E5%AF%BC%E5%85%A5%202025.xlsx');
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });
});

describe('error text', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should show the backend Chinese message when the UI is Chinese', () => {
    const error = new ApiError(423, 'ACCOUNT_LOCKED', '账号已锁定至 10:35');
    expect(describeError(error)).toBe('账号已锁定至 10:35');
  });

  it('should map the code to error.<CODE> when the UI is English', () => {
    i18n.global.locale.value = 'en';
    const error = new ApiError(403, 'OUT_OF_SCOPE', '该企业不属于您所辖县（市、区），无权访问');
    expect(describeError(error)).toBe('This enterprise is outside your county');
  });

  it('should fall back to the backend message when the code has no key', () => {
    i18n.global.locale.value = 'en';
    const error = new ApiError(409, 'SUBSIDY_SOMETHING_NEW', '新的业务错误');
    expect(describeError(error)).toBe('新的业务错误');
  });

  it('should use the error.<CODE> text when the backend sent no message', () => {
    const error = new ApiError(502, 'SERVICE_UNAVAILABLE', '');
    expect(describeError(error)).toBe('服务暂不可用，请稍后重试');
  });

  it('should append detail messages the main text does not already contain', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '提交的数据不符合要求', [
      { field: 'name', message: '企业名称不能为空' },
    ]);
    expect(describeError(error)).toBe('提交的数据不符合要求：企业名称不能为空');
  });

  it('should show the server message as is when it already names every detail', () => {
    const error = new ApiError(
      400,
      'VALIDATION_FAILED',
      '缺少必填项：企业名称、所属县（市、区）；每页条数应为整数',
      [
        { field: 'name', constraint: 'isDefined', message: '缺少必填项：企业名称' },
        { field: 'countyCode', constraint: 'isDefined', message: '缺少必填项：所属县（市、区）' },
        { field: 'pageSize', constraint: 'isInt', message: '每页条数应为整数' },
      ],
    );
    expect(describeError(error)).toBe('缺少必填项：企业名称、所属县（市、区）；每页条数应为整数');
  });
});

describe('helpers', () => {
  it('should repeat array values in the query', () => {
    expect(buildQuery({ chain: ['rare-earth', 'textile'], empty: null })).toBe('?chain=rare-earth&chain=textile');
  });

  it('should read plain and RFC 5987 file names', () => {
    expect(fileNameFromDisposition('attachment; filename="report.xlsx"')).toBe('report.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
