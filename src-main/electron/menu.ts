import { Menu } from 'electron';
import type { MenuOptions } from './menu-template.js';
import { menuTemplate } from './menu-template.js';

export function setApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
