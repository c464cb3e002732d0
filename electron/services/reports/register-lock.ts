import { AppError } from '@shared/errors';

/**
 * The database refuses writes to a closed register year (triggers of migration 7); this turns that
 * refusal into the LOCKED error a clerk reads. Returns null for any other error.
 */
export function registerLockedError(error: unknown): AppError | null {
  if (!(error instanceof Error)) return null;
  if (error.message.includes('REGISTER_LOCKED')) {
    return new AppError(
      'LOCKED',
      'Sổ của năm này đã khóa (khóa sổ): không vào sổ thêm, sửa, hủy hay đính kèm được. Hãy dùng "Ghi chú bổ sung" để ghi nhận đính chính.',
    );
  }
  if (error.message.includes('REGISTER_CLOSURE_FINAL')) return new AppError('LOCKED', 'Khóa sổ không hủy được.');
  return null;
}
