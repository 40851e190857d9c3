// Element Plus services used from script (ElMessage, ElMessageBox) need their styles imported once;
// template components get theirs from the resolver.
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import './styles/index.css';

import { createPinia } from 'pinia';
import { createApp } from 'vue';

import { setLoginRedirect } from '@/api/request';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { applyLocale, i18n } from '@/locales';
import { router } from '@/router';
import { useAppStore } from '@/store/app';

import App from './App.vue';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);
app.directive('permission', vPermission);
app.directive('row-testid', vRowTestid);

applyLocale(useAppStore().locale);

// A 401 on an authenticated call ends the session and comes back here after the next sign-in.
setLoginRedirect((reason) => {
  const current = router.currentRoute.value;
  const query: Record<string, string> = { reason };
  if (!current.meta.public && current.fullPath !== '/') query['redirect'] = current.fullPath;
  void router.replace({ name: 'login', query });
});

app.mount('#app');
