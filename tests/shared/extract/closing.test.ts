import { describe, expect, it } from 'vitest';
import { extractDocument } from '@shared/extract';

const HEAD = 'Số: 12/UBND-VX\nKon Tum, ngày 01 tháng 10 năm 2020\nV/v phòng chống bão\n\nCác đơn vị thực hiện nghiêm túc./.\n\n';
const run = (tail: string) => extractDocument(HEAD + tail).result;

describe('extractDocument Nơi nhận and signer', () => {
  it('reads the distribution items verbatim and the archive without its final full stop', () => {
    const r = run(
      'Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Các sở, ban, ngành\ntỉnh;\n- Lưu: VT, KGVX (NTB).\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An',
    );
    expect(r.distribution).toEqual(['Như trên', 'UBND tỉnh (b/c)', 'Các sở, ban, ngành tỉnh']);
    expect(r.archive).toBe('VT, KGVX (NTB)');
    expect(r.signer).toEqual({ authority: 'KT.', onBehalfOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });

  it('reads chained authority markers in printed order', () => {
    const r = run('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Thị Hoa');
    expect(r.signer).toEqual({ authority: 'TM. KT.', onBehalfOf: 'ỦY BAN NHÂN DÂN / CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Hoa' });
  });

  it('reads a head signing directly, and a name with a degree prefix', () => {
    const r = run('Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTH.\nGIÁM ĐỐC\nBs.CKII. Hoàng Văn Thành');
    expect(r.signer).toEqual({ authority: null, onBehalfOf: null, title: 'GIÁM ĐỐC', name: 'Bs.CKII. Hoàng Văn Thành' });
  });

  it('reads a name printed in capitals as the last line', () => {
    const r = run('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN AN');
    expect(r.signer).toEqual({ authority: 'KT.', onBehalfOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'NGUYỄN VĂN AN' });
  });

  it('separates the signature flattened beside the Nơi nhận lines', () => {
    const r = run(
      'Nơi nhận:                                    CHỦ TỊCH\n- Bộ Nông nghiệp và PTNT (b/c);\n- Như mục 1, 2;                                Hoàng Quốc Khánh\n- Lưu: VT, Nh, 50b.',
    );
    expect(r.distribution).toEqual(['Bộ Nông nghiệp và PTNT (b/c)', 'Như mục 1, 2']);
    expect(r.archive).toBe('VT, Nh, 50b');
    expect(r.signer.title).toBe('CHỦ TỊCH');
    expect(r.signer.name).toBe('Hoàng Quốc Khánh');
  });
});

describe('extractDocument recipients', () => {
  it('reads Kính gửi as a list, and the invitees of a Giấy mời', () => {
    const list = extractDocument(
      'Số: 1/SYT-NV\nĐồng Nai, ngày 02 tháng 3 năm 2024\nV/v a\n\nKính gửi:\n\n- Các phòng chuyên môn;\n- Thanh tra Sở.\n\nThực hiện Kế hoạch.',
    ).result;
    expect(list.recipients).toEqual(['Các phòng chuyên môn', 'Thanh tra Sở']);
    const invitation = extractDocument(
      'Số: /GM-UBND\nKrông Pắc, ngày  tháng 6 năm 2020\n\nGIẤY MỜI\nHọp triển khai\n\nỦy ban nhân dân huyện Krông Pắc trân trọng kính mời:\n\n- Lãnh đạo Phòng Nông nghiệp;\n- Chủ tịch UBND các xã, thị trấn.\n\nTới dự cuộc họp.',
    ).result;
    expect(invitation.recipients).toEqual(['Lãnh đạo Phòng Nông nghiệp', 'Chủ tịch UBND các xã, thị trấn']);
  });
});
