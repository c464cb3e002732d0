import { session } from 'electron';

/**
 * Denies every permission a page could ask for (camera, microphone, notifications, geolocation,
 * clipboard reads, MIDI …): the app needs none. Applies to the default session all windows use.
 */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
