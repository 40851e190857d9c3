import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
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
  PersonListRequest,
  PersonRef,
  ProgrammeListRequest,
  ProgrammeRef,
  RegisterPersonRequest,
  RevealPersonRequest,
  RoundListRequest,
  SubmitCaseRequest,
  TalentInfoRequest,
  TalentScopeListRequest,
  TalentScopeRequest,
} from '@ladder/contracts';
import type { RpcResponse, RpcSubject } from '@ladder/contracts';

import { CasesService } from './cases/cases.service';
import { TalentInfoService } from './info/info.service';
import { PeopleService } from './people/people.service';
import { ScopeService } from './scope/scope.service';
import { CoverageService } from './training/coverage.service';
import { TrainingService } from './training/training.service';

type R<S extends RpcSubject> = Promise<RpcResponse<S>>;

/** Thin: validated payload in, use case out. */
@Controller()
export class TalentMessageController {
  constructor(
    private readonly info: TalentInfoService,
    private readonly scope: ScopeService,
    private readonly people: PeopleService,
    private readonly training: TrainingService,
    private readonly coverage: CoverageService,
    private readonly cases: CasesService,
  ) {}

  @MessagePattern('talent.info.get')
  infoGet(@Payload() _req: TalentInfoRequest): R<'talent.info.get'> {
    return this.info.get();
  }

  @MessagePattern('talent.enterprise.get')
  enterprise(@Payload() req: TalentScopeRequest): R<'talent.enterprise.get'> {
    return this.scope.enterprise(req);
  }

  @MessagePattern('talent.scope.get')
  scopeGet(@Payload() req: TalentScopeRequest): R<'talent.scope.get'> {
    return this.scope.get(req);
  }

  @MessagePattern('talent.scope.request')
  scopeRequest(@Payload() req: TalentScopeRequest): R<'talent.scope.request'> {
    return this.scope.request(req);
  }

  @MessagePattern('talent.scope.list')
  scopeList(@Payload() req: TalentScopeListRequest): R<'talent.scope.list'> {
    return this.scope.list(req);
  }

  @MessagePattern('talent.person.register')
  register(@Payload() req: RegisterPersonRequest): R<'talent.person.register'> {
    return this.people.register(req);
  }

  @MessagePattern('talent.person.list')
  peopleList(@Payload() req: PersonListRequest): R<'talent.person.list'> {
    return this.people.list(req);
  }

  @MessagePattern('talent.person.get')
  person(@Payload() req: PersonRef): R<'talent.person.get'> {
    return this.people.get(req);
  }

  @MessagePattern('talent.person.reveal')
  reveal(@Payload() req: RevealPersonRequest): R<'talent.person.reveal'> {
    return this.people.reveal(req);
  }

  @MessagePattern('talent.programme.create')
  createProgramme(@Payload() req: CreateProgrammeRequest): R<'talent.programme.create'> {
    return this.training.create(req);
  }

  @MessagePattern('talent.programme.list')
  programmes(@Payload() req: ProgrammeListRequest): R<'talent.programme.list'> {
    return this.training.list(req);
  }

  @MessagePattern('talent.programme.get')
  programme(@Payload() req: ProgrammeRef): R<'talent.programme.get'> {
    return this.training.get(req);
  }

  @MessagePattern('talent.session.add')
  addSession(@Payload() req: AddSessionRequest): R<'talent.session.add'> {
    return this.training.addSession(req);
  }

  @MessagePattern('talent.enrolment.add')
  enrol(@Payload() req: EnrolRequest): R<'talent.enrolment.add'> {
    return this.training.enrol(req);
  }

  @MessagePattern('talent.enrolment.list')
  enrolments(@Payload() req: ProgrammeRef): R<'talent.enrolment.list'> {
    return this.training.enrolments(req);
  }

  @MessagePattern('talent.attendance.record')
  attend(@Payload() req: AttendanceRequest): R<'talent.attendance.record'> {
    return this.training.attend(req);
  }

  @MessagePattern('talent.attendance.import')
  importAttendance(@Payload() req: AttendanceImportRequest): R<'talent.attendance.import'> {
    return this.training.importAttendance(req);
  }

  @MessagePattern('talent.coverage.get')
  coverageGet(@Payload() req: CoverageRequest): R<'talent.coverage.get'> {
    return this.coverage.get(req);
  }

  @MessagePattern('talent.case.submit')
  submit(@Payload() req: SubmitCaseRequest): R<'talent.case.submit'> {
    return this.cases.submit(req);
  }

  @MessagePattern('talent.case.decide')
  decide(@Payload() req: DecideCaseRequest): R<'talent.case.decide'> {
    return this.cases.decide(req);
  }

  @MessagePattern('talent.case.list')
  caseList(@Payload() req: CaseListRequest): R<'talent.case.list'> {
    return this.cases.list(req);
  }

  @MessagePattern('talent.round.create')
  createRound(@Payload() req: CreateRoundRequest): R<'talent.round.create'> {
    return this.cases.createRound(req);
  }

  @MessagePattern('talent.round.list')
  rounds(@Payload() req: RoundListRequest): R<'talent.round.list'> {
    return this.cases.rounds(req);
  }
}
