import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsHash,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { Actor, ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { Trim } from '../common/validators';

// Request/reply payloads of the Excel import: registry.import.*

export const MAX_IMPORT_ROWS = 20_000;
export const IMPORT_CHUNK_ROWS = 500;

/** registry.import.create */
export class CreateImportRequest extends ActorRequest {
  @Field({ zh: '文件名' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fileName!: string;

  @Field({ zh: '文件摘要', en: 'SHA-256 of the uploaded file, hex' })
  @IsHash('sha256')
  fileHash!: string;

  @Field({ zh: '数据行数', unit: 'count' })
  @IsInt()
  @Min(1, { message: '文件中没有数据行' })
  @Max(MAX_IMPORT_ROWS, { message: `单个文件最多${MAX_IMPORT_ROWS}行` })
  totalRows!: number;
}

/** One spreadsheet row, keyed by the template's column headers, as read from the cells. */
export class ImportRowInput {
  @Field({ zh: '行号', en: 'Row number in the sheet (header is row 1)' })
  @IsInt()
  @Min(2)
  rowNumber!: number;

  @Field({ zh: '单元格', en: 'Header → cell value (string, number, boolean or null)' })
  @IsObject()
  cells!: Record<string, string | number | boolean | null>;
}

/** registry.import.append — rows in chunks of at most IMPORT_CHUNK_ROWS. */
export class AppendImportRowsRequest extends ActorRequest {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '数据行' })
  @IsArray()
  @ArrayMaxSize(IMPORT_CHUNK_ROWS)
  @ValidateNested({ each: true })
  @Type(() => ImportRowInput)
  rows!: ImportRowInput[];
}

/** registry.import.start / registry.import.get / registry.import.errors */
export class ImportRefRequest {
  @Field({ zh: '导入批次' })
  @IsUUID()
  importId!: string;

  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class ListImportsRequest extends PageQuery {
  @Field({ zh: '操作人' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export type ImportStatus = 'receiving' | 'queued' | 'running' | 'completed' | 'failed';

export interface ImportJobDto {
  id: string;
  fileName: string;
  fileHash: string;
  status: ImportStatus;
  totalRows: number;
  receivedRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  unchangedRows: number;
  failedRows: number;
  /** A completed import of the same file before this one. */
  previousImportId: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRowErrorDto {
  rowNumber: number;
  uscc: string | null;
  name: string | null;
  messages: string[];
}
