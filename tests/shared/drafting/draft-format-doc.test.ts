import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '@shared/drafting/draft-schema';
import { TEMPLATE_FIELDS } from '@shared/drafting/template-fields';
import { checkDraft } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'DRAFT-FORMAT.md'), 'utf8');

describe('docs/DRAFT-FORMAT.md', () => {
  it('shows an example that is a valid draft and checks clean', () => {
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].at(-1)?.[1] ?? '';
    const parsed = parseDraft(JSON.parse(example));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkDraft(parsed.draft)).toEqual([]);
  });

  it('documents every template field', () => {
    for (const p of TEMPLATE_FIELDS) expect(doc).toContain(`{${p.name}}`);
  });
});
