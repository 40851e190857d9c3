import { DynamicModule, INestMicroservice, Logger, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';

import { EmContextInterceptor } from './em-context.interceptor';
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
 * validation pipe, error filter and per-message EntityManager context.
 */
export async function bootstrapService(module: Type<unknown> | DynamicModule, options: ServiceBootstrapOptions): Promise<INestMicroservice> {
  const level = options.logLevel ?? 'log';
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(module, {
    transport: Transport.NATS,
    options: { ...natsServerOptions(options.natsUrl), queue: options.service, name: `${options.service}-rpc` },
    logger: LEVELS.slice(0, LEVELS.indexOf(level) + 1),
  });
  app.useGlobalPipes(createRpcValidationPipe());
  app.useGlobalFilters(new AllRpcExceptionsFilter());
  app.useGlobalInterceptors(app.get(EmContextInterceptor));
  app.enableShutdownHooks();
  await app.listen();
  // The subscriptions are written but maybe not yet processed by the server: a round trip makes sure that a
  // request sent once this resolves finds its responder (a restart no longer answers "no responders").
  const nc = app.unwrap<{ flush?: () => Promise<void> }>();
  if (typeof nc?.flush === 'function') await nc.flush();
  new Logger(options.service).log(`listening on ${describeNatsUrl(options.natsUrl)}`);
  return app;
}
