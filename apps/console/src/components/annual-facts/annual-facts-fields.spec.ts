import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';

import { i18n } from '@/locales';

import AnnualFactsFields from './annual-facts-fields.vue';
import { ANNUAL_FIELDS, factsToForm, formToFacts, getPath } from './annual-facts-schema';
import type { AnnualFormModel } from './annual-facts-schema';

/** Mounting 43 fields takes a while on a busy machine. */
const SLOW = 30_000;

function mountFields(prefix: string, errors: Record<string, string> = {}) {
  const model = ref<AnnualFormModel>(
    factsToForm(2025, { employees: 12, honours: { highTechEnterprise: true } }),
  );
  const serverErrors = ref(errors);
  const Host = defineComponent({
    setup: () => () =>
      h(AnnualFactsFields, {
        modelValue: model.value,
        errors: serverErrors.value,
        'onUpdate:errors': (v: Record<string, string>) => (serverErrors.value = v),
        openSections: ['scale', 'ip', 'innovation', 'market', 'littleGiant', 'compliance'],
        testIdPrefix: prefix,
      }),
  });
  return { wrapper: mount(Host, { global: { plugins: [i18n] } }), model, serverErrors };
}

describe('annual-facts-fields (the one annual-data form of the enterprise page and the what-if page)', () => {
  it(
    'should render every field of the schema with the caller’s test id prefix',
    () => {
      const { wrapper } = mountFields('whatif-2025');

      for (const field of ANNUAL_FIELDS)
        expect(wrapper.find(`[data-testid="whatif-2025-${field.path}"]`).exists()).toBe(true);
      expect(wrapper.find('[data-testid="whatif-2025-add-award"]').exists()).toBe(true);
      expect(wrapper.text()).toContain('从业人员数（人）');
    },
    SLOW,
  );

  it(
    'should write what is typed into the model, in 万元, and clear that field’s server message',
    async () => {
      // Arrange
      const { wrapper, model, serverErrors } = mountFields('annual');
      serverErrors.value = { 'values.operatingRevenue': '营业收入不能为负数' };
      await flushPromises();
      const item = () =>
        wrapper
          .findAll('.el-form-item')
          .find((w) => w.find('[data-testid="annual-operatingRevenue"]').exists());
      expect(item()?.classes()).toContain('is-error');

      // Act
      await wrapper.get('input[data-testid="annual-operatingRevenue"]').setValue('1200.5');
      await flushPromises();

      // Assert
      expect(getPath(model.value.values, 'operatingRevenue')).toBe('1200.5');
      expect(formToFacts(model.value)).toMatchObject({
        employees: 12,
        operatingRevenue: 1_200_500_000,
        honours: { highTechEnterprise: true },
      });
      expect(serverErrors.value).toEqual({});
      expect(item()?.classes()).not.toContain('is-error');
    },
    SLOW,
  );
});
