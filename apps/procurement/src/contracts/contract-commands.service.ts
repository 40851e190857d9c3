import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import type { ContractDateRequest, ContractDto, RecordContractRequest, RecordPaymentRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope } from '@ladder/platform-messaging';

import { RECORD_TX } from '../procurement.tokens';
import { applyAcceptance, applyDelivery, applyPayment, newContract } from './contract-factory';
import { judgeContract } from './contract-judge';
import { ProcurementContract } from './procurement-contract.entity';

/**
 * Contracts under the payment regulation: recorded with the supplier's size fixed at signing, then the delivery,
 * the acceptance and the payments. Dates must keep their order (signing ≤ delivery ≤ acceptance) and payments
 * never exceed the amount; the due date and interest are judged on read (contract-judge.ts).
 */
@Injectable()
export class ContractCommands {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  record(req: RecordContractRequest): Promise<ContractDto> {
    return this.transactions.run(async (em) => {
      assertInScope(req.actor, req.countyCode);
      const { actor, ...body } = req;
      const c = await newContract(em, body, actor.username);
      await em.flush();
      return judgeContract(c, this.clock.today());
    }, RECORD_TX);
  }

  deliver(req: ContractDateRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => applyDelivery(c, req.date));
  }

  accept(req: ContractDateRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => applyAcceptance(c, req.date));
  }

  pay(req: RecordPaymentRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => applyPayment(c, req.paidOn, req.amountFen));
  }

  private change(contractId: string, actor: RecordContractRequest['actor'], apply: (c: ProcurementContract) => void): Promise<ContractDto> {
    return this.transactions.run(async (em: EntityManager) => {
      const c = await em.findOne(ProcurementContract, { id: contractId });
      if (!c) throw new DomainException('PROCUREMENT_CONTRACT_NOT_FOUND');
      assertInScope(actor, c.countyCode);
      apply(c);
      await em.flush();
      return judgeContract(c, this.clock.today());
    }, RECORD_TX);
  }
}
