// The Vietnamese application menu: no reload and no DevTools in the packaged app.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/electron/menu-template';

const actions = () => ({ reload: vi.fn(), about: vi.fn() });

/** Every item of the template, submenus flattened. */
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

const build = (packaged: boolean, a = actions()) =>
  buildMenuTemplate({ packaged, appName: 'Sáng kiến Desk' }, a);

describe('buildMenuTemplate', () => {
  it('has Tệp, Sửa, Xem and Trợ giúp, with the edit and zoom roles labelled in Vietnamese', () => {
    const template = build(true);
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const roles = new Map(items(template).map((i) => [i.role, i.label]));
    roles.delete(undefined);
    expect(Object.fromEntries(roles)).toMatchObject({
      quit: 'Thoát',
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      selectAll: 'Chọn tất cả',
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      resetZoom: 'Cỡ chữ mặc định',
    });
  });

  it('offers no reload and no DevTools in the packaged app', () => {
    const all = items(build(true));
    const roles = all.map((i) => i.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(all.map((i) => i.label)).not.toContain('Tải lại trang');
    expect(all.map((i) => i.accelerator).filter(Boolean)).toEqual([]);
  });

  it('gives a developer build a guarded reload and DevTools', () => {
    const a = actions();
    const all = items(build(false, a));
    expect(all.map((i) => i.role)).toContain('toggleDevTools');
    expect(all.map((i) => i.role)).not.toContain('reload');
    const reload = all.find((i) => i.label === 'Tải lại trang');
    expect(reload?.accelerator).toBe('CmdOrCtrl+R');
    (reload?.click as () => void)();
    expect(a.reload).toHaveBeenCalledOnce();
  });

  it('opens the About box from Trợ giúp', () => {
    const a = actions();
    const about = items(build(true, a)).find((i) => i.label === 'Giới thiệu Sáng kiến Desk');
    (about?.click as () => void)();
    expect(a.about).toHaveBeenCalledOnce();
  });
});
