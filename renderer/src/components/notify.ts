import { notifications } from '@mantine/notifications';
import { AppError } from '@shared/errors';
import { vi } from '../locale/vi';

/** Shows a failure as a Vietnamese notification: the server's message, never a stack trace. */
export function notifyError(error: unknown, title: string = vi.app.errorTitle): void {
  const message = error instanceof AppError ? error.message : vi.app.errorTitle;
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function notifySaved(message: string = vi.app.saved): void {
  notifications.show({ color: 'teal', message, autoClose: 2500 });
}
