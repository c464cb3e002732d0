import { AppError } from '@shared/errors';
import { createRuntime, type Runtime, type TransportDispatch } from '../api/runtime';
import { countUsers } from '../db/repositories/users-repository';
import type { EventBus } from '../services/events';
import { createRecoveryDispatch } from '../services/recovery/recovery-dispatch';
import { attachmentMaxBytes } from '../services/settings/settings-service';
import { createExportRoute, createFileRoute } from './file-route';
import type { ExtraRoute } from './http-server';

/** Browser mode's backend behind the HTTP server: the runtime, or the recovery screen's API while the database is damaged. */
export interface WebBackend {
  dispatch: TransportDispatch;
  runtime(): Runtime | null;
  /** False when the database is damaged: the recovery screen is served on 127.0.0.1 only. */
  isHealthy: boolean;
  /** /files/ and /exports/, in that order. */
  routes: ExtraRoute[];
  maxUploadBytes(): number;
  stopSchedule(): void;
}

export interface WebBackendOptions {
  dataDir: string;
  today: string | undefined;
  requestedHost: string;
  isLoopback: boolean;
  events: EventBus;
  log: (message: string, error?: unknown) => void;
}

/**
 * Opens the data folder (createRuntime: check, migrations, services) and starts the daily backup
 * timer. Loaded by web-main.ts with import() after the server listens on 127.0.0.1, so the browser
 * opens while this loads (docs/ARCHITECTURE.md, "Start-up and loading").
 */
export function openWebBackend(options: WebBackendOptions): WebBackend {
  const { dataDir, today, events, log } = options;
  let runtime: Runtime | null = null;
  let stopSchedule = () => {};
  try {
    runtime = createRuntime({ dataDir, mode: 'web', today, log, events });
    if (!options.isLoopback && countUsers(runtime.db) === 0) {
      throw new Error(
        'Hãy chạy VănThư một lần trên chính máy này (không dùng --host) để tạo tài khoản quản trị trước khi mở cho mạng nội bộ.',
      );
    }
    const opened = runtime;
    stopSchedule = opened.startBackupSchedule();
    return {
      dispatch: opened.dispatchFor('http'),
      runtime: () => opened,
      isHealthy: true,
      routes: webRoutes(() => opened),
      maxUploadBytes: () => attachmentMaxBytes(opened.ctx),
      stopSchedule: () => stopSchedule(),
    };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DATABASE_DAMAGED')) throw error;
    log(`Cơ sở dữ liệu bị hỏng: ${error.message}`);
    let dispatch: TransportDispatch | null = null;
    const recovery = createRecoveryDispatch({
      dataDir,
      mode: 'web',
      problem: error.message,
      today,
      onRestored: () => {
        runtime = createRuntime({ dataDir, mode: 'web', today, log, events });
        dispatch = runtime.dispatchFor('http');
        stopSchedule = runtime.startBackupSchedule();
        log('Đã khôi phục từ bản sao lưu; VănThư chạy lại bình thường.');
      },
    });
    return {
      dispatch: (method, input, ref) =>
        dispatch ? dispatch(method, input, ref) : recovery(method, input, { transport: 'http', session: null }),
      runtime: () => runtime,
      isHealthy: false,
      routes: webRoutes(() => runtime),
      maxUploadBytes: () => (runtime ? attachmentMaxBytes(runtime.ctx) : 0),
      stopSchedule: () => stopSchedule(),
    };
  }
}

/** /files/ and /exports/ over the runtime of the moment (503 while there is none). */
function webRoutes(current: () => Runtime | null): ExtraRoute[] {
  const lazy = (make: typeof createFileRoute, prefix: string): ExtraRoute => ({
    prefix,
    handle: (...args) => {
      const runtime = current();
      if (!runtime) return void args[1].writeHead(503).end();
      return make(runtime.ctx).handle(...args);
    },
  });
  return [lazy(createFileRoute, '/files/'), lazy(createExportRoute, '/exports/')];
}
