import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { tuneHeapGrowth } from '@ladder/platform-messaging';

import { loadGatewayEnv } from './config/gateway.env';
import { createGatewayApp } from './http-app';

async function main(): Promise<void> {
  tuneHeapGrowth();
  const env = loadGatewayEnv();
  const app = await createGatewayApp(env);
  await app.listen({ port: env.PORT, host: env.HOST });
  new Logger('Gateway').log(`listening on http://localhost:${env.PORT} (API /api, OpenAPI /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
