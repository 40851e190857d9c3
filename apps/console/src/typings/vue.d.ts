import type { vLoading } from 'element-plus';

declare module 'vue' {
  interface GlobalDirectives {
    /** Element Plus `v-loading` (resolved on demand by unplugin-vue-components). */
    vLoading: typeof vLoading;
  }
}

export {};
