import { completeUscc } from '@ladder/shared-domain';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';

import { checkUscc } from '@/api/enterprises';
import { i18n } from '@/locales';

import UsccField from './uscc-field.vue';

vi.mock('@/api/enterprises', () => ({ checkUscc: vi.fn() }));

const checkMock = vi.mocked(checkUscc);
/** A valid code registered in 三元区 (350404). */
const VALID = completeUscc('91350404MA2XYA123');

function mountField(initial = '', props: Record<string, unknown> = {}) {
  const value = ref(initial);
  const Host = defineComponent({
    setup: () => () =>
      h(UsccField, {
        modelValue: value.value,
        'onUpdate:modelValue': (v: string) => (value.value = v),
        debounce: 300,
        ...props,
      }),
  });
  const wrapper = mount(Host, { global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } } });
  return { wrapper, value };
}

describe('uscc-field', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    checkMock.mockReset();
  });

  afterEach(() => {
    vi.useRealTimers();
    i18n.global.locale.value = 'zh-CN';
  });

  it('should show the format hint while empty', () => {
    const { wrapper } = mountField();
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('18位');
  });

  it('should show the Chinese reason of validateUscc when the check character is wrong', async () => {
    // Arrange
    const wrong = VALID.slice(0, 17) + (VALID.endsWith('0') ? '1' : '0');
    const { wrapper } = mountField();

    // Act
    await wrapper.get('input[data-testid="form-uscc"]').setValue(wrong);

    // Assert
    const hint = wrapper.get('[data-testid="uscc-hint"]');
    expect(hint.text()).toContain('校验码错误');
    expect(hint.classes()).toContain('uscc-field__hint--error');
    expect(checkMock).not.toHaveBeenCalled();
  });

  it('should name the forbidden letter and its position', async () => {
    const { wrapper } = mountField();
    await wrapper.get('input').setValue('9135040OMA2XYZ1234');
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('第8位“O”不可用');
  });

  it('should treat a short code as typing progress until the field is left', async () => {
    // Arrange
    const { wrapper } = mountField();
    const input = wrapper.get('input');

    // Act
    await input.setValue('913504');

    // Assert
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('6/18');
    await input.trigger('blur');
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('统一社会信用代码应为18位，当前为6位');
  });

  it('should ask the registry once the code is valid and warn when it already exists', async () => {
    // Arrange
    checkMock.mockResolvedValue({ valid: true, normalized: VALID, message: null, exists: true });
    const { wrapper } = mountField();

    // Act
    await wrapper.get('input').setValue(VALID.toLowerCase());
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('正在核对');
    await vi.advanceTimersByTimeAsync(300);
    await flushPromises();

    // Assert
    expect(checkMock).toHaveBeenCalledOnce();
    expect(checkMock.mock.calls[0]![0]).toBe(VALID);
    const hint = wrapper.get('[data-testid="uscc-hint"]');
    expect(hint.text()).toContain('该统一社会信用代码的企业已在库中');
    expect(hint.text()).toContain('三元区');
    expect(wrapper.getComponent(RouterLinkStub).props('to')).toBe(`/enterprises/${VALID}`);
  });

  it('should say the code is available when the registry does not know it', async () => {
    checkMock.mockResolvedValue({ valid: true, normalized: VALID, message: null, exists: false });
    const { wrapper } = mountField(VALID);
    await vi.advanceTimersByTimeAsync(300);
    await flushPromises();
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('库中尚无该企业');
  });

  it('should not ask the registry when editing', async () => {
    const { wrapper } = mountField(VALID, { checkExists: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(checkMock).not.toHaveBeenCalled();
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('代码校验通过');
  });

  it('should word the reason in English when the UI is English', async () => {
    i18n.global.locale.value = 'en';
    const { wrapper } = mountField();
    await wrapper.get('input').setValue('9135040OMA2XYZ1234');
    expect(wrapper.get('[data-testid="uscc-hint"]').text()).toContain('Character 8 "O"');
  });
});
