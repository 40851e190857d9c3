import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AppealNoteRequest,
  AppealQuery,
  AppealRef,
  AppealTextRequest,
  DecideCommitmentRequest,
  HoldMeetingRequest,
  LogVisitRequest,
  MeetingQuery,
  MeetingRef,
  RaiseAppealRequest,
  RateAppealRequest,
  RequestCommitmentRequest,
  RouteAppealRequest,
  ServiceNoticeQuery,
  ServicedeskInfoRequest,
  SlaScanRequest,
  StatisticsQuery,
  TransferAppealRequest,
  UnvisitedQuery,
  VisitQuery,
} from '@ladder/contracts';
import type { RpcResponse, RpcSubject } from '@ladder/contracts';

import { AppealCommands } from './appeals/appeal-commands.service';
import { AppealQueries } from './appeals/appeal-queries.service';
import { ServicedeskInfoService } from './info/info.service';
import { SlaScanService } from './sla/sla-scan.service';
import { StatisticsService } from './statistics/statistics.service';
import { VisitService } from './visits/visit.service';

type R<S extends RpcSubject> = Promise<RpcResponse<S>>;

/** Thin: validated payload in, use case out. */
@Controller()
export class ServicedeskMessageController {
  constructor(
    private readonly info: ServicedeskInfoService,
    private readonly commands: AppealCommands,
    private readonly queries: AppealQueries,
    private readonly sla: SlaScanService,
    private readonly visits: VisitService,
    private readonly statistics: StatisticsService,
  ) {}

  @MessagePattern('servicedesk.info.get')
  infoGet(@Payload() _req: ServicedeskInfoRequest): R<'servicedesk.info.get'> {
    return this.info.get();
  }

  @MessagePattern('servicedesk.appeal.raise')
  raise(@Payload() req: RaiseAppealRequest): R<'servicedesk.appeal.raise'> {
    return this.commands.raise(req);
  }

  @MessagePattern('servicedesk.appeal.get')
  get(@Payload() req: AppealRef): R<'servicedesk.appeal.get'> {
    return this.queries.get(req);
  }

  @MessagePattern('servicedesk.appeal.list')
  list(@Payload() req: AppealQuery): R<'servicedesk.appeal.list'> {
    return this.queries.list(req);
  }

  @MessagePattern('servicedesk.appeal.route')
  route(@Payload() req: RouteAppealRequest): R<'servicedesk.appeal.route'> {
    return this.commands.route(req);
  }

  @MessagePattern('servicedesk.appeal.transfer')
  transfer(@Payload() req: TransferAppealRequest): R<'servicedesk.appeal.transfer'> {
    return this.commands.transfer(req);
  }

  @MessagePattern('servicedesk.appeal.acknowledge')
  acknowledge(@Payload() req: AppealNoteRequest): R<'servicedesk.appeal.acknowledge'> {
    return this.commands.acknowledge(req);
  }

  @MessagePattern('servicedesk.appeal.wait')
  wait(@Payload() req: AppealTextRequest): R<'servicedesk.appeal.wait'> {
    return this.commands.wait(req);
  }

  @MessagePattern('servicedesk.appeal.resume')
  resume(@Payload() req: AppealNoteRequest): R<'servicedesk.appeal.resume'> {
    return this.commands.resume(req);
  }

  @MessagePattern('servicedesk.appeal.answer')
  answer(@Payload() req: AppealTextRequest): R<'servicedesk.appeal.answer'> {
    return this.commands.answer(req);
  }

  @MessagePattern('servicedesk.appeal.resolve')
  resolve(@Payload() req: AppealTextRequest): R<'servicedesk.appeal.resolve'> {
    return this.commands.resolve(req);
  }

  @MessagePattern('servicedesk.appeal.rate')
  rate(@Payload() req: RateAppealRequest): R<'servicedesk.appeal.rate'> {
    return this.commands.rate(req);
  }

  @MessagePattern('servicedesk.commitment.request')
  requestCommitment(@Payload() req: RequestCommitmentRequest): R<'servicedesk.commitment.request'> {
    return this.commands.requestCommitment(req);
  }

  @MessagePattern('servicedesk.commitment.decide')
  decideCommitment(@Payload() req: DecideCommitmentRequest): R<'servicedesk.commitment.decide'> {
    return this.commands.decideCommitment(req);
  }

  @MessagePattern('servicedesk.sla.scan')
  scan(@Payload() _req: SlaScanRequest): R<'servicedesk.sla.scan'> {
    return this.sla.scan();
  }

  @MessagePattern('servicedesk.notice.list')
  notices(@Payload() req: ServiceNoticeQuery): R<'servicedesk.notice.list'> {
    return this.sla.notices(req);
  }

  @MessagePattern('servicedesk.visit.log')
  logVisit(@Payload() req: LogVisitRequest): R<'servicedesk.visit.log'> {
    return this.visits.log(req);
  }

  @MessagePattern('servicedesk.visit.list')
  listVisits(@Payload() req: VisitQuery): R<'servicedesk.visit.list'> {
    return this.visits.visits(req);
  }

  @MessagePattern('servicedesk.visit.gaps')
  gaps(@Payload() req: UnvisitedQuery): R<'servicedesk.visit.gaps'> {
    return this.visits.unvisited(req);
  }

  @MessagePattern('servicedesk.meeting.hold')
  hold(@Payload() req: HoldMeetingRequest): R<'servicedesk.meeting.hold'> {
    return this.visits.hold(req);
  }

  @MessagePattern('servicedesk.meeting.list')
  meetings(@Payload() req: MeetingQuery): R<'servicedesk.meeting.list'> {
    return this.visits.meetings(req);
  }

  @MessagePattern('servicedesk.meeting.get')
  meeting(@Payload() req: MeetingRef): R<'servicedesk.meeting.get'> {
    return this.visits.meeting(req);
  }

  @MessagePattern('servicedesk.statistics.get')
  stats(@Payload() req: StatisticsQuery): R<'servicedesk.statistics.get'> {
    return this.statistics.get(req);
  }
}
