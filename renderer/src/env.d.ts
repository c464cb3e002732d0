import type { RecordsBridge } from '@shared/contract/bridge';

declare global {
  interface Window {
    /** Present in the Electron app (the preload's bridge); absent in browser mode. */
    api?: RecordsBridge;
  }
}
