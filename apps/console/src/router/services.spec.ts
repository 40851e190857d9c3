import { SERVICE_LIST } from '@ladder/contracts';
import type { RouteRecordRaw } from 'vue-router';
import { describe, expect, it } from 'vitest';

import { MENU } from '@/layouts/menu';

import { routes } from './routes';

/** Every route below the layout, by its absolute path. */
function pages(records: readonly RouteRecordRaw[], prefix = ''): Map<string, RouteRecordRaw> {
  const out = new Map<string, RouteRecordRaw>();
  for (const r of records) {
    const full = r.path.startsWith('/') ? r.path : `${prefix.replace(/\/$/, '')}/${r.path}`;
    out.set(full, r);
    if (r.children) for (const [p, c] of pages(r.children, full)) out.set(p, c);
  }
  return out;
}

describe('console menu and the service list', () => {
  it('should have one menu group per console section of the service list, in the list order', () => {
    // Arrange
    const sections = SERVICE_LIST.flatMap((s) => (s.consoleSection ? [s.consoleSection] : []));

    // Act
    const groups = MENU.filter((item) => item.children).map((item) => item.path);

    // Assert
    expect(groups).toEqual(sections);
  });

  it('should route every menu entry to a page that asks for the same permission', () => {
    // Arrange
    const byPath = pages(routes);
    const leaves = MENU.flatMap((item) => item.children ?? [item]);

    // Act / Assert
    for (const leaf of leaves) {
      const route = byPath.get(leaf.path) ?? byPath.get(`${leaf.path}/:uscc?`);
      expect({ menu: leaf.path, routed: route !== undefined }).toEqual({ menu: leaf.path, routed: true });
      expect({ menu: leaf.path, permission: route?.meta?.permission }).toEqual({ menu: leaf.path, permission: leaf.permission });
      expect({ menu: leaf.path, title: route?.meta?.title }).toEqual({ menu: leaf.path, title: leaf.title });
    }
  });
});
