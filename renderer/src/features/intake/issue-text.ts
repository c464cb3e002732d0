import { vi } from '../../locale/vi';

/**
 * An extractor issue ("REFERENCE_DATE_CONFLICT: Công điện số 6741/CD-VPCP of … is cited as 'ngày
 * 22/9/2021' …") as a clerk reads it: the Vietnamese label of its code and the quoted parts (the
 * labels, the dates) that show where to look.
 */
export function issueText(issue: string): string {
  const code = issue.split(':')[0] ?? '';
  const label = vi.intake.issueLabels[code];
  if (!label) return issue;
  const parts = [...issue.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
  const cited = /^REFERENCE_DATE_CONFLICT: (.+?) is cited as/.exec(issue)?.[1]?.replace(/ of /g, ' của ');
  const detail = [cited, ...parts].filter(Boolean).join(' — ');
  return detail ? `${label}: ${detail}` : label;
}
