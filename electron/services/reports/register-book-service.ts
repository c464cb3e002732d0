import { AppError } from '@shared/errors';
import { type PaperSize, REGISTER_COLUMNS, REGISTER_TITLES, type RegisterBook, type RegisterKind } from '@shared/reports/register-book';
import type { Db } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import {
  followUpRegisterLines,
  incomingRegisterLines,
  outgoingRegisterLines,
  type RegisterLines,
  type RegisterRange,
} from '../../db/repositories/register-lines-repository';
import { defaultSeries, getSeries } from '../../db/repositories/series-repository';

/** What to print: the register, its year and series, and an optional date or number range. */
export interface RegisterRequest {
  kind: RegisterKind;
  year: number;
  seriesId?: number | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  numberFrom?: number | null | undefined;
  numberTo?: number | null | undefined;
  volume?: string | null | undefined;
  paper?: PaperSize | undefined;
}

export interface RegisterAccess {
  today: string;
  includeSecret: boolean;
}

/**
 * The series a register prints: the one asked for, else the default open series of its direction.
 * A secret series is its own book, printed only for callers who may see secret documents; the
 * follow-up register never prints secret documents. @throws NOT_FOUND, FORBIDDEN, VALIDATION
 */
export function resolveRegisterSeries(db: Db, request: RegisterRequest, access: RegisterAccess) {
  const direction = request.kind === 'outgoing' ? 'di' : 'den';
  const series = request.seriesId ? getSeries(db, request.seriesId) : defaultSeries(db, direction, false);
  if (!series) throw new AppError('NOT_FOUND', 'Không tìm thấy sổ đăng ký đã chọn.');
  if (series.direction !== direction) {
    throw new AppError('VALIDATION', direction === 'di' ? 'Sổ đã chọn không phải sổ văn bản đi.' : 'Sổ đã chọn không phải sổ văn bản đến.');
  }
  if (series.isSecret && request.kind === 'follow-up') {
    throw new AppError('VALIDATION', 'Sổ theo dõi giải quyết văn bản đến không in văn bản mật.');
  }
  if (series.isSecret && !access.includeSecret) {
    throw new AppError('FORBIDDEN', 'Tài khoản của bạn không được xem văn bản mật nên không in được sổ mật.');
  }
  return series;
}

function linesOf(db: Db, kind: RegisterKind, range: RegisterRange, today: string): RegisterLines {
  if (kind === 'incoming') return incomingRegisterLines(db, range);
  if (kind === 'outgoing') return outgoingRegisterLines(db, range);
  return followUpRegisterLines(db, range, today);
}

function minMax<T>(values: readonly T[]): [T | null, T | null] {
  if (values.length === 0) return [null, null];
  let min = values[0] as T;
  let max = values[0] as T;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** Reads a register's lines and composes its cover from the agency profile and the range printed. */
export function buildRegisterBook(db: Db, request: RegisterRequest, access: RegisterAccess): RegisterBook {
  const series = resolveRegisterSeries(db, request, access);
  const agency = getAgency(db);
  const range: RegisterRange = {
    seriesId: series.id,
    year: request.year,
    dateFrom: request.dateFrom ?? null,
    dateTo: request.dateTo ?? null,
    numberFrom: request.numberFrom ?? null,
    numberTo: request.numberTo ?? null,
  };
  const { lines, numbers, dates } = linesOf(db, request.kind, range, access.today);
  const [numberFrom, numberTo] = minMax(numbers);
  const [dateFrom, dateTo] = minMax(dates);
  return {
    kind: request.kind,
    layout: 'book',
    boldTailLines: 0,
    paper: request.paper ?? 'A4',
    columns: REGISTER_COLUMNS[request.kind],
    lines,
    cover: {
      parentName: agency?.parentName ?? null,
      agencyName: agency?.name ?? 'TÊN CƠ QUAN, TỔ CHỨC',
      title: REGISTER_TITLES[request.kind],
      seriesName: series.isDefault && !series.isSecret ? null : series.name,
      year: request.year,
      dateFrom,
      dateTo,
      numberFrom,
      numberTo,
      showNumberRange: request.kind !== 'follow-up',
      volume: request.volume ?? null,
    },
  };
}
