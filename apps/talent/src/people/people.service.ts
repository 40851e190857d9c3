import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  Actor,
  Page,
  PersonDto,
  PersonListRequest,
  PersonRef,
  RegisterPersonRequest,
  RevealPersonRequest,
} from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { maskResidentId } from '@ladder/shared-domain';
import { PERM, hasPermission, isRole, permissionsOf } from '@ladder/shared-permissions';

import { PersonalDataCipher, maskPhone } from '../personal-data/personal-data.cipher';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { TALENT_TX } from '../talent.tokens';
import { Person } from './person.entity';

const RESIDENT_ID = 'person.resident_id';
const PHONE = 'person.phone';

/**
 * People of enterprises. The 居民身份证号 and phone are encrypted before they reach the entity; lists and reads
 * are masked; `reveal` decrypts for an actor holding `talent:personal-data` (the gateway audits every call).
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async register(req: RegisterPersonRequest): Promise<PersonDto> {
    return this.transactions.run(async (em) => {
      const card = await em.findOne(EnterpriseCard, { uscc: req.uscc });
      if (!card || card.registryVersion === 0)
        throw new DomainException(
          'TALENT_ENTERPRISE_UNKNOWN',
          `未找到企业 ${req.uscc}（尚未收到企业培育库的登记信息）`,
        );
      assertInScope(req.actor, card.countyCode);
      const index = this.cipher.index(req.residentId, RESIDENT_ID);
      if (await em.count(Person, { residentIdIndex: index }))
        throw new DomainException('TALENT_PERSON_DUPLICATE');
      const p = new Person();
      p.id = randomUUID();
      p.name = req.name;
      p.uscc = card.uscc;
      p.position = req.position ?? null;
      p.residentIdCipher = this.cipher.encrypt(req.residentId, RESIDENT_ID);
      p.residentIdIndex = index;
      p.residentIdMasked = maskResidentId(req.residentId);
      p.phoneCipher = req.phone ? this.cipher.encrypt(req.phone, PHONE) : null;
      p.phoneMasked = req.phone ? maskPhone(req.phone) : null;
      p.createdBy = req.actor.username;
      em.persist(p);
      return this.dto(p, card, false);
    }, TALENT_TX);
  }

  async list(req: PersonListRequest): Promise<Page<PersonDto>> {
    const county = scopedCounty(req.actor, req.county);
    const where: FilterQuery<Person> = {};
    if (req.uscc) where.uscc = req.uscc;
    if (req.name) where.name = { $like: `%${req.name.replace(/[%_]/g, '')}%` };
    if (county)
      where.uscc = {
        $in: (await this.em.find(EnterpriseCard, { countyCode: county }, { fields: ['uscc'] }))
          .map((c) => c.uscc)
          .filter((u) => !req.uscc || u === req.uscc),
      };
    const page = req.page ?? 1;
    const pageSize = req.pageSize ?? 20;
    const [items, total] = await this.em.findAndCount(Person, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const cards = await this.cards(items.map((p) => p.uscc));
    return { items: items.map((p) => this.dto(p, cards.get(p.uscc), false)), total, page, pageSize };
  }

  async get(req: PersonRef): Promise<PersonDto> {
    const { person, card } = await this.load(req.personId, req.actor);
    return this.dto(person, card, false);
  }

  async reveal(req: RevealPersonRequest): Promise<PersonDto> {
    if (!hasPermission(permissionsOf(req.actor.roles.filter(isRole)), PERM.talent.personalData))
      throw new DomainException('FORBIDDEN', '无权查看完整的身份证号和手机号');
    const { person, card } = await this.load(req.personId, req.actor);
    return this.dto(person, card, true);
  }

  /** A person by id (county accounts: only their county's). */
  async load(personId: string, actor?: Actor): Promise<{ person: Person; card: EnterpriseCard | undefined }> {
    const person = await this.em.findOne(Person, { id: personId });
    if (!person) throw new DomainException('TALENT_PERSON_NOT_FOUND');
    const card = (await this.em.findOne(EnterpriseCard, { uscc: person.uscc })) ?? undefined;
    assertInScope(actor, card?.countyCode);
    return { person, card };
  }

  /** The person registered with this 居民身份证号 (exact match through the keyed index). */
  findByResidentId(residentId: string): Promise<Person | null> {
    return this.em.findOne(Person, { residentIdIndex: this.cipher.index(residentId, RESIDENT_ID) });
  }

  async cards(usccs: readonly string[]): Promise<Map<string, EnterpriseCard>> {
    const list = usccs.length
      ? await this.em.find(EnterpriseCard, { uscc: { $in: [...new Set(usccs)] } })
      : [];
    return new Map(list.map((c) => [c.uscc, c]));
  }

  dto(p: Person, card: EnterpriseCard | undefined, full: boolean): PersonDto {
    return {
      id: p.id,
      name: p.name,
      uscc: p.uscc,
      enterpriseName: card?.name ?? '',
      countyCode: card?.countyCode ?? '',
      position: p.position,
      residentId: full ? this.cipher.decrypt(p.residentIdCipher, RESIDENT_ID) : p.residentIdMasked,
      phone: full ? (p.phoneCipher ? this.cipher.decrypt(p.phoneCipher, PHONE) : null) : p.phoneMasked,
      masked: !full,
      createdAt: p.createdAt.toISOString(),
    };
  }
}
