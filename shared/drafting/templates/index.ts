import { composeOutgoingSymbol, formatOutgoingNumber } from '../../domain/outgoing-symbol';
import { AppError } from '../../errors';
import { DRAFT_SCHEMA_VERSION, type Draft, draftSchema } from '../draft-schema';
import { punctuateBases } from '../model';
import { baoCaoTemplate } from './bao-cao';
import { bienBanTemplate } from './bien-ban';
import { type DraftAgency, type DraftOptions, type KindTemplate, archiveFor, defaultSigner, headTitleFor } from './common';
import { congDienTemplate } from './cong-dien';
import { congVanTemplate } from './cong-van';
import { giayGioiThieuTemplate } from './giay-gioi-thieu';
import { giayMoiTemplate } from './giay-moi';
import { keHoachTemplate } from './ke-hoach';
import { quyetDinhTemplate } from './quyet-dinh';
import { thongBaoTemplate } from './thong-bao';
import { toTrinhTemplate } from './to-trinh';

export type { DraftAgency, DraftOptions } from './common';

/** The kinds with a template, in the order an office issues them most. */
export const TEMPLATES: readonly KindTemplate[] = [
  congVanTemplate,
  toTrinhTemplate,
  baoCaoTemplate,
  thongBaoTemplate,
  keHoachTemplate,
  quyetDinhTemplate,
  giayMoiTemplate,
  congDienTemplate,
  giayGioiThieuTemplate,
  bienBanTemplate,
];

export const TEMPLATE_KINDS: readonly string[] = TEMPLATES.map((t) => t.kind);

/** The printed number: digits padded below 10 ("05"), anything else kept as given. */
function numberText(number: DraftOptions['number']): string | null {
  if (number === null || number === undefined) return null;
  if (typeof number === 'number') return formatOutgoingNumber(number);
  const trimmed = number.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? formatOutgoingNumber(Number(trimmed)) : trimmed;
}

/**
 * A new draft of one of the template kinds, filled from the agency profile and the options:
 * header (cơ quan chủ quản, cơ quan ban hành, ký hiệu, địa danh, date), the kind's fixed wording,
 * signer block and Nơi nhận ending "Lưu: VT, <unit>". Throws AppError VALIDATION with a Vietnamese
 * message for an unknown kind or options that do not make a valid draft.
 */
export function createDraft(kind: string, agency: DraftAgency, options: DraftOptions = {}): Draft {
  const template = TEMPLATES.find((t) => t.kind === kind);
  if (!template) throw new AppError('VALIDATION', `Chưa có mẫu cho loại văn bản "${kind}". Các mẫu có: ${TEMPLATE_KINDS.join(', ')}.`);
  const unit = options.unitAbbreviation?.trim() || null;
  const parts = template.build({ agency, options, headTitle: headTitleFor(agency.name), selfName: agency.name.trim() });
  const firstItems = parts.distribution ?? [];
  const candidate: Draft = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    kind,
    header: {
      parentName: agency.parentName?.trim() || null,
      agencyName: agency.name.trim(),
      number: numberText(options.number),
      symbol: composeOutgoingSymbol({ kind, agencyAbbreviation: agency.abbreviation, unitAbbreviation: unit }),
      place: agency.place.trim(),
      date: options.date ?? null,
      draftingUnit: unit,
      urgency: options.urgency ?? null,
      secrecy: options.secrecy ?? null,
    },
    subject: options.subject?.trim() ?? parts.subject ?? '',
    issuingAuthority: options.issuingAuthority ?? parts.issuingAuthority ?? null,
    recipients: parts.recipients ?? null,
    legalBases: options.legalBases ? punctuateBases(options.legalBases) : (parts.legalBases ?? []),
    body: options.body ?? parts.body ?? [],
    signer: options.signer ?? parts.signer ?? defaultSigner(agency),
    secondarySigner: options.secondarySigner !== undefined ? options.secondarySigner : (parts.secondarySigner ?? null),
    distribution: [...firstItems, ...(options.distribution ?? []).filter((d) => !firstItems.includes(d))],
    archive: parts.archive ?? archiveFor(unit),
    drafterMark: options.drafterMark ?? null,
  };
  const parsed = draftSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('VALIDATION', first ? `${first.path.join('.')}: ${first.message}` : undefined);
  }
  return parsed.data;
}
