/** The workspace's screens, in the order of the navigation and of Ctrl/Cmd+1…6. */
export const SCREENS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'team', label: 'Team' },
  { id: 'plan', label: 'Hiring plan' },
  { id: 'rounds', label: 'Rounds' },
  { id: 'frameworks', label: 'Frameworks' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

/** The screen a key press asks for (Ctrl/Cmd + digit), or null. */
export function screenForKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ScreenId | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const index = Number(event.key) - 1;
  return Number.isInteger(index) && index >= 0 && index < SCREENS.length ? SCREENS[index]!.id : null;
}
