import type { Draft } from '../drafting/draft-schema';
import { checkBody } from './rules-body';
import { checkDateLine } from './rules-date';
import { checkDistribution } from './rules-distribution';
import { checkItemLabels } from './rules-items';
import { checkLegalBases } from './rules-legal-basis';
import { checkNationalHeader } from './rules-national';
import { checkNumberLine } from './rules-number';
import { checkReferences } from './rules-references';
import { checkSigner } from './rules-signer';
import { checkSubject } from './rules-subject';
import type { CheckView, DocPart, Finding, Severity } from './types';
import { viewFromDraft } from './view-draft';
import { viewFromText } from './view-text';

export type { CheckView, DocPart, Finding, FindingFix, FindingLocation, RuleGroup, Severity } from './types';
export { PART_LABELS, SEVERITY_LABELS } from './types';
export { applyFix } from './apply-fix';
export { formatFinding } from './format';

/**
 * The format checker (thể thức, Phụ lục I of Nghị định 30/2020): pure functions over a draft or
 * over plain text, returning findings in document order, each with severity, location and, where
 * possible, a mechanical fix.
 */

const RULES: ReadonlyArray<(view: CheckView) => Finding[]> = [
  checkNationalHeader,
  checkNumberLine,
  checkDateLine,
  checkSubject,
  checkLegalBases,
  checkItemLabels,
  checkReferences,
  checkBody,
  checkSigner,
  checkDistribution,
];

const PART_ORDER: readonly DocPart[] = [
  'national',
  'motto',
  'number',
  'date',
  'subject',
  'title',
  'recipients',
  'legalBasis',
  'body',
  'signer',
  'distribution',
];

/** Order inside a part: list items by index; the Lưu line after the Nơi nhận items. */
function pathIndex(path: string | null): number {
  if (path === 'archive') return Number.MAX_SAFE_INTEGER;
  const m = /\.(\d+)$/.exec(path ?? '');
  return m ? Number(m[1]) : -1;
}

function documentOrder(a: Finding, b: Finding): number {
  if (a.location.line !== null && b.location.line !== null && a.location.line !== b.location.line) return a.location.line - b.location.line;
  const part = PART_ORDER.indexOf(a.location.part) - PART_ORDER.indexOf(b.location.part);
  if (part !== 0) return part;
  return pathIndex(a.location.path) - pathIndex(b.location.path);
}

export function checkView(view: CheckView): Finding[] {
  return RULES.flatMap((rule) => rule(view)).sort(documentOrder);
}

/** Checks a structured draft (what the editor saves). */
export function checkDraft(draft: Draft): Finding[] {
  return checkView(viewFromDraft(draft));
}

/**
 * Checks plain text (a received document, a .docx read as text). Text copies often lack the
 * header; what is missing is not reported, what is present and wrong is.
 */
export function checkText(text: string): Finding[] {
  return checkView(viewFromText(text));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
