import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportInput, ExportResult } from '@shared/contract/reports';
import type { RegisterClosure, RegisterYear } from '@shared/contract/years';
import { AppError } from '@shared/errors';
import { formatDateVi } from '@shared/text/dates';
import { writeTransaction } from '../../db/connection';
import { getClosure, insertClosure, listClosures, listRegisterYears, registerFingerprint } from '../../db/repositories/closures-repository';
import { insertIncomingHistory, listIncomingHistory } from '../../db/repositories/incoming-history-repository';
import { getIncomingRow } from '../../db/repositories/incoming-repository';
import { getOutgoingRow, insertOutgoingHistory, listOutgoingHistory } from '../../db/repositories/outgoing-repository';
import { getSeries, listSeries } from '../../db/repositories/series-repository';
import type { ReportsExportParams } from '../../workers/jobs/reports-export';
import { actorOf, canSeeSecret } from '../access';
import type { CallContext, ServiceContext } from '../context';
import { storeGenerated } from '../files/generated-files';
import type { JobRunner } from '../jobs/job-runner';
import { exportFileName } from './export-writer';

const ANNOTATION_LABEL = 'Ghi chú bổ sung';

/** Khóa sổ and the annotations allowed afterwards. */
export function createYearsService(ctx: ServiceContext, deps: { jobs: JobRunner }) {
  function canCloseOn(year: number): boolean {
    return ctx.clock.today() >= `${year}-12-31`;
  }

  return {
    list(call: CallContext): RegisterYear[] {
      const series = new Map(listSeries(ctx.db).map((s) => [s.id, s]));
      const closures = new Map(listClosures(ctx.db).map((c) => [`${c.seriesId}/${c.year}`, c]));
      return listRegisterYears(ctx.db).flatMap((row) => {
        const s = series.get(row.series_id);
        if (!s || (s.isSecret && !canSeeSecret(call))) return [];
        const closure = closures.get(`${row.series_id}/${row.year}`) ?? null;
        return [
          {
            seriesId: s.id,
            seriesName: s.name,
            direction: s.direction,
            isSecret: s.isSecret,
            year: row.year,
            entryCount: row.entry_count,
            canClose: closure === null && canCloseOn(row.year),
            closure,
          },
        ];
      });
    },

    /**
     * Prints the whole year of the series to PDF in a worker, then, only if no entry changed
     * meanwhile, keeps the PDF (content-addressed) and records the closure with its SHA-256.
     */
    async close(input: { seriesId: number; year: number; volume: string | null }, call: CallContext): Promise<RegisterClosure> {
      const series = getSeries(ctx.db, input.seriesId);
      if (!series) throw new AppError('NOT_FOUND', 'Không tìm thấy sổ.');
      if (series.isSecret && !canSeeSecret(call)) throw new AppError('FORBIDDEN', 'Tài khoản của bạn không được xem văn bản mật.');
      const closed = getClosure(ctx.db, series.id, input.year);
      if (closed)
        throw new AppError(
          'CONFLICT',
          `${series.name} năm ${input.year} đã khóa ngày ${formatDateVi(new Date(closed.closedAt).toISOString().slice(0, 10))}.`,
        );
      if (!canCloseOn(input.year))
        throw new AppError('CONFLICT', `Chỉ khóa ${series.name.toLowerCase()} năm ${input.year} từ ngày 31/12/${input.year}.`);
      const before = registerFingerprint(ctx.db, series.direction, series.id, input.year);
      const exportInput: ExportInput = {
        target: 'register',
        format: 'pdf',
        register: {
          kind: series.direction === 'den' ? 'incoming' : 'outgoing',
          year: input.year,
          seriesId: series.id,
          dateFrom: null,
          dateTo: null,
          numberFrom: null,
          numberTo: null,
          volume: input.volume,
          paper: 'A4',
        },
      };
      const fileName = exportFileName(exportInput);
      const params: ReportsExportParams = { input: exportInput, fileName, access: { today: ctx.clock.today(), includeSecret: true } };
      const printed = await deps.jobs.run<ExportResult>('reports.export', params);
      if (registerFingerprint(ctx.db, series.direction, series.id, input.year) !== before) {
        throw new AppError('CONFLICT', 'Sổ vừa có thay đổi trong khi in nên chưa khóa: hãy khóa sổ lại.');
      }
      const stored = storeGenerated(ctx, `khoa-so-${input.year}.pdf`, readFileSync(join(ctx.paths.exports, fileName)));
      writeTransaction(ctx.db, () => {
        if (registerFingerprint(ctx.db, series.direction, series.id, input.year) !== before) {
          throw new AppError('CONFLICT', 'Sổ vừa có thay đổi trong khi in nên chưa khóa: hãy khóa sổ lại.');
        }
        insertClosure(ctx.db, {
          seriesId: series.id,
          year: input.year,
          closedAt: ctx.clock.now(),
          closedBy: actorOf(call),
          entryCount: printed.rows,
          pdfSha256: stored.sha256,
          volume: input.volume,
        });
      });
      return getClosure(ctx.db, series.id, input.year) as RegisterClosure;
    },

    annotateIncoming(input: { id: number; note: string }, call: CallContext) {
      if (!getIncomingRow(ctx.db, input.id)) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
      writeTransaction(ctx.db, () =>
        insertIncomingHistory(ctx.db, {
          documentId: input.id,
          at: ctx.clock.now(),
          actor: actorOf(call),
          action: 'annotate',
          changes: [{ field: 'annotation', label: ANNOTATION_LABEL, old: null, new: input.note }],
        }),
      );
      return listIncomingHistory(ctx.db, input.id);
    },

    remarkOutgoing(input: { id: number; note: string }, call: CallContext) {
      if (!getOutgoingRow(ctx.db, input.id)) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đi.');
      writeTransaction(ctx.db, () =>
        insertOutgoingHistory(ctx.db, {
          documentId: input.id,
          at: ctx.clock.now(),
          actor: actorOf(call),
          action: 'annotate',
          changes: [{ field: 'annotation', label: ANNOTATION_LABEL, old: null, new: input.note }],
        }),
      );
      return listOutgoingHistory(ctx.db, input.id);
    },
  };
}
