import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A person of an enterprise (staff, trainee, applicant). The 居民身份证号 and the phone are stored only encrypted
 * (AES-256-GCM, key TALENT_DATA_KEY); `residentIdIndex` is a keyed HMAC of the number for uniqueness and look-up,
 * `residentIdMasked` what lists show.
 */
@Entity({ tableName: 'person' })
@Index({ name: 'person_enterprise_idx', properties: ['uscc'] })
@Unique({ name: 'person_resident_id_unique', properties: ['residentIdIndex'] })
export class Person {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  position: string | null = null;

  @Property({ type: 'text' })
  residentIdCipher!: string;

  @Property({ type: 'string', length: 64 })
  residentIdIndex!: string;

  @Property({ type: 'string', length: 18 })
  residentIdMasked!: string;

  @Property({ type: 'text', nullable: true })
  phoneCipher: string | null = null;

  @Property({ type: 'string', length: 11, nullable: true })
  phoneMasked: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
