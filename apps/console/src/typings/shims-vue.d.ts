/**
 * For tools that read `.ts` files without the Vue language plugin (typescript-eslint's project service):
 * vue-tsc and Vite resolve `.vue` files themselves and never fall back to this declaration.
 */
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<object, object, unknown>;
  export default component;
}
