import { checkText } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { codes, textDoc } from './helpers';

describe('Quốc hiệu and Tiêu ngữ', () => {
  it('passes the exact lines', () => {
    expect(checkText(textDoc())).toEqual([]);
  });

  it('reports a lower-case Quốc hiệu with the fix', () => {
    const [f] = checkText(textDoc({ national: 'Cộng hòa xã hội chủ nghĩa Việt Nam' }));
    expect(f).toMatchObject({ code: 'NATIONAL_NAME_CASE', severity: 'error', location: { part: 'national', line: 5 } });
    expect(f?.fix?.edit).toEqual({ find: 'Cộng hòa xã hội chủ nghĩa Việt Nam', replace: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' });
  });

  it('notes the old tone placement "HOÀ" as a hint only', () => {
    const [f] = checkText(textDoc({ national: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' }));
    expect(f).toMatchObject({ code: 'NATIONAL_NAME_TONE', severity: 'info' });
  });

  it('reports en dashes, missing spaces and wrong case in the Tiêu ngữ', () => {
    expect(codes(checkText(textDoc({ motto: 'Độc lập – Tự do – Hạnh phúc' })))).toEqual(['MOTTO_DASHES']);
    expect(codes(checkText(textDoc({ motto: 'Độc lập-Tự do-Hạnh phúc' })))).toEqual(['MOTTO_DASHES']);
    expect(codes(checkText(textDoc({ motto: 'Độc Lập - Tự Do - Hạnh Phúc' })))).toEqual(['MOTTO_TEXT']);
    expect(checkText(textDoc({ motto: 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC' }))[0]?.message).toMatch(/không viết in hoa/);
  });

  it('reports one line without its partner, but not a copy that lost both', () => {
    expect(codes(checkText(textDoc({ motto: 'Kính gửi:' })))).toContain('MOTTO_MISSING');
    expect(codes(checkText(textDoc({ national: 'UBND' })))).toContain('NATIONAL_NAME_MISSING');
    const withoutHeader = textDoc().replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n', '');
    expect(checkText(withoutHeader)).toEqual([]);
  });

  it('reports a misspelt Quốc hiệu', () => {
    expect(checkText(textDoc({ national: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM' }))[0]).toMatchObject({
      code: 'NATIONAL_NAME_TEXT',
      severity: 'error',
      fix: { edit: { replace: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' } },
    });
  });
});
