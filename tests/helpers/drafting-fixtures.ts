import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '@shared/drafting/draft-schema';
import { composeReply, type IncomingForReply } from '@shared/drafting/reply';
import { article, type DraftAgency, item, labelled, paragraph } from '@shared/drafting/templates/common';
import { createDraft } from '@shared/drafting/templates/index';

/** Drafts used across the drafting, checker and export tests: the acceptance documents of issue 6. */

export const SO_Y_TE_DONG_NAI: DraftAgency = { parentName: 'UBND tỉnh Đồng Nai', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' };

export function seedText(n: 2 | 3 | 4): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'seeds', `seed-00${n}.txt`), 'utf8');
}

export function seedFields(
  n: 2 | 3 | 4,
): IncomingForReply & { references: Array<{ numberAndSymbol: string; kind: string; date: string; issuer: string }> } {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seeds', `seed-00${n}.json`), 'utf8'));
}

/** The reply to seed 004 (Sở Y tế tỉnh Đồng Nai, drafting unit KHTC, number 8162). */
export function replyToSeed004(): Draft {
  return composeReply(seedFields(4), SO_Y_TE_DONG_NAI, {
    unitAbbreviation: 'KHTC',
    number: 8162,
    date: '2021-10-05',
    body: [
      item(
        '1.',
        'Phòng Nghiệp vụ đã tham mưu Giám đốc Sở ban hành kế hoạch phân bổ vắc xin cho các địa phương; đến ngày 04/10/2021 đã phân bổ đủ số vắc xin được cấp, ưu tiên lực lượng tuyến đầu và người cao tuổi.',
      ),
      item(
        '2.',
        'Phòng Kế hoạch – Tài chính đã phối hợp rà soát việc mua sắm trang thiết bị, vật tư, sinh phẩm xét nghiệm phục vụ phòng, chống dịch COVID-19.',
      ),
      item('3.', 'Thanh tra Sở đã xây dựng kế hoạch kiểm tra, giám sát hoạt động mua sắm tại các đơn vị trực thuộc trong tháng 10/2021.'),
    ],
    distribution: ['Ban Giám đốc Sở'],
    signer: { authority: [{ marker: 'KT.', onBehalfOf: 'Giám đốc' }], title: 'Phó Giám đốc', name: 'Nguyễn Văn Bình' },
  });
}

/** A Quyết định with căn cứ lines, Điều 1–3 and "Nơi nhận: - Như Điều 3;"; `extraMembers` makes it run over pages. */
export function quyetDinh(extraMembers = 0): Draft {
  const members = Array.from({ length: extraMembers }, (_, i) =>
    item(
      `${i + 4}.`,
      `Ông (bà) cán bộ thứ ${i + 4} của các phòng chuyên môn, đơn vị trực thuộc Sở Y tế, thành viên Tổ công tác kiểm tra việc mua sắm, sử dụng trang thiết bị y tế;`,
    ),
  );
  return createDraft('Quyết định', SO_Y_TE_DONG_NAI, {
    unitAbbreviation: 'TCCB',
    number: 5,
    date: '2025-02-03',
    subject: 'Về việc thành lập Tổ công tác kiểm tra công tác mua sắm trang thiết bị y tế năm 2025',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025',
      'Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 10/5/2024 của UBND tỉnh Đồng Nai quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế',
      'Theo đề nghị của Trưởng phòng Tổ chức cán bộ',
    ],
    body: [
      article(1, 'Thành lập Tổ công tác kiểm tra công tác mua sắm trang thiết bị y tế năm 2025, gồm các ông (bà) có tên sau:'),
      item('1.', 'Ông Nguyễn Văn An, Phó Giám đốc Sở, Tổ trưởng;'),
      item('2.', 'Bà Trần Thị Bình, Trưởng phòng Kế hoạch – Tài chính, Tổ phó;'),
      item('3.', `Ông Lê Văn Cường, Chánh Thanh tra Sở, thành viên${extraMembers > 0 ? ';' : '.'}`),
      ...members,
      article(2, 'Tổ công tác có nhiệm vụ:'),
      item('a)', 'Kiểm tra hồ sơ mua sắm trang thiết bị y tế của các đơn vị trực thuộc năm 2024 và năm 2025;'),
      item('b)', 'Báo cáo Giám đốc Sở kết quả kiểm tra trước ngày 30/6/2025.'),
      article(
        3,
        'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ, Trưởng các phòng, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ],
    distribution: ['UBND tỉnh (để báo cáo)', 'Ban Giám đốc Sở'],
    signer: { authority: [], title: 'Giám đốc', name: 'Phan Huy Anh Vũ' },
  });
}

export function giayMoi(): Draft {
  return createDraft('Giấy mời', SO_Y_TE_DONG_NAI, {
    unitAbbreviation: 'VP',
    number: 112,
    date: '2025-03-12',
    subject: 'Dự Hội nghị sơ kết công tác y tế quý I năm 2025',
    recipients: ['Trưởng các phòng chuyên môn, Chánh Thanh tra Sở', 'Giám đốc các đơn vị trực thuộc'],
    body: [
      labelled('Tới dự', 'Hội nghị sơ kết công tác y tế quý I và triển khai nhiệm vụ quý II năm 2025.'),
      labelled('Thời gian', '08 giờ 00 phút, thứ Sáu, ngày 21/3/2025.'),
      labelled('Địa điểm', 'Hội trường Sở Y tế, số 2 Phan Đình Phùng, phường Trung Dũng, thành phố Biên Hòa.'),
      paragraph('Giao Văn phòng Sở chuẩn bị tài liệu, hội trường./.'),
    ],
    signer: { authority: [{ marker: 'TL.', onBehalfOf: 'Giám đốc' }], title: 'Chánh Văn phòng', name: 'Lê Thị Hoa' },
  });
}
