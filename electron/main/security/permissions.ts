/**
 * Gapwise needs no browser permission at all (no camera, notifications, clipboard reads,
 * geolocation, devices…), so every request and every check is refused (Electron security
 * checklist item 5). The handlers are plain functions so a test can call them directly.
 */

/** The part of Electron's Session whose handlers this module sets. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/** For `setPermissionRequestHandler`: answer every request with "no". */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** For `setPermissionCheckHandler`: report every permission as not granted. */
export function denyPermissionCheck(_webContents?: unknown, _permission?: string): boolean {
  return false;
}

/** For `setDevicePermissionHandler`: no HID, serial or USB device is ever handed to the page. */
export function denyDevicePermission(_details?: unknown): boolean {
  return false;
}

/** Installs the three deny-all handlers on a session (the default session in index.ts). */
export function lockDownSession(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}
