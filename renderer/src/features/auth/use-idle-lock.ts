import { useEffect } from 'react';
import { useAuthStore } from '../../stores/auth-store';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after the configured idle minutes without waiting for the next call: the server
 * enforces the same limit on its side (a session idle too long answers SESSION_LOCKED).
 */
export function useIdleLock(minutes: number, isActive: boolean): void {
  useEffect(() => {
    if (!isActive || minutes <= 0) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last > minutes * 60_000) void useAuthStore.getState().lock();
    }, 15_000);
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch);
    };
  }, [minutes, isActive]);
}
