import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@shared/extract';

const DIR = new URL('../../fixtures/documents/', import.meta.url);

describe('extractDocument on the three seed documents', () => {
  for (const name of ['seed-002', 'seed-003', 'seed-004']) {
    it(`gives exactly the ground truth of ${name}`, () => {
      const text = readFileSync(new URL(`${name}.txt`, DIR), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
      const { result } = extractDocument(text);
      expect(result).toEqual(expected);
      expect(Object.keys(result)).toEqual(Object.keys(expected));
    });
  }

  it('points every span at the text the field came from', () => {
    const text = readFileSync(new URL('seed-004.txt', DIR), 'utf8');
    const { result, spans } = extractDocument(text);
    const slice = (key: string) => {
      const span = spans[key];
      if (!span) throw new Error(`no span for ${key}`);
      return text.slice(span.start, span.end);
    };
    expect(slice('numberAndSymbol')).toBe('Số: 8161/SYT-KHTC');
    expect(slice('subject')).toContain(result.subject ?? '-');
    expect(slice('place')).toBe('Đồng Nai');
    expect(slice('tasks.1')).toContain('Phòng Kế hoạch – Tài chính chủ động');
    for (const span of Object.values(spans)) {
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.confidence).toBeGreaterThan(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
  });
});
