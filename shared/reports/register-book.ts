/**
 * A printed register (sổ) as plain data: the cover, the columns of the paper form and the lines.
 * Built by electron/services/reports and written to DOCX, PDF and XLSX by electron/exports/registers.
 */

export const REGISTER_KINDS = ['incoming', 'outgoing', 'follow-up'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RegisterColumn {
  title: string;
  /** Share of the table width, in percent; the shares of a register add up to 100. */
  widthPct: number;
  align: 'left' | 'center';
}

export interface RegisterCover {
  parentName: string | null;
  agencyName: string;
  /** "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", … (upper case, as printed). */
  title: string;
  /** The series' name when it is not the default one (e.g. "Sổ văn bản mật đến"). */
  seriesName: string | null;
  year: number;
  /** First and last date of the lines printed ('YYYY-MM-DD'), null when the book is empty. */
  dateFrom: string | null;
  dateTo: string | null;
  /** First and last number; the follow-up register's cover has no "Từ số … đến số …". */
  numberFrom: number | null;
  numberTo: number | null;
  showNumberRange: boolean;
  volume: string | null;
}

export type RegisterCell = string | number | null;

export interface RegisterBook {
  /** Registers and Phụ lục VI reports share the writers; a report has a heading instead of a cover page. */
  kind: RegisterKind | 'incoming-handling' | 'outgoing-handling';
  layout: 'book' | 'report';
  /** Lines at the end printed in bold (a report's totals and percentages). */
  boldTailLines: number;
  cover: RegisterCover;
  columns: readonly RegisterColumn[];
  lines: RegisterCell[][];
  paper: PaperSize;
}

const col = (title: string, widthPct: number, align: 'left' | 'center' = 'left'): RegisterColumn => ({ title, widthPct, align });

/** Phụ lục IV mục VI: the ten columns of the Sổ đăng ký văn bản đến. */
export const INCOMING_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  col('Ngày đến', 8, 'center'),
  col('Số đến', 5, 'center'),
  col('Tác giả', 12),
  col('Số, ký hiệu văn bản', 11, 'center'),
  col('Ngày tháng văn bản', 8, 'center'),
  col('Tên loại và trích yếu nội dung văn bản', 22),
  col('Đơn vị hoặc người nhận', 12),
  col('Ngày chuyển', 8, 'center'),
  col('Ký nhận', 7),
  col('Ghi chú', 7),
];

/** Phụ lục IV mục I: the ten columns of the Sổ đăng ký văn bản đi. */
export const OUTGOING_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  col('Số, ký hiệu văn bản', 10, 'center'),
  col('Ngày tháng văn bản', 8, 'center'),
  col('Tên loại và trích yếu nội dung văn bản', 21),
  col('Người ký', 11),
  col('Nơi nhận văn bản', 14),
  col('Đơn vị, người nhận bản lưu', 10),
  col('Số lượng bản', 5, 'center'),
  col('Ngày chuyển', 8, 'center'),
  col('Ký nhận', 6),
  col('Ghi chú', 7),
];

/** Phụ lục IV mục VIII: the seven columns of the Sổ theo dõi giải quyết văn bản đến. */
export const FOLLOW_UP_REGISTER_COLUMNS: readonly RegisterColumn[] = [
  col('Số đến', 6, 'center'),
  col('Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản', 30),
  col('Đơn vị hoặc người nhận', 15),
  col('Thời hạn giải quyết', 9, 'center'),
  col('Tiến độ giải quyết', 15),
  col('Số, ký hiệu văn bản trả lời', 12, 'center'),
  col('Ghi chú', 13),
];

export const REGISTER_TITLES: Record<RegisterKind, string> = {
  incoming: 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN',
  outgoing: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI',
  'follow-up': 'SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN',
};

export const REGISTER_COLUMNS: Record<RegisterKind, readonly RegisterColumn[]> = {
  incoming: INCOMING_REGISTER_COLUMNS,
  outgoing: OUTGOING_REGISTER_COLUMNS,
  'follow-up': FOLLOW_UP_REGISTER_COLUMNS,
};

/** File-name stems (ASCII, for the exports folder). */
export const REGISTER_FILE_STEMS: Record<RegisterKind, string> = {
  incoming: 'so-dang-ky-van-ban-den',
  outgoing: 'so-dang-ky-van-ban-di',
  'follow-up': 'so-theo-doi-giai-quyet-van-ban-den',
};

/** The cover's lines below the title, as printed ("Năm: 2024", "Từ ngày 02/01/2024 đến ngày …"). */
export function coverLines(
  cover: RegisterCover,
  formatDate: (iso: string | null) => string,
  layout: RegisterBook['layout'] = 'book',
): string[] {
  const dots = '……………';
  if (layout === 'report') return [`Từ ngày ${formatDate(cover.dateFrom)} đến ngày ${formatDate(cover.dateTo)}`];
  const lines = [`Năm: ${cover.year}`];
  lines.push(`Từ ngày ${cover.dateFrom ? formatDate(cover.dateFrom) : dots} đến ngày ${cover.dateTo ? formatDate(cover.dateTo) : dots}`);
  if (cover.showNumberRange) lines.push(`Từ số ${cover.numberFrom ?? dots} đến số ${cover.numberTo ?? dots}`);
  lines.push(`Quyển số: ${cover.volume ?? dots}`);
  return lines;
}
