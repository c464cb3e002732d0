import type { GridColumn } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';

/** The ten columns of the paper sổ đăng ký văn bản đến (Phụ lục IV), with their widths on screen. */
export const REGISTER_COLUMNS = [
  { key: 'receivedDate', label: vi.incoming.columns.receivedDate, width: '96px' },
  { key: 'number', label: vi.incoming.columns.number, width: '70px' },
  { key: 'issuer', label: vi.incoming.columns.issuer, width: 'minmax(150px, 1.1fr)' },
  { key: 'numberAndSymbol', label: vi.incoming.columns.numberAndSymbol, width: '132px' },
  { key: 'docDate', label: vi.incoming.columns.docDate, width: '100px' },
  { key: 'kindSubject', label: vi.incoming.columns.kindSubject, width: 'minmax(260px, 3fr)' },
  { key: 'recipient', label: vi.incoming.columns.recipient, width: 'minmax(120px, 1fr)' },
  { key: 'transferredDate', label: vi.incoming.columns.transferredDate, width: '96px' },
  { key: 'signature', label: vi.incoming.columns.signature, width: '64px' },
  { key: 'note', label: vi.incoming.columns.note, width: 'minmax(90px, 0.8fr)' },
] as const satisfies readonly GridColumn[];

export const ROW_HEIGHT = 58;
