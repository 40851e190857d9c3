import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import type { AnnualDataDto, ChangeLogEntryDto } from './annual-data.dto';
import type { EnterpriseDto } from './enterprise.dto';
import {
  AnnualDataSubmittedEvent,
  EnterpriseReadmittedEvent,
  EnterpriseRegisteredEvent,
  EnterpriseRemovedEvent,
  EnterpriseUpdatedEvent,
} from './registry.events';
import { ListAnnualDataRequest, SubmitAnnualDataRequest } from './annual-data.rpc';
import {
  CreateEnterpriseRequest,
  EnterpriseHistoryRequest,
  GetEnterpriseRequest,
  ListEnterprisesRequest,
  ReadmitEnterpriseRequest,
  RemoveEnterpriseRequest,
  UpdateEnterpriseRequest,
} from './enterprise.rpc';
import { AppendImportRowsRequest, CreateImportRequest, ImportRefRequest, ListImportsRequest } from './import.rpc';
import type { ImportJobDto, ImportRowErrorDto } from './import.rpc';
import { SubmitProfileRequest } from './profile.rpc';
import type { ProfileResultDto } from './profile.rpc';
import { RegistryStatsRequest } from './stats.rpc';
import type { RegistryStatsDto } from './stats.rpc';

export const REGISTRY_STREAM = 'REGISTRY';

export const REGISTRY_RPC = {
  'registry.enterprise.create': rpc<CreateEnterpriseRequest, EnterpriseDto>(
    CreateEnterpriseRequest,
    'Register an enterprise and admit it to the pool (入库)',
  ),
  'registry.enterprise.update': rpc<UpdateEnterpriseRequest, { before: EnterpriseDto; after: EnterpriseDto }>(
    UpdateEnterpriseRequest,
    'Change descriptive fields of an enterprise',
  ),
  'registry.enterprise.get': rpc<GetEnterpriseRequest, EnterpriseDto>(GetEnterpriseRequest, 'One enterprise by USCC'),
  'registry.enterprise.list': rpc<ListEnterprisesRequest, Page<EnterpriseDto>>(
    ListEnterprisesRequest,
    'Filtered, paginated list of the pool',
  ),
  'registry.enterprise.remove': rpc<RemoveEnterpriseRequest, { before: EnterpriseDto; after: EnterpriseDto }>(
    RemoveEnterpriseRequest,
    'Remove an enterprise from the pool (出库) with a reason',
  ),
  'registry.enterprise.readmit': rpc<ReadmitEnterpriseRequest, { before: EnterpriseDto; after: EnterpriseDto }>(
    ReadmitEnterpriseRequest,
    'Re-admit a removed enterprise',
  ),
  'registry.enterprise.history': rpc<EnterpriseHistoryRequest, ChangeLogEntryDto[]>(
    EnterpriseHistoryRequest,
    'Change history of an enterprise',
  ),
  'registry.annual-data.submit': rpc<SubmitAnnualDataRequest, { before: AnnualDataDto | null; after: AnnualDataDto }>(
    SubmitAnnualDataRequest,
    'Submit or correct the facts of one year',
  ),
  'registry.profile.submit': rpc<SubmitProfileRequest, ProfileResultDto>(
    SubmitProfileRequest,
    'Register or update an enterprise from a profile with its annual data (one transaction)',
  ),
  'registry.annual-data.list': rpc<ListAnnualDataRequest, AnnualDataDto[]>(ListAnnualDataRequest, 'Annual data by year'),
  'registry.stats.summary': rpc<RegistryStatsRequest, RegistryStatsDto>(RegistryStatsRequest, 'Counts for the dashboard'),
  'registry.import.create': rpc<CreateImportRequest, ImportJobDto>(CreateImportRequest, 'Open an Excel import batch'),
  'registry.import.append': rpc<AppendImportRowsRequest, ImportJobDto>(AppendImportRowsRequest, 'Add rows to a batch'),
  'registry.import.start': rpc<ImportRefRequest, ImportJobDto>(ImportRefRequest, 'Queue a fully received batch'),
  'registry.import.get': rpc<ImportRefRequest, ImportJobDto>(ImportRefRequest, 'Progress of a batch'),
  'registry.import.errors': rpc<ImportRefRequest, ImportRowErrorDto[]>(ImportRefRequest, 'Rejected rows of a batch'),
  'registry.import.list': rpc<ListImportsRequest, Page<ImportJobDto>>(ListImportsRequest, 'Recent batches'),
} as const;

export const REGISTRY_EVENTS = {
  'registry.enterprise.registered': event(EnterpriseRegisteredEvent, {
    stream: REGISTRY_STREAM,
    summary: 'An enterprise was registered and admitted to the cultivation pool (入库).',
    audience: 'tiering, subsidies, guarantees, talent, procurement, other bureaus',
  }),
  'registry.enterprise.updated': event(EnterpriseUpdatedEvent, {
    stream: REGISTRY_STREAM,
    summary: 'Descriptive fields of an enterprise changed (name, county, industry group, chains, contacts…).',
    audience: 'every service keeping an enterprise projection',
  }),
  'registry.enterprise.annual-data-submitted': event(AnnualDataSubmittedEvent, {
    stream: REGISTRY_STREAM,
    summary: 'The facts of one year were submitted or corrected; carries the facts and the SME size class.',
    audience: 'tiering (re-evaluation), subsidies (policy matching), other bureaus',
  }),
  'registry.enterprise.removed': event(EnterpriseRemovedEvent, {
    stream: REGISTRY_STREAM,
    summary: 'An enterprise was removed from the pool (出库), with the reason.',
    audience: 'tiering, subsidies, other bureaus',
  }),
  'registry.enterprise.readmitted': event(EnterpriseReadmittedEvent, {
    stream: REGISTRY_STREAM,
    summary: 'A removed enterprise was admitted to the pool again.',
    audience: 'tiering, subsidies, other bureaus',
  }),
} as const;
