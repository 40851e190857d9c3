import { Injectable } from '@nestjs/common';
import type { ComputePaymentRequest, ComputeProcurementRequest, ErrorDetail, PolicyComputation } from '@ladder/contracts';
import { DomainException } from '@ladder/platform-messaging';
import {
  CalendarNotLoadedError,
  PROVISIONAL_WORKING_CALENDAR,
  PaymentRequestError,
  ProcurementRequestError,
  computePayment,
  computeProcurement,
  provisionalNote,
  validatePaymentParameters,
  validatePaymentRequest,
  validateProcurementParameters,
  validateProcurementRequest,
} from '@ladder/policy';
import type { PaymentParameters, ProcurementParameters } from '@ladder/policy';

const details = (problems: readonly string[]): ErrorDetail[] => problems.map((message) => ({ message }));

function invalid(what: string, problems: readonly string[]): DomainException {
  return new DomainException('PROCUREMENT_INVALID_REQUEST', `${what}：${problems.join('；')}`, details(problems));
}

/** The result as the command prints it: plain JSON (what `JSON.stringify` keeps). */
const asJson = (value: unknown): PolicyComputation => JSON.parse(JSON.stringify(value)) as PolicyComputation;

/**
 * The two 测算 of the policy commands (`npm run -s policy -- procurement|payment`, tools/policy): the same
 * validation, the same parameters, the same calendar fallback, hence the same JSON. Invalid input is
 * PROCUREMENT_INVALID_REQUEST with every problem in Chinese; a date beyond the loaded calendar in strict mode is
 * PROCUREMENT_CALENDAR_NOT_LOADED.
 */
@Injectable()
export class ComputeService {
  preference(req: ComputeProcurementRequest): PolicyComputation {
    const validation = validateProcurementRequest(req.request);
    if (!validation.ok) throw invalid('政府采购测算请求不符合格式（见 docs/procurement-request.schema.json）', validation.problems);
    let params: Partial<ProcurementParameters> | undefined;
    if (req.params !== undefined) {
      const problems = validateProcurementParameters(req.params);
      if (problems.length > 0) throw invalid('参数无效', problems);
      params = req.params;
    }
    try {
      return asJson(computeProcurement(validation.value, { params }));
    } catch (error) {
      if (error instanceof ProcurementRequestError) throw invalid('政府采购测算请求无效', error.problems);
      throw error;
    }
  }

  payment(req: ComputePaymentRequest): PolicyComputation {
    const validation = validatePaymentRequest(req.request);
    if (!validation.ok) throw invalid('款项支付测算请求不符合格式（见 docs/payment-request.schema.json）', validation.problems);
    let params: Partial<PaymentParameters> | undefined;
    if (req.params !== undefined) {
      const problems = validatePaymentParameters(req.params);
      if (problems.length > 0) throw invalid('参数无效', problems);
      params = req.params;
    }
    try {
      try {
        return asJson(computePayment(validation.value, { params }));
      } catch (error) {
        if (!(error instanceof CalendarNotLoadedError) || req.calendar !== 'provisional') throw error;
        const result = computePayment(validation.value, { params, calendar: PROVISIONAL_WORKING_CALENDAR });
        return asJson({ ...result, calendarProvisional: true, calendarNote: provisionalNote([error.year]) });
      }
    } catch (error) {
      if (error instanceof PaymentRequestError) throw invalid('款项支付测算请求无效', error.problems);
      if (error instanceof CalendarNotLoadedError) throw new DomainException('PROCUREMENT_CALENDAR_NOT_LOADED', error.message);
      throw error;
    }
  }
}
