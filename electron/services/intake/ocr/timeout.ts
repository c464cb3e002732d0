import { AppError } from '@shared/errors';

/** Rejects with a Vietnamese INTERNAL error when the work takes longer than `ms` (a stuck decoder or engine). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('INTERNAL', `Quá thời gian khi ${what}.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
