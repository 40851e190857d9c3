import { Body, Controller, Get, Module, Post, Query } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CreateEnterpriseBody, ListEnterprisesRequest, fieldInfo } from '@ladder/contracts';
import type { ErrorPayload } from '@ladder/contracts';
import { scopedCounty } from '@ladder/platform-messaging';
import { getMetadataStorage } from 'class-validator';

import * as accountsDto from '../accounts/accounts.dto';
import * as auditDto from '../audit/audit.dto';
import * as authDto from '../auth/auth.dto';
import * as publicityDto from '../subsidies/publicity.dto';

import { BodyValidationPipe } from './body-validation.pipe';
import { HttpExceptionsFilter } from './http-exception.filter';

/** A county account of 三元区, as the registry's list would confine it. */
const SANYUAN = { countyCode: '350404' };

@Controller()
class ProbeController {
  @Post('enterprises')
  create(@Body() body: CreateEnterpriseBody): { ok: true; name: string } {
    return { ok: true, name: body.name };
  }

  @Get('enterprises')
  list(@Query() query: ListEnterprisesRequest): { county?: string } {
    return { county: scopedCounty(SANYUAN, query.county) };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const VALID = {
  uscc: '91350100M000100Y43',
  name: '三明示例装备制造有限公司',
  countyCode: '350404',
  industryGroup: 'industry',
};

function without(field: keyof typeof VALID): Record<string, unknown> {
  return Object.fromEntries(Object.entries(VALID).filter(([k]) => k !== field));
}

describe('gateway validation messages (pipe + exception filter on Fastify)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ProbeModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    app.useGlobalPipes(new BodyValidationPipe());
    app.useGlobalFilters(new HttpExceptionsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function call(
    method: 'GET' | 'POST',
    url: string,
    payload?: string,
  ): Promise<{ status: number; body: ErrorPayload }> {
    const res = await app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
    });
    return { status: res.statusCode, body: res.json<ErrorPayload>() };
  }

  it.each`
    case                        | body                                    | field           | message
    ${'missing name'}           | ${without('name')}                      | ${'name'}       | ${'缺少必填项：企业名称'}
    ${'missing countyCode'}     | ${without('countyCode')}                | ${'countyCode'} | ${'缺少必填项：所属县（市、区）'}
    ${'null countyCode'}        | ${{ ...VALID, countyCode: null }}       | ${'countyCode'} | ${'缺少必填项：所属县（市、区）'}
    ${'missing uscc'}           | ${without('uscc')}                      | ${'uscc'}       | ${'缺少必填项：统一社会信用代码'}
    ${'name of the wrong type'} | ${{ ...VALID, name: 12 }}               | ${'name'}       | ${'企业名称应为文本'}
    ${'name too long'}          | ${{ ...VALID, name: '长'.repeat(101) }} | ${'name'}       | ${'企业名称不能超过100个字符'}
    ${'unknown county'}         | ${{ ...VALID, countyCode: '110101' }}   | ${'countyCode'} | ${'未知的县（市、区）代码“110101”：应为三明市11个县（市、区）的六位行政区划代码之一'}
    ${'county as an object'}    | ${{ ...VALID, countyCode: { a: 1 } }}   | ${'countyCode'} | ${'县（市、区）代码的取值无效：应为三明市11个县（市、区）的六位行政区划代码之一'}
  `(
    'should answer one message for a body with $case',
    async ({ body, field, message }: { body: object; field: string; message: string }) => {
      // Act
      const res = await call('POST', '/enterprises', JSON.stringify(body));

      // Assert
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toBe(message);
      expect(res.body.details).toEqual([{ field, constraint: expect.any(String), message }]);
    },
  );

  it('should name every absent field once, together', async () => {
    const res = await call('POST', '/enterprises', JSON.stringify({ industryGroup: 'industry' }));

    expect(res.status).toBe(400);
    expect(res.body.message).toBe('缺少必填项：统一社会信用代码、企业名称、所属县（市、区）');
    expect(res.body.details?.map((d) => d.message)).toEqual([
      '缺少必填项：统一社会信用代码',
      '缺少必填项：企业名称',
      '缺少必填项：所属县（市、区）',
    ]);
  });

  it.each`
    case              | query             | field         | message
    ${'pageSize=abc'} | ${'pageSize=abc'} | ${'pageSize'} | ${'每页条数应为整数'}
    ${'pageSize=500'} | ${'pageSize=500'} | ${'pageSize'} | ${'每页条数不能大于200'}
    ${'page=0'}       | ${'page=0'}       | ${'page'}     | ${'页码不能小于1'}
    ${'page=1.5'}     | ${'page=1.5'}     | ${'page'}     | ${'页码应为整数'}
  `(
    'should answer one message for the query $case',
    async ({ query, field, message }: { query: string; field: string; message: string }) => {
      const res = await call('GET', `/enterprises?${query}`);

      expect(res.status).toBe(400);
      expect(res.body.message).toBe(message);
      expect(res.body.details).toEqual([{ field, constraint: expect.any(String), message }]);
    },
  );

  it.each`
    case                  | payload
    ${'truncated JSON'}   | ${'{"name": '}
    ${'a trailing comma'} | ${'{"name": "x",}'}
    ${'not JSON at all'}  | ${'name=x'}
    ${'nothing'}          | ${''}
  `(
    'should answer 400 in Chinese, with no English parser text, for a body with $case',
    async ({ payload }: { payload: string }) => {
      const res = await call('POST', '/enterprises', payload);

      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        code: 'MALFORMED_REQUEST',
        message: payload ? '请求内容不是有效的 JSON' : '请求内容为空',
      });
    },
  );

  it('should refuse a list filter on another county with a message about the filter', async () => {
    const res = await call('GET', '/enterprises?county=350481');

    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
    expect(res.body.message).toBe('无权查看永安市的数据：您的账号只能查看三元区的数据');
  });

  it('should never print undefined, null or English in a message', async () => {
    const bodies = [
      {},
      { ...VALID, name: null, countyCode: undefined, industryGroup: [] },
      { ...VALID, uscc: 5 },
    ];
    for (const body of bodies) {
      const res = await call('POST', '/enterprises', JSON.stringify(body));
      const texts = [res.body.message, ...(res.body.details ?? []).map((d) => d.message)];
      for (const text of texts) {
        expect(text).not.toMatch(/undefined|null|\[object|[A-Za-z]{4,}/);
      }
    }
  });

  it('should give every validated property of the gateway\'s own bodies and queries a Chinese label', () => {
    const missing: string[] = [];
    for (const exports of [accountsDto, auditDto, authDto, publicityDto] as Record<string, unknown>[]) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'function' || !value.prototype) continue;
        const metadatas = getMetadataStorage().getTargetValidationMetadatas(value, '', true, false);
        for (const property of new Set(metadatas.map((m) => m.propertyName))) {
          if (!fieldInfo(value.prototype as object, property)) missing.push(`${name}.${property}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
