import type { Draft } from '../drafting/draft-schema';
import {
  blockText,
  dateLine,
  distributionLines,
  enactingLine,
  isUntitledKind,
  kindTitle,
  MOTTO,
  NATIONAL_NAME,
  numberLine,
  signerLines,
  vvLine,
} from '../drafting/model';
import type { CheckView, ViewLine } from './types';

function at(text: string, path: string | null): ViewLine {
  return { text, line: null, path };
}

/** The checker's view of a draft: the printed wording of each part, each tied to its draft field. */
export function viewFromDraft(draft: Draft): CheckView {
  const title = kindTitle(draft.kind);
  const vv = vvLine(draft);
  const enacting = enactingLine(draft.kind);
  const signer = signerLines(draft.signer).map((text, i) =>
    at(text, i < draft.signer.authority.length ? `signer.authority.${i}` : 'signer.title'),
  );
  const printedDistribution = distributionLines(draft).map((text, i) =>
    at(text, i < draft.distribution.length ? `distribution.${i}` : 'archive'),
  );
  return {
    source: 'draft',
    kind: draft.kind,
    nationalName: at(NATIONAL_NAME, null),
    motto: at(MOTTO, null),
    numberLine: at(numberLine(draft.header), 'header.number'),
    dateLine: draft.kind === 'Biên bản' ? null : at(dateLine(draft.header), 'header.place'),
    vvLine: vv === null ? null : at(vv, 'subject'),
    titleLine: title === null ? null : at(title, null),
    subject: isUntitledKind(draft.kind) ? null : at(draft.subject, 'subject'),
    recipients: (draft.recipients?.items ?? []).map((text, i) => at(text, `recipients.items.${i}`)),
    legalBases: draft.legalBases.map((text, i) => at(text, `legalBases.${i}`)),
    enactingLine: enacting === null ? null : at(enacting, null),
    body: draft.body.map((block, i) => at(blockText(block), `body.${i}`)),
    signerLines: signer,
    signerName: at(draft.signer.name, 'signer.name'),
    distributionHeading: at('Nơi nhận:', null),
    distribution: printedDistribution,
    draft,
  };
}
