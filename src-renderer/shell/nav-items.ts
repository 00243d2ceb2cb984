// The sections of the app, in the order a team meets them.
export interface NavItem {
  to: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/rubrics', label: 'Rubrics' },
  { to: '/samples', label: 'Samples' },
  { to: '/sessions', label: 'Sessions' },
  { to: '/raters', label: 'Raters' },
  { to: '/qualification', label: 'Qualification' },
  { to: '/reports', label: 'Reports' },
  { to: '/data', label: 'Data' },
];
