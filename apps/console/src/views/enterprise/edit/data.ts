import type { IndustryChainCode, IndustryGroup } from '@ladder/shared-domain';
import { validateUscc } from '@ladder/shared-domain';
import type { FormItemRule } from 'element-plus';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ApiErrorDetail } from '@/api/request';
import { chainOptions, countyOptions, industryGroupOptions } from '@/utils/labels';
import type { Option } from '@/utils/labels';

export const MAX_CHAINS = 5;
export const MAX_CONTACTS = 10;
const PHONE = /^[0-9+\-() ]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ContactModel {
  name: string;
  position: string;
  phone: string;
  email: string;
}

export interface EnterpriseFormModel {
  uscc: string;
  name: string;
  countyCode: string;
  industryGroup: IndustryGroup | '';
  chains: IndustryChainCode[];
  mainProduct: string;
  legalRepresentative: string;
  establishedOn: string;
  address: string;
  independentLegalPerson: boolean | null;
  contacts: ContactModel[];
}

export function emptyContact(): ContactModel {
  return { name: '', position: '', phone: '', email: '' };
}

export function emptyModel(countyCode = ''): EnterpriseFormModel {
  return {
    uscc: '',
    name: '',
    countyCode,
    industryGroup: '',
    chains: [],
    mainProduct: '',
    legalRepresentative: '',
    establishedOn: '',
    address: '',
    independentLegalPerson: null,
    contacts: [],
  };
}

export function modelFromEnterprise(e: Api.Enterprise.Enterprise): EnterpriseFormModel {
  return {
    uscc: e.uscc,
    name: e.name,
    countyCode: e.countyCode,
    industryGroup: e.industryGroup,
    chains: [...e.chains],
    mainProduct: e.mainProduct ?? '',
    legalRepresentative: e.legalRepresentative ?? '',
    establishedOn: e.establishedOn ?? '',
    address: e.address ?? '',
    independentLegalPerson: e.independentLegalPerson,
    contacts: e.contacts.map((c) => ({
      name: c.name,
      position: c.position ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
    })),
  };
}

type ContactPayload = NonNullable<Api.Enterprise.CreateRequest['contacts']>[number];

function contactsPayload(contacts: readonly ContactModel[]): ContactPayload[] {
  return contacts
    .map((c) => ({ name: c.name.trim(), position: c.position.trim(), phone: c.phone.trim(), email: c.email.trim() }))
    .filter((c) => c.name || c.position || c.phone || c.email)
    .map((c) => ({
      name: c.name,
      ...(c.position ? { position: c.position } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    }));
}

/** POST /enterprises: the USCC normalised, empty optional fields left out. */
export function toCreateRequest(model: EnterpriseFormModel): Api.Enterprise.CreateRequest {
  const text = (v: string): string | undefined => v.trim() || undefined;
  const out: Api.Enterprise.CreateRequest = {
    uscc: validateUscc(model.uscc).normalized,
    name: model.name.trim(),
    countyCode: model.countyCode,
    industryGroup: model.industryGroup as IndustryGroup,
  };
  if (model.chains.length > 0) out.chains = [...model.chains];
  const contacts = contactsPayload(model.contacts);
  if (contacts.length > 0) out.contacts = contacts;
  const optional = {
    mainProduct: text(model.mainProduct),
    legalRepresentative: text(model.legalRepresentative),
    establishedOn: text(model.establishedOn),
    address: text(model.address),
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) out[key] = value;
  }
  if (model.independentLegalPerson !== null) out.independentLegalPerson = model.independentLegalPerson;
  return out;
}

/**
 * PATCH body with only what changed; a cleared optional field is sent as `null`. Returns null when nothing
 * changed.
 */
export function toPatch(
  original: EnterpriseFormModel,
  model: EnterpriseFormModel,
  version: number,
): Api.Enterprise.UpdateRequest | null {
  const patch: Api.Enterprise.UpdateRequest = {};
  let changed = false;
  const name = model.name.trim();
  if (name !== original.name.trim()) {
    patch.name = name;
    changed = true;
  }
  if (model.countyCode !== original.countyCode) {
    patch.countyCode = model.countyCode;
    changed = true;
  }
  if (model.industryGroup !== original.industryGroup && model.industryGroup !== '') {
    patch.industryGroup = model.industryGroup;
    changed = true;
  }
  if (JSON.stringify(model.chains) !== JSON.stringify(original.chains)) {
    patch.chains = [...model.chains];
    changed = true;
  }
  const contacts = contactsPayload(model.contacts);
  if (JSON.stringify(contacts) !== JSON.stringify(contactsPayload(original.contacts))) {
    patch.contacts = contacts;
    changed = true;
  }
  for (const key of ['mainProduct', 'legalRepresentative', 'establishedOn', 'address'] as const) {
    const next = model[key].trim();
    if (next !== original[key].trim()) {
      patch[key] = next || null;
      changed = true;
    }
  }
  if (model.independentLegalPerson !== original.independentLegalPerson) {
    patch.independentLegalPerson = model.independentLegalPerson;
    changed = true;
  }
  return changed ? { ...patch, expectedVersion: version } : null;
}

/**
 * Backend 400/409 details → form-item props. `patch.name` (update) and `name` both land on `name`;
 * `contacts.0.phone` on the first contact's phone. Details without a known field are returned separately.
 */
export function mapServerErrors(
  details: readonly ApiErrorDetail[],
  knownProps: (prop: string) => boolean,
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const d of details) {
    const prop = d.field?.replace(/^(patch|body|enterprise)\./, '').replace(/\[(\d+)\]/g, '.$1');
    if (prop && knownProps(prop)) {
      fields[prop] ??= d.message;
    } else {
      rest.push(d.message);
    }
  }
  return { fields, rest };
}

export type FieldComponent = 'input' | 'textarea' | 'select' | 'multi-select' | 'date' | 'tri-state';

export interface FormFieldSchema {
  readonly prop: keyof EnterpriseFormModel;
  readonly label: string;
  readonly component: FieldComponent;
  readonly options?: readonly Option[];
  readonly placeholder?: string;
  readonly testId?: string;
  readonly maxLength?: number;
  /** Grid columns out of 24. */
  readonly span: number;
  readonly section: 'base' | 'business';
}

export interface EnterpriseFormSchema {
  readonly fields: FormFieldSchema[];
  readonly rules: Partial<Record<string, FormItemRule[]>>;
}

export function useFormSchema(): ComputedRef<EnterpriseFormSchema> {
  const { t } = useI18n();
  return computed(() => ({
    fields: [
      {
        prop: 'name',
        label: t('enterprise.field.name'),
        component: 'input',
        placeholder: t('enterprise.form.namePlaceholder'),
        testId: 'form-name',
        maxLength: 100,
        span: 24,
        section: 'base',
      },
      {
        prop: 'countyCode',
        label: t('enterprise.field.countyCode'),
        component: 'select',
        options: countyOptions(),
        testId: 'form-county',
        span: 12,
        section: 'base',
      },
      {
        prop: 'industryGroup',
        label: t('enterprise.field.industryGroup'),
        component: 'select',
        options: industryGroupOptions(),
        testId: 'form-industry',
        span: 12,
        section: 'base',
      },
      {
        prop: 'chains',
        label: t('enterprise.field.chains'),
        component: 'multi-select',
        options: chainOptions(),
        placeholder: t('enterprise.form.chainsPlaceholder'),
        testId: 'form-chains',
        span: 24,
        section: 'base',
      },
      {
        prop: 'mainProduct',
        label: t('enterprise.field.mainProduct'),
        component: 'input',
        testId: 'form-main-product',
        maxLength: 200,
        span: 24,
        section: 'business',
      },
      {
        prop: 'legalRepresentative',
        label: t('enterprise.field.legalRepresentative'),
        component: 'input',
        testId: 'form-legal-representative',
        maxLength: 50,
        span: 12,
        section: 'business',
      },
      {
        prop: 'establishedOn',
        label: t('enterprise.field.establishedOn'),
        component: 'date',
        testId: 'form-established-on',
        span: 12,
        section: 'business',
      },
      {
        prop: 'address',
        label: t('enterprise.field.address'),
        component: 'input',
        testId: 'form-address',
        maxLength: 200,
        span: 24,
        section: 'business',
      },
      {
        prop: 'independentLegalPerson',
        label: t('enterprise.field.independentLegalPerson'),
        component: 'tri-state',
        span: 24,
        section: 'business',
      },
    ],
    rules: {
      uscc: [
        {
          validator: (_rule, value: string, callback) => {
            const result = validateUscc(value);
            if (result.valid) callback();
            else callback(new Error(result.message));
          },
          trigger: 'submit',
        },
      ],
      name: [{ required: true, whitespace: true, message: t('enterprise.form.nameRequired'), trigger: 'blur' }],
      countyCode: [{ required: true, message: t('enterprise.form.countyRequired'), trigger: 'change' }],
      industryGroup: [{ required: true, message: t('enterprise.form.industryRequired'), trigger: 'change' }],
      chains: [{ type: 'array', max: MAX_CHAINS, message: t('enterprise.form.chainsPlaceholder'), trigger: 'change' }],
    },
  }));
}

/** Rules of one contact row (props `contacts.<i>.<field>`). */
export function useContactRules(): ComputedRef<Record<'name' | 'phone' | 'email', FormItemRule[]>> {
  const { t } = useI18n();
  return computed(() => ({
    name: [{ required: true, whitespace: true, message: t('enterprise.form.contactNameRequired'), trigger: 'blur' }],
    phone: [{ pattern: PHONE, message: t('enterprise.form.phoneInvalid'), trigger: 'blur' }],
    email: [{ pattern: EMAIL, message: t('enterprise.form.emailInvalid'), trigger: 'blur' }],
  }));
}
