import { createSecretKey } from 'node:crypto';

import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MessagingModule } from '@ladder/platform-messaging';

import { AccountsController } from './accounts/accounts.controller';
import { AccountsService } from './accounts/accounts.service';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { SessionCache } from './auth/session-cache';
import { GatewayEnv } from './config/gateway.env';
import { EnterprisesController } from './enterprises/enterprises.controller';
import { ExcelService } from './enterprises/excel.service';
import { ImportsController } from './enterprises/imports.controller';
import { GATEWAY_ENV } from './gateway.tokens';
import { GuaranteesExcelService } from './guarantees/guarantees-excel.service';
import { GuaranteesController } from './guarantees/guarantees.controller';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ProcurementController } from './procurement/procurement.controller';
import { ProcurementExcelService } from './procurement/procurement-excel.service';
import { ServicedeskExcelService } from './servicedesk/servicedesk-excel.service';
import { ServicedeskController } from './servicedesk/servicedesk.controller';
import { TalentExcelService } from './talent/talent-excel.service';
import { TalentController } from './talent/talent.controller';
import { SubsidiesExcelService } from './subsidies/subsidies-excel.service';
import { SubsidiesController } from './subsidies/subsidies.controller';
import { TieringExcelService } from './tiering/tiering-excel.service';
import { TieringController } from './tiering/tiering.controller';
import { GATEWAY_SERVICE, createGatewayOrmConfig } from './mikro-orm.config';

@Module({})
export class GatewayModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    const jwtKey = createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8'));
    return {
      module: GatewayModule,
      imports: [
        MikroOrmModule.forRoot({ ...createGatewayOrmConfig(env), registerRequestContext: false }),
        MessagingModule.forClient({ service: GATEWAY_SERVICE, natsUrl: env.NATS_URL, rpcTimeoutMs: env.RPC_TIMEOUT_MS }),
        // The secret imported once as a KeyObject: given as a string, jsonwebtoken imports it on every call
        // (≈ 1 ms of a request, first trying it as a public key).
        JwtModule.register({
          secretOrKeyProvider: () => jwtKey,
          signOptions: { issuer: 'sme-ladder' },
          verifyOptions: { issuer: 'sme-ladder', algorithms: ['HS256'] },
        }),
      ],
      controllers: [
        AuthController,
        AccountsController,
        AuditController,
        EnterprisesController,
        ImportsController,
        HealthController,
        TieringController,
        SubsidiesController,
        ServicedeskController,
        GuaranteesController,
        ProcurementController,
        TalentController,
      ],
      providers: [
        { provide: GATEWAY_ENV, useValue: env },
        { provide: SessionCache, useValue: new SessionCache(env.AUTH_CACHE_SECONDS * 1000) },
        AuthService,
        AccountsService,
        HealthService,
        AuditService,
        ExcelService,
        TieringExcelService,
        SubsidiesExcelService,
        ServicedeskExcelService,
        GuaranteesExcelService,
        TalentExcelService,
        ProcurementExcelService,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
