import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import {
  AppealNoteRequest,
  AppealQuery,
  AppealRef,
  AppealTextRequest,
  DecideCommitmentRequest,
  RaiseAppealRequest,
  RateAppealRequest,
  RequestCommitmentRequest,
  RouteAppealRequest,
  ServiceNoticeQuery,
  SlaScanRequest,
  StatisticsQuery,
  TransferAppealRequest,
} from './appeal.rpc';
import type {
  AppealDto,
  MeetingDto,
  ServiceNoticeDto,
  SlaScanResultDto,
  StatisticsDto,
  UnvisitedEnterpriseDto,
  VisitDto,
} from './servicedesk.dto';
import { AppealRaisedEvent, AppealRatedEvent, AppealResolvedEvent, AppealRoutedEvent, AppealEscalatedEvent, AppealWarnedEvent } from './servicedesk.events';
import { ServicedeskInfoRequest } from './servicedesk.rpc';
import type { ServicedeskInfo } from './servicedesk.rpc';
import { HoldMeetingRequest, LogVisitRequest, MeetingQuery, MeetingRef, UnvisitedQuery, VisitQuery } from './visit.rpc';

/** JetStream stream of the servicedesk service's facts. */
export const SERVICEDESK_STREAM = 'SERVICEDESK';

export const SERVICEDESK_RPC = {
  'servicedesk.info.get': rpc<ServicedeskInfoRequest, ServicedeskInfo>(ServicedeskInfoRequest, 'What the servicedesk service is and since when it runs'),
  'servicedesk.appeal.raise': rpc<RaiseAppealRequest, AppealDto>(RaiseAppealRequest, 'Record an appeal (诉求) for an enterprise'),
  'servicedesk.appeal.get': rpc<AppealRef, AppealDto>(AppealRef, 'One appeal with its clocks and timeline'),
  'servicedesk.appeal.list': rpc<AppealQuery, Page<AppealDto>>(AppealQuery, 'Appeals (a department sees its own)'),
  'servicedesk.appeal.route': rpc<RouteAppealRequest, AppealDto>(RouteAppealRequest, '工信局 triage: route to a department'),
  'servicedesk.appeal.transfer': rpc<TransferAppealRequest, AppealDto>(TransferAppealRequest, 'Transfer to another department with a reason'),
  'servicedesk.appeal.acknowledge': rpc<AppealNoteRequest, AppealDto>(AppealNoteRequest, 'The department signs for the appeal'),
  'servicedesk.appeal.wait': rpc<AppealTextRequest, AppealDto>(AppealTextRequest, 'Ask the enterprise for something: the clocks pause'),
  'servicedesk.appeal.resume': rpc<AppealNoteRequest, AppealDto>(AppealNoteRequest, 'The enterprise answered: the clocks run again'),
  'servicedesk.appeal.answer': rpc<AppealTextRequest, AppealDto>(AppealTextRequest, 'The department answers'),
  'servicedesk.appeal.resolve': rpc<AppealTextRequest, AppealDto>(AppealTextRequest, 'The department resolves (办结)'),
  'servicedesk.appeal.rate': rpc<RateAppealRequest, AppealDto>(RateAppealRequest, 'Satisfaction of the enterprise; 1–2 reopens'),
  'servicedesk.commitment.request': rpc<RequestCommitmentRequest, AppealDto>(RequestCommitmentRequest, 'Ask for a committed date (complex case)'),
  'servicedesk.commitment.decide': rpc<DecideCommitmentRequest, AppealDto>(DecideCommitmentRequest, '工信局 approver decides the committed date'),
  'servicedesk.sla.scan': rpc<SlaScanRequest, SlaScanResultDto>(SlaScanRequest, 'Warnings and escalations due today (idempotent)'),
  'servicedesk.notice.list': rpc<ServiceNoticeQuery, Page<ServiceNoticeDto>>(ServiceNoticeQuery, 'SLA warnings and escalations for the console'),
  'servicedesk.visit.log': rpc<LogVisitRequest, VisitDto>(LogVisitRequest, 'Log a liaison visit; its issues become appeals'),
  'servicedesk.visit.list': rpc<VisitQuery, Page<VisitDto>>(VisitQuery, 'Visits'),
  'servicedesk.visit.gaps': rpc<UnvisitedQuery, Page<UnvisitedEnterpriseDto>>(UnvisitedQuery, '专精特新 enterprises not visited in a year'),
  'servicedesk.meeting.hold': rpc<HoldMeetingRequest, MeetingDto>(HoldMeetingRequest, 'Record a 面对面 meeting; follow-ups become appeals'),
  'servicedesk.meeting.list': rpc<MeetingQuery, Page<MeetingDto>>(MeetingQuery, '面对面 meetings'),
  'servicedesk.meeting.get': rpc<MeetingRef, MeetingDto>(MeetingRef, 'One meeting'),
  'servicedesk.statistics.get': rpc<StatisticsQuery, StatisticsDto>(StatisticsQuery, '办结率, on-time rate, working days, satisfaction'),
} as const;

const audience = '市工信局, departments, counties (assessment S-59)';

export const SERVICEDESK_EVENTS = {
  'servicedesk.appeal.raised': event(AppealRaisedEvent, { stream: SERVICEDESK_STREAM, summary: 'An appeal (诉求) was recorded for an enterprise.', audience }),
  'servicedesk.appeal.routed': event(AppealRoutedEvent, {
    stream: SERVICEDESK_STREAM,
    summary: 'An appeal went to a department (triage, transfer or reopening); its SLA clocks (re)started.',
    audience,
  }),
  'servicedesk.appeal.resolved': event(AppealResolvedEvent, { stream: SERVICEDESK_STREAM, summary: 'A department resolved (办结) an appeal.', audience }),
  'servicedesk.appeal.rated': event(AppealRatedEvent, { stream: SERVICEDESK_STREAM, summary: 'The enterprise rated the handling; 1–2 reopens.', audience }),
  'servicedesk.appeal.warned': event(AppealWarnedEvent, {
    stream: SERVICEDESK_STREAM,
    summary: 'An SLA deadline of an appeal is due today (once per appeal, cycle and deadline).',
    audience,
  }),
  'servicedesk.appeal.escalated': event(AppealEscalatedEvent, {
    stream: SERVICEDESK_STREAM,
    summary: 'An SLA deadline passed: escalated to the department leader and 市工信局 (once per appeal, cycle and deadline).',
    audience,
  }),
} as const;
