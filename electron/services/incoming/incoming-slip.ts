import { incomingSlipHtml } from '@shared/print/incoming-slip';
import { AppError } from '@shared/errors';
import { getAgency } from '../../db/repositories/agency-repository';
import type { ServiceContext } from '../context';
import { storeGenerated } from '../files/generated-files';
import type { PdfHost } from '../print/pdf-host';
import { listTasks } from '../tasks/tasks-service';
import { getIncoming } from './incoming-queries';

/**
 * The Phiếu giải quyết văn bản đến of a registered document (with the lead and cooperating units and
 * deadlines already assigned) and its "ĐẾN" stamp data, as a PDF to print or download.
 */
export async function printIncomingSlip(
  ctx: ServiceContext,
  pdf: PdfHost,
  id: number,
  includeSecret: boolean,
): Promise<{ sha256: string; name: string; url: string }> {
  const agency = getAgency(ctx.db);
  if (!agency) throw new AppError('VALIDATION', 'Chưa có thông tin cơ quan: hãy nhập trong Danh mục › Cơ quan.');
  const record = getIncoming(ctx, id, { includeSecret });
  const tasks = listTasks(
    ctx,
    { openOnly: false, unitId: null, incomingId: id, deadlineFrom: null, deadlineTo: null, text: null, limit: 200 },
    includeSecret,
  );
  const html = incomingSlipHtml({
    agency,
    record,
    assignments: tasks.map((t) => ({
      lead: t.leadUnitName ?? t.leadText,
      cooperating: t.cooperating.map((p) => p.unitName ?? p.text),
      deadline: t.deadline,
    })),
    printedOn: ctx.clock.today(),
  });
  const bytes = await pdf.get().htmlToPdf(html);
  const stored = storeGenerated(ctx, `Phieu-giai-quyet-van-ban-den-so-${record.number}-${record.year}.pdf`, bytes);
  return { sha256: stored.sha256, name: stored.name, url: `${stored.url}&download=1` };
}
