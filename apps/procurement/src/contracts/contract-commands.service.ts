import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import type { ContractDateRequest, ContractDto, RecordContractRequest, RecordPaymentRequest, SupplierSizeValue } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope } from '@ladder/platform-messaging';
import type { SizeClass } from '@ladder/shared-domain';

import { SupplierCard } from '../projection/supplier-card.entity';
import { RECORD_TX } from '../procurement.tokens';
import { judgeContract } from './contract-judge';
import { ProcurementContract } from './procurement-contract.entity';

/** The registry's size class in the payment regulation's terms (a non-SME is a large enterprise here). */
const SIZE_OF: Readonly<Record<SizeClass, SupplierSizeValue>> = { medium: 'medium', small: 'small', micro: 'micro', 'not-sme': 'large' };

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
      if (await em.findOne(ProcurementContract, { contractNumber: req.contractNumber })) throw new DomainException('PROCUREMENT_CONTRACT_EXISTS', `合同编号${req.contractNumber}已登记`);
      if (req.acceptanceCondition !== true && req.acceptanceDeadline !== undefined) {
        throw new DomainException('VALIDATION_FAILED', '约定验收期限时须以检验或验收合格为付款条件（acceptanceCondition 为 true）');
      }
      const card = await em.findOne(SupplierCard, { uscc: req.supplierUscc });
      const registrySize = card && card.status === 'active' && card.sizeClass ? SIZE_OF[card.sizeClass] : null;
      const c = new ProcurementContract();
      c.id = randomUUID();
      c.contractNumber = req.contractNumber;
      c.buyerName = req.buyerName;
      c.buyerKind = req.buyerKind;
      c.countyCode = req.countyCode;
      c.supplierUscc = req.supplierUscc;
      c.supplierName = req.supplierName;
      c.declaredSize = req.declaredSize;
      c.registrySize = registrySize;
      c.sizeAtSigning = registrySize ?? req.declaredSize;
      c.sizeSource = registrySize ? 'registry' : 'declared';
      c.signedOn = req.signedOn;
      c.amountFen = req.amountFen;
      c.acceptanceCondition = req.acceptanceCondition ?? false;
      c.acceptanceDeadline = req.acceptanceDeadline ?? null;
      c.agreedTermDays = req.agreedTermDays ?? null;
      c.backToBack = req.backToBack ?? false;
      c.agreedAnnualRateBp = req.agreedAnnualRateBp ?? null;
      c.createdBy = req.actor.username;
      em.persist(c);
      await em.flush();
      return judgeContract(c, this.clock.today());
    }, RECORD_TX);
  }

  deliver(req: ContractDateRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => {
      if (req.date < c.signedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `交付日期${req.date}早于合同订立日期${c.signedOn}`);
      if (c.acceptedOn !== null && req.date > c.acceptedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `交付日期${req.date}晚于验收合格日期${c.acceptedOn}`);
      c.deliveredOn = req.date;
    });
  }

  accept(req: ContractDateRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => {
      if (!c.acceptanceCondition) throw new DomainException('PROCUREMENT_CONTRACT_STATE', '该合同未约定以检验或验收合格为付款条件');
      if (c.deliveredOn === null || req.date < c.deliveredOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', '验收合格日期须在登记交付之后');
      c.acceptedOn = req.date;
    });
  }

  pay(req: RecordPaymentRequest): Promise<ContractDto> {
    return this.change(req.contractId, req.actor, (c) => {
      if (req.paidOn < c.signedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `付款日期${req.paidOn}早于合同订立日期${c.signedOn}`);
      const paid = c.payments.reduce((s, p) => s + p.amountFen, 0);
      if (paid + req.amountFen > c.amountFen) throw new DomainException('PROCUREMENT_PAYMENT_EXCEEDS', `已付${paid}分，本次${req.amountFen}分，合计超过应付金额${c.amountFen}分`);
      c.payments = [...c.payments, { paidOn: req.paidOn, amountFen: req.amountFen }].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
    });
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
