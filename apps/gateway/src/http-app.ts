import * as fs from 'node:fs';
import * as path from 'node:path';

import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyStatic from '@fastify/static';
import { memoizeValidationMetadata } from '@ladder/platform-messaging';
import { allSchemas } from '@ladder/contracts/catalogue';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AuditHook } from './audit/audit.hook';
import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { BodyValidationPipe } from './common/body-validation.pipe';
import { ApiError } from './common/http-error';
import { HttpExceptionsFilter } from './common/http-exception.filter';
import { findInputProblem, inputProblemMessage } from './common/input-hygiene';
import { GatewayEnv } from './config/gateway.env';
import { XLSX_MIME } from './enterprises/imports.controller';
import { GatewayModule } from './gateway.module';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Build the gateway: Fastify, `/api` prefix, validation, errors as codes, OpenAPI, the console at `/`. */
export async function createGatewayApp(env: GatewayEnv): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 1024 * 1024, trustProxy: true });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(env), adapter, {
    logger: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  const fastify = app.getHttpAdapter().getInstance();

  // Raw .xlsx uploads.
  for (const type of [XLSX_MIME, 'application/octet-stream']) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  }

  // Before any guard, pipe or handler: text with control characters (NUL…) or broken UTF-16 anywhere in the
  // body, query or path is a 400 — it never reaches a service, a query or the audit trail as is.
  fastify.addHook('preValidation', async (request: FastifyRequest) => {
    const parts: [string, unknown][] = [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ];
    for (const [root, value] of parts) {
      const problem = findInputProblem(value, root);
      if (problem) {
        const message = inputProblemMessage(problem);
        throw new ApiError('VALIDATION_FAILED', message, [{ field: problem.field.slice(0, 200), message }]);
      }
    }
  });
  // After every answer: the one writer of the audit trail (state-changing calls and every 401/403).
  const audit = new AuditHook(app.get(AuditService), app.get(AuthService));
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply) => audit.onResponse(request, reply));

  app.setGlobalPrefix('api');
  memoizeValidationMetadata();
  app.useGlobalPipes(new BodyValidationPipe());
  app.useGlobalFilters(new HttpExceptionsFilter());
  app.enableShutdownHooks();

  setupOpenApi(app);
  await serveConsole(app, env);
  return app;
}

function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('三明市优质中小企业梯度培育平台 API')
    .setDescription(
      'HTTP API of the SME Ladder gateway for the console. Errors are `{ code, message, details }`; money is integer 分 (fen). Events for other bureaus: see docs/events.md.',
    )
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // Request/response schemas come from the same class-validator classes that validate them.
  const schemas = allSchemas();
  document.components = { ...document.components, schemas: { ...(document.components?.schemas ?? {}), ...(schemas as object) } };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

async function serveConsole(app: NestFastifyApplication, env: GatewayEnv): Promise<void> {
  const root = path.resolve(env.CONSOLE_DIR);
  const index = path.join(root, 'index.html');
  const fastify = app.getHttpAdapter().getInstance();
  if (!fs.existsSync(index)) {
    new Logger('Gateway').warn(`console not found at ${root}: serving the API only`);
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  const html = fs.readFileSync(index);
  // Single-page app: any other GET path is a console route and gets index.html; unknown API paths still
  // answer a JSON 404 (this catch-all is less specific than every API route).
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      void reply.status(404).send({ code: 'NOT_FOUND', message: '请求的接口不存在' });
      return;
    }
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
