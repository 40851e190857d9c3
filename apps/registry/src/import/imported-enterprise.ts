import { EnterpriseFields, Field, IsUscc } from '@ladder/contracts';

/** The enterprise part of an import row: the create fields plus the key. */
export class ImportedEnterprise extends EnterpriseFields {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}
