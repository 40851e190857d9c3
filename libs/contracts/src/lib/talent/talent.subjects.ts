import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import {
  AddSessionRequest,
  AttendanceImportRequest,
  AttendanceRequest,
  CaseListRequest,
  CoverageRequest,
  CreateProgrammeRequest,
  CreateRoundRequest,
  DecideCaseRequest,
  EnrolRequest,
  ProgrammeListRequest,
  ProgrammeRef,
  RoundListRequest,
  SubmitCaseRequest,
} from './talent-work.rpc';
import type {
  AttendanceImportResultDto,
  CoverageDto,
  EnrolmentDto,
  NominationRoundDto,
  PersonDto,
  ProgrammeDto,
  SessionDto,
  TalentCaseDto,
  TalentEnterpriseDto,
  TalentEntitlementsDto,
  TalentScopeEntryDto,
  TalentScopeRequestDto,
} from './talent.dto';
import { TalentCaseDecidedEvent, TalentScopeEndedEvent, TalentScopeStartedEvent } from './talent.events';
import {
  PersonListRequest,
  PersonRef,
  RegisterPersonRequest,
  RevealPersonRequest,
  TalentInfoRequest,
  TalentScopeListRequest,
  TalentScopeRequest,
} from './talent.rpc';
import type { TalentInfo } from './talent.rpc';

/** JetStream stream of the talent service's facts. */
export const TALENT_STREAM = 'TALENT';

export const TALENT_RPC = {
  'talent.info.get': rpc<TalentInfoRequest, TalentInfo>(
    TalentInfoRequest,
    'What the talent service is and since when it runs',
  ),
  'talent.enterprise.get': rpc<TalentScopeRequest, TalentEnterpriseDto>(
    TalentScopeRequest,
    'An enterprise with its titles and their history, as projected from tiering',
  ),
  'talent.scope.get': rpc<TalentScopeRequest, TalentEntitlementsDto>(
    TalentScopeRequest,
    'Talent measures of an enterprise on a date (= npm run -s policy -- talent)',
  ),
  'talent.scope.request': rpc<TalentScopeRequest, TalentScopeRequestDto>(
    TalentScopeRequest,
    'The rules request ({ date, titles }) the scope answer is computed from',
  ),
  'talent.scope.list': rpc<TalentScopeListRequest, Page<TalentScopeEntryDto>>(
    TalentScopeListRequest,
    'Enterprises a measure applies to on a date (the 2+3+N list)',
  ),
  'talent.person.register': rpc<RegisterPersonRequest, PersonDto>(
    RegisterPersonRequest,
    'Register a person (ID and phone encrypted at rest)',
  ),
  'talent.person.list': rpc<PersonListRequest, Page<PersonDto>>(
    PersonListRequest,
    'People, ID and phone masked',
  ),
  'talent.person.get': rpc<PersonRef, PersonDto>(PersonRef, 'One person, ID and phone masked'),
  'talent.person.reveal': rpc<RevealPersonRequest, PersonDto>(
    RevealPersonRequest,
    'One person in full (permission talent:personal-data; audited by the gateway)',
  ),
  'talent.programme.create': rpc<CreateProgrammeRequest, ProgrammeDto>(
    CreateProgrammeRequest,
    'A training programme (S-54)',
  ),
  'talent.programme.list': rpc<ProgrammeListRequest, Page<ProgrammeDto>>(
    ProgrammeListRequest,
    'Training programmes',
  ),
  'talent.programme.get': rpc<ProgrammeRef, ProgrammeDto>(ProgrammeRef, 'One programme with its sessions'),
  'talent.session.add': rpc<AddSessionRequest, SessionDto>(AddSessionRequest, 'A session of a programme'),
  'talent.enrolment.add': rpc<EnrolRequest, EnrolmentDto>(
    EnrolRequest,
    'Enrol a person (and so the enterprise) in a programme',
  ),
  'talent.enrolment.list': rpc<ProgrammeRef, EnrolmentDto[]>(
    ProgrammeRef,
    'Enrolment and attendance of a programme',
  ),
  'talent.attendance.record': rpc<AttendanceRequest, EnrolmentDto>(
    AttendanceRequest,
    'Attendance of an enrolled person at a session',
  ),
  'talent.attendance.import': rpc<AttendanceImportRequest, AttendanceImportResultDto>(
    AttendanceImportRequest,
    'Attendance rows of an Excel sheet, with row errors',
  ),
  'talent.coverage.get': rpc<CoverageRequest, CoverageDto>(
    CoverageRequest,
    'S-54 training coverage of quality SMEs by county, with the uncovered list',
  ),
  'talent.case.submit': rpc<SubmitCaseRequest, TalentCaseDto>(
    SubmitCaseRequest,
    '职称 green channel, housing or nomination, checked against the title on the day',
  ),
  'talent.case.decide': rpc<DecideCaseRequest, TalentCaseDto>(
    DecideCaseRequest,
    'The reviewing department records the outcome',
  ),
  'talent.case.list': rpc<CaseListRequest, Page<TalentCaseDto>>(
    CaseListRequest,
    'Queues: green channel, housing, nominations',
  ),
  'talent.round.create': rpc<CreateRoundRequest, NominationRoundDto>(
    CreateRoundRequest,
    'An annual round of 劳模 or 八闽英才 nominations',
  ),
  'talent.round.list': rpc<RoundListRequest, NominationRoundDto[]>(RoundListRequest, 'Nomination rounds'),
} as const;

const audience = '市委人才办, 市人社局, 市住建局, 市总工会, 市工信局';

/** Events of the talent service (through its outbox). */
export const TALENT_EVENTS = {
  'talent.scope.started': event(TalentScopeStartedEvent, {
    stream: TALENT_STREAM,
    summary: 'A talent measure (2+3+N, training, title channel, housing, honours) applies to an enterprise from a date: a title was recognised or renewed.',
    audience,
  }),
  'talent.scope.ended': event(TalentScopeEndedEvent, {
    stream: TALENT_STREAM,
    summary: 'A talent measure no longer applies from a date: the title it rested on expired or was revoked.',
    audience,
  }),
  'talent.case.decided': event(TalentCaseDecidedEvent, {
    stream: TALENT_STREAM,
    summary: 'The reviewing department recorded the outcome of a 职称 green-channel, housing or nomination case.',
    audience,
  }),
} as const;
