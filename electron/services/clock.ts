import { todayIso } from '@shared/text/dates';

/** Time as services see it: injected, so tests and demos (--today) never patch the global clock. */
export interface Clock {
  now(): number;
  today(): string;
}

export function systemClock(): Clock {
  return { now: () => Date.now(), today: () => todayIso(new Date()) };
}

/** A clock whose calendar date is pinned (the --today flag) while time of day still moves. */
export function pinnedClock(today: string): Clock {
  return { now: () => Date.now(), today: () => today };
}
