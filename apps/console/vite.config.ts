import { fileURLToPath } from 'node:url';

import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const fromWorkspace = (path: string): string => fileURLToPath(new URL(path, new URL('../../', import.meta.url)));

// Under Vitest the resolver must not import Element Plus CSS (jsdom cannot load it).
const importStyle = process.env.VITEST ? false : 'css';

export default defineConfig({
  root,
  base: '/',
  cacheDir: fromWorkspace('node_modules/.vite/apps/console'),
  plugins: [
    vue(),
    AutoImport({
      // Only Element Plus services used without an import (ElMessage, ElMessageBox…) would be resolved here,
      // with their styles. The code imports everything explicitly (typed, lint-checked), so no .d.ts is generated.
      resolvers: [ElementPlusResolver({ importStyle })],
      dts: false,
    }),
    Components({
      resolvers: [ElementPlusResolver({ importStyle })],
      // Template types come from `element-plus/global` (tsconfig `types`), so nothing is generated.
      dts: false,
      dirs: [],
    }),
  ],
  resolve: {
    alias: {
      '@/': `${fileURLToPath(new URL('./src/', import.meta.url))}`,
      '@ladder/contracts': fromWorkspace('libs/contracts/src/index.ts'),
      '@ladder/shared-domain': fromWorkspace('libs/shared/domain/src/index.ts'),
      '@ladder/shared-permissions': fromWorkspace('libs/shared/permissions/src/index.ts'),
    },
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    host: 'localhost',
    port: 4200,
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: true },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: true },
    },
  },
  build: {
    outDir: fromWorkspace('dist/apps/console'),
    emptyOutDir: true,
    reportCompressedSize: true,
    // ECharts (~520 kB) is only reached through the dashboard's dynamic import.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Element Plus stays split per route (on demand); its shared pieces are named after the style
        // modules they start from (`css`), so give them a clearer name.
        chunkFileNames: (chunk) => (chunk.name === 'css' ? 'assets/element-plus-[hash].js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    // Page specs mount whole Element Plus pages in jsdom: seconds each on a busy 2-core machine (5 s timed out).
    testTimeout: 30_000,
    // Element Plus is imported by Node as an external package, not transformed by Vite for the spec files (it was
    // inlined until 2026-12-07: 114 → 99 s of CPU for the 326 tests, their import phase 50 → 29 s).
  },
});
