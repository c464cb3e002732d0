import type { GridColumn } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';

const c = vi.outgoing.columns;

/** The ten columns of the paper sổ đăng ký văn bản đi (Phụ lục IV mục I). */
export const OUTGOING_COLUMNS = [
  { key: 'numberAndSymbol', label: c.numberAndSymbol, width: '130px' },
  { key: 'docDate', label: c.docDate, width: '100px' },
  { key: 'kindSubject', label: c.kindSubject, width: 'minmax(260px, 3fr)' },
  { key: 'signer', label: c.signer, width: 'minmax(120px, 1fr)' },
  { key: 'recipients', label: c.recipients, width: 'minmax(150px, 1.3fr)' },
  { key: 'archiveHolder', label: c.archiveHolder, width: 'minmax(110px, 0.9fr)' },
  { key: 'copies', label: c.copies, width: '70px' },
  { key: 'transferredDate', label: c.transferredDate, width: '96px' },
  { key: 'signature', label: c.signature, width: '64px' },
  { key: 'note', label: c.note, width: 'minmax(90px, 0.8fr)' },
] as const satisfies readonly GridColumn[];
