import { describe, expect, it } from 'vitest';
import { extractDocument } from '@shared/extract';

const QD = `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND
Quảng Ngãi, ngày 12 tháng 02 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác kiểm tra
tiến độ giải ngân vốn đầu tư công năm 2025
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 56/QĐ-UBND ngày 10/01/2025 của UBND tỉnh về giao kế hoạch vốn;
Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 45/TTr-SKHĐT ngày 05/02/2025.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác kiểm tra tiến độ giải ngân vốn đầu tư công năm 2025, gồm:
1. Ông Nguyễn Văn A, Phó Giám đốc Sở Kế hoạch và Đầu tư - Tổ trưởng;
2. Bà Trần Thị B, Phó Giám đốc Sở Tài chính - Tổ phó.
Điều 2. Nhiệm vụ của Tổ công tác
a) Kiểm tra tiến độ giải ngân tại các chủ đầu tư, hoàn thành trước ngày 30/4/2025.
b) Định kỳ hằng tháng, trước ngày 25, báo cáo Chủ tịch UBND tỉnh.
Điều 3. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Kho bạc Nhà nước tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trong quý II/2025.
Điều 4. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Kế hoạch và Đầu tư, Tài chính và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 4;
- CT, PCT UBND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Phước Hiền
`;
const HEAD = 'Số: 12/UBND-VX\nLâm Đồng, ngày 01 tháng 3 năm 2022\nV/v phòng cháy rừng\n\n';
const tasks = (body: string) =>
  extractDocument(`${HEAD}${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Văn Hai`).result.tasks;

describe('extractDocument tasks', () => {
  it('reads lead, cooperating parties and deadline of numbered items after a directive lead-in', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh yêu cầu:\n\n1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Sở Kế hoạch và Đầu tư và các cơ quan liên quan rà soát kinh phí, báo cáo trước ngày 30/6/2022.\n\n2. Công an tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tuần tra, kiểm soát.',
    );
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({
      ref: '1',
      lead: 'Sở Tài chính',
      cooperating: ['Sở Xây dựng', 'Sở Kế hoạch và Đầu tư', 'các cơ quan liên quan'],
      deadline: '2022-06-30',
      deadlineText: 'trước ngày 30/6/2022',
    });
    expect(t[1]).toMatchObject({ ref: '2', lead: 'Công an tỉnh', cooperating: ['Bộ Chỉ huy Quân sự tỉnh'], deadline: null });
    expect(t[0]?.summary.split(' ')).toHaveLength(20);
  });

  it('gives the items of a container the party its heading names and keeps a lead with its parenthesis', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh yêu cầu:\n\n1. Các sở, ban, ngành:\na) Sở Nông nghiệp và Phát triển nông thôn (Chi cục Kiểm lâm) chủ trì tuần tra rừng.\nb) Sở Tài chính bố trí kinh phí.\n2. Chủ tịch UBND các huyện, thành phố:\na) Thành lập chốt kiểm soát, hoàn thành trước ngày 25/5/2022.\nb) Chỉ đạo UBND các xã tiêu hủy lợn bệnh.',
    );
    expect(t.map((x) => [x.ref, x.lead])).toEqual([
      ['a', 'Sở Nông nghiệp và Phát triển nông thôn (Chi cục Kiểm lâm)'],
      ['b', 'Sở Tài chính'],
      ['a', 'Chủ tịch UBND các huyện, thành phố'],
      ['b', 'Chủ tịch UBND các huyện, thành phố'],
    ]);
  });

  it('folds dash bullets into their item and reads a deadline from a bullet', () => {
    const t = tasks(
      'Giám đốc Sở yêu cầu như sau:\n\n1. Giao Văn phòng Sở chủ trì, phối hợp các đơn vị liên quan:\n\n- Rà soát hồ sơ;\n\n- Năm 2025 tổng kết công tác.',
    );
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({
      ref: '1',
      lead: 'Văn phòng Sở',
      cooperating: ['các đơn vị liên quan'],
      deadline: '2025-12-31',
      deadlineText: 'Năm 2025',
    });
    expect(t[0]?.summary).toBe('Giao Văn phòng Sở chủ trì, phối hợp các đơn vị liên quan: Rà soát hồ sơ; Năm 2025 tổng');
  });

  it('makes each bullet a task when the directive part has no labels', () => {
    const t = tasks('Sở đề nghị các đơn vị thực hiện:\n\n- Rà soát danh sách trẻ trong độ tuổi;\n- Định kỳ hằng quý báo cáo Sở.');
    expect(t.map((x) => [x.ref, x.lead, x.deadlineText])).toEqual([
      ['-', 'các đơn vị', null],
      ['-', 'các đơn vị', 'Định kỳ hằng quý'],
    ]);
  });

  it('leaves out evaluations, information items, execution clauses and closing exhortations', () => {
    const t = tasks(
      'I. ĐÁNH GIÁ CHUNG\n\n1. Sở Y tế đã hoàn thành các chỉ tiêu.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n1. Sở Y tế rà soát các gói thầu.\n\n2. Về các kiến nghị, đề xuất\n\nĐề nghị các cơ quan tiếp thu, thực hiện.\n\nUBND tỉnh thông báo để các cơ quan biết, thực hiện./.',
    );
    expect(t.map((x) => x.summary)).toEqual(['Sở Y tế rà soát các gói thầu.']);
  });

  it('reads no tasks from a Báo cáo or a Tờ trình', () => {
    const report = extractDocument(
      'Số: 5/BC-UBND\nTân Phú, ngày 01 tháng 3 năm 2022\n\nBÁO CÁO\nKết quả năm 2021\n\nII. PHƯƠNG HƯỚNG\n1. UBND xã tổ chức hội nghị trước ngày 30/6/2022.',
    ).result;
    expect(report.tasks).toEqual([]);
  });
});

describe('extractDocument issues', () => {
  it('reports a duplicated item number and sub-items carrying another section prefix', () => {
    const r = extractDocument(
      `${HEAD}Yêu cầu các cơ quan thực hiện:\n\n1. Sở Y tế\n\n(1) Rà soát hồ sơ.\n\n2. Đối với các cơ quan liên quan\n\n1.1. Sở Tài chính\n\nBố trí kinh phí.\n\n1.1. Sở Xây dựng\n\nThẩm định thiết kế.`,
    ).result;
    expect(r.issues).toHaveLength(2);
    expect(r.issues[0]).toMatch(/^DUPLICATE_ITEM_NUMBER: item number '1\.1\.' is used twice in a row \(Sở Tài chính, then Sở Xây dựng\)/);
    expect(r.issues[1]).toBe(
      "NUMBERING_SEQUENCE: the sub-items of section '2. Đối với các cơ quan liên quan' are numbered 1.1., 1.1. instead of 2.1.-2.2.",
    );
  });

  it('reports one reference cited with two dates and keeps the first date', () => {
    const r = extractDocument(
      `Số: 8/SYT-NV\nĐồng Nai, ngày 29 tháng 9 năm 2021\nV/v triển khai Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ.\n\nCăn cứ Công điện số 6741/CD-VPCP ngày 27/9/2021 của Văn phòng Chính phủ về việc phòng dịch;\n\nCác đơn vị thực hiện./.`,
    ).result;
    expect(r.references).toEqual([
      { numberAndSymbol: '6741/CD-VPCP', kind: 'Công điện', date: '2021-09-22', issuer: 'Văn phòng Chính phủ' },
    ]);
    expect(r.issues).toEqual([
      "REFERENCE_DATE_CONFLICT: Công điện số 6741/CD-VPCP of Văn phòng Chính phủ is cited as 'ngày 22/9/2021' (trích yếu) but as 'ngày 27/9/2021' in the 'Căn cứ' paragraph.",
    ]);
  });

  it('has no issues for a clean document', () => {
    expect(tasks('Yêu cầu:\n\n1. Sở Y tế rà soát.\n\n2. Sở Tài chính bố trí kinh phí.').length).toBe(2);
  });
});

describe('extractDocument tasks in other layouts', () => {
  it('reads a Quyết định: membership and effective-date articles are not tasks, a container Điều gives its party', () => {
    const r = extractDocument(QD).result;
    expect(r.tasks.map((t) => [t.ref, t.lead, t.deadline, t.deadlineText])).toEqual([
      ['a', 'Tổ công tác', '2025-04-30', 'trước ngày 30/4/2025'],
      ['b', 'Tổ công tác', null, 'Định kỳ hằng tháng, trước ngày 25'],
      ['Điều 3', 'Sở Kế hoạch và Đầu tư', '2025-06-30', 'trong quý II/2025'],
    ]);
    expect(r.tasks[2]?.cooperating).toEqual(['Sở Tài chính', 'Kho bạc Nhà nước tỉnh']);
    expect(r.references.map((x) => x.numberAndSymbol)).toEqual(['56/QĐ-UBND', '45/TTr-SKHĐT']);
    expect(r.references[1]?.issuer).toBe('Giám đốc Sở Kế hoạch và Đầu tư');
  });

  it('reads one task per row of a | task table', () => {
    const t = tasks(
      'III. TỔ CHỨC THỰC HIỆN\n\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| 1 | Rà soát dữ liệu hộ tịch | Phòng Kinh tế | Đoàn Thanh niên xã; Hội Phụ nữ xã | Trong tháng 10/2025 |\n| 2 | Cập nhật số liệu | Phòng Văn hóa - Xã hội | Các thôn | Quý IV/2025 |',
    );
    expect(t.map((x) => [x.ref, x.lead, x.cooperating, x.summary, x.deadline, x.deadlineText])).toEqual([
      ['1', 'Phòng Kinh tế', ['Đoàn Thanh niên xã', 'Hội Phụ nữ xã'], 'Rà soát dữ liệu hộ tịch', '2025-10-31', 'Trong tháng 10/2025'],
      ['2', 'Phòng Văn hóa - Xã hội', ['Các thôn'], 'Cập nhật số liệu', '2025-12-31', 'Quý IV/2025'],
    ]);
  });

  it('takes the party of an "Đối với X:" heading and tells Giao from Giáo', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh kết luận:\n\n1. Đối với Sở Nội vụ: phối hợp với Sở Y tế rà soát biên chế.\n\n2. Giáo viên chủ nhiệm các lớp thông báo lịch học cho học sinh.',
    );
    expect(t.map((x) => x.lead)).toEqual(['Sở Nội vụ', 'Giáo viên chủ nhiệm các lớp']);
    expect(t[0]?.cooperating).toEqual(['Sở Y tế']);
  });
});
