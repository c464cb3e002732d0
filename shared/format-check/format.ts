import { PART_LABELS, SEVERITY_LABELS, type Finding } from './types';

/** One finding as a line of Vietnamese text: "[Lỗi] dòng 15 · Căn cứ: … → Đề xuất: …". */
export function formatFinding(f: Finding): string {
  const where = f.location.line !== null ? `dòng ${f.location.line} · ` : '';
  const fix = f.fix ? ` → Đề xuất: ${f.fix.description}` : '';
  return `[${SEVERITY_LABELS[f.severity]}] ${where}${PART_LABELS[f.location.part]}: ${f.message}${fix}`;
}
