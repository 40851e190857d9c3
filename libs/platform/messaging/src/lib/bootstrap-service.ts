import { DynamicModule, INestMicroservice, Logger, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/core';
import { MicroserviceOptions } from '@nestjs/microservices';

import { EmContextNatsServer } from './em-context-nats.server';
import { tuneHeapGrowth } from './heap-growth';
import { describeNatsUrl, natsServerOptions } from './nats-connection';
import { AllRpcExceptionsFilter } from './rpc-exception.filter';
import { createRpcValidationPipe } from './rpc-validation.pipe';

export interface ServiceBootstrapOptions {
  readonly service: string;
  readonly natsUrl: string;
  readonly logLevel?: LogLevel;
}

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Start a NestJS microservice on NATS request/reply (queue group = service name) with the platform's
 * validation pipe, error filter and per-message EntityManager context (`EmContextNatsServer`), and the platform's
 * heap growth (`tuneHeapGrowth`).
 */
export async function bootstrapService(module: Type<unknown> | DynamicModule, options: ServiceBootstrapOptions): Promise<INestMicroservice> {
  tuneHeapGrowth();
  const level = options.logLevel ?? 'log';
  const server = new EmContextNatsServer({ ...natsServerOptions(options.natsUrl), queue: options.service, name: `${options.service}-rpc` });
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    strategy: server,
    logger: LEVELS.slice(0, LEVELS.indexOf(level) + 1),
  });
  app.useGlobalPipes(createRpcValidationPipe());
  app.useGlobalFilters(new AllRpcExceptionsFilter());
  // One EntityManager fork per message, from the transport (no global interceptor: see EmContextNatsServer).
  server.useEntityManager(app.get(MikroORM).em);
  app.enableShutdownHooks();
  await app.listen();
  // The subscriptions are written but maybe not yet processed by the server: a round trip makes sure that a
  // request sent once this resolves finds its responder (a restart no longer answers "no responders").
  const nc = app.unwrap<{ flush?: () => Promise<void> }>();
  if (typeof nc?.flush === 'function') await nc.flush();
  new Logger(options.service).log(`listening on ${describeNatsUrl(options.natsUrl)}`);
  return app;
}
