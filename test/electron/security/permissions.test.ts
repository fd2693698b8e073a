import { describe, expect, it, vi } from 'vitest';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  lockDownSession,
  type PermissionSessionLike,
} from '@main/security/permissions';

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown'];

describe('deny-all permission handlers', () => {
  it('answers every permission request with false', () => {
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('reports every permission check and device request as not granted', () => {
    for (const permission of PERMISSIONS) expect(denyPermissionCheck({}, permission)).toBe(false);
    expect(denyDevicePermission({ deviceType: 'usb' })).toBe(false);
  });

  it('installs all three handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    } satisfies PermissionSessionLike;
    lockDownSession(session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledExactlyOnceWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledExactlyOnceWith(denyPermissionCheck);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledExactlyOnceWith(denyDevicePermission);
  });
});
