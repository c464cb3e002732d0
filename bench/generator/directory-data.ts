/**
 * The directory of a generated database: a provincial Sở Y tế (Đồng Nai), its units and staff, and
 * the bodies that write to it, with the March 2025 ministry and department mergers and the July 2025
 * province merger (Bình Phước into Đồng Nai; district level abolished): a body writes only while it
 * exists.
 */
export interface BodySpec {
  name: string;
  /** The code in its ký hiệu (BYT, UBND, SYT…). */
  code: string;
  /** 'party' bodies number "448-KL/TU"; 'law' bodies also issue legal documents with the year. */
  style: 'ministry' | 'province' | 'party' | 'department' | 'local' | 'other';
  from?: string;
  until?: string;
  /** Relative volume of documents it sends. */
  weight: number;
}

const MERGE_2025_03 = '2025-03-01';
const MERGE_2025_07 = '2025-07-01';

const MINISTRIES: BodySpec[] = [
  { name: 'Bộ Y tế', code: 'BYT', style: 'ministry', weight: 30 },
  { name: 'Bộ Tài chính', code: 'BTC', style: 'ministry', weight: 6 },
  { name: 'Bộ Kế hoạch và Đầu tư', code: 'BKHĐT', style: 'ministry', until: MERGE_2025_03, weight: 2 },
  { name: 'Bộ Nội vụ', code: 'BNV', style: 'ministry', weight: 4 },
  { name: 'Bộ Lao động - Thương binh và Xã hội', code: 'BLĐTBXH', style: 'ministry', until: MERGE_2025_03, weight: 2 },
  { name: 'Bộ Giáo dục và Đào tạo', code: 'BGDĐT', style: 'ministry', weight: 2 },
  { name: 'Bộ Xây dựng', code: 'BXD', style: 'ministry', weight: 1 },
  { name: 'Bộ Giao thông vận tải', code: 'BGTVT', style: 'ministry', until: MERGE_2025_03, weight: 1 },
  { name: 'Bộ Thông tin và Truyền thông', code: 'BTTTT', style: 'ministry', until: MERGE_2025_03, weight: 2 },
  { name: 'Bộ Khoa học và Công nghệ', code: 'BKHCN', style: 'ministry', weight: 2 },
  { name: 'Bộ Tài nguyên và Môi trường', code: 'BTNMT', style: 'ministry', until: MERGE_2025_03, weight: 1 },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', code: 'BNN', style: 'ministry', until: MERGE_2025_03, weight: 1 },
  { name: 'Bộ Nông nghiệp và Môi trường', code: 'BNNMT', style: 'ministry', from: MERGE_2025_03, weight: 2 },
  { name: 'Bộ Công an', code: 'BCA', style: 'ministry', weight: 1 },
  { name: 'Bộ Quốc phòng', code: 'BQP', style: 'ministry', weight: 1 },
  { name: 'Bộ Tư pháp', code: 'BTP', style: 'ministry', weight: 1 },
  { name: 'Bộ Công Thương', code: 'BCT', style: 'ministry', weight: 1 },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', code: 'BVHTTDL', style: 'ministry', weight: 1 },
  { name: 'Bảo hiểm xã hội Việt Nam', code: 'BHXH', style: 'other', until: MERGE_2025_03, weight: 3 },
  { name: 'Văn phòng Chính phủ', code: 'VPCP', style: 'ministry', weight: 3 },
  { name: 'Thanh tra Chính phủ', code: 'TTCP', style: 'ministry', weight: 1 },
  { name: 'Cục Quản lý Dược', code: 'QLD', style: 'other', weight: 6 },
  { name: 'Cục Quản lý Khám, chữa bệnh', code: 'KCB', style: 'other', weight: 5 },
  { name: 'Cục Y tế dự phòng', code: 'DP', style: 'other', weight: 4 },
  { name: 'Cục An toàn thực phẩm', code: 'ATTP', style: 'other', weight: 3 },
  { name: 'Cục Khoa học công nghệ và Đào tạo', code: 'K2ĐT', style: 'other', weight: 1 },
  { name: 'Viện Pasteur Thành phố Hồ Chí Minh', code: 'PAS', style: 'other', weight: 2 },
  { name: 'Ủy ban Dân tộc', code: 'UBDT', style: 'ministry', until: MERGE_2025_03, weight: 1 },
  { name: 'Bộ Dân tộc và Tôn giáo', code: 'BDTTG', style: 'ministry', from: MERGE_2025_03, weight: 1 },
];

const PROVINCE: BodySpec[] = [
  { name: 'Tỉnh ủy Đồng Nai', code: 'TU', style: 'party', weight: 8 },
  { name: 'Ban Tuyên giáo Tỉnh ủy Đồng Nai', code: 'BTGTU', style: 'party', until: MERGE_2025_03, weight: 1 },
  { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai', code: 'BTGDVTU', style: 'party', from: MERGE_2025_03, weight: 1 },
  { name: 'Ủy ban nhân dân tỉnh Đồng Nai', code: 'UBND', style: 'province', weight: 40 },
  { name: 'Hội đồng nhân dân tỉnh Đồng Nai', code: 'HĐND', style: 'province', weight: 3 },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh Đồng Nai', code: 'VPUBND', style: 'department', weight: 6 },
  { name: 'Ủy ban nhân dân tỉnh Bình Phước', code: 'UBND', style: 'province', until: MERGE_2025_07, weight: 2 },
  { name: 'Sở Y tế tỉnh Bình Phước', code: 'SYT', style: 'department', until: MERGE_2025_07, weight: 2 },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai', code: 'MTTQ', style: 'other', weight: 1 },
  { name: 'Bảo hiểm xã hội tỉnh Đồng Nai', code: 'BHXH', style: 'other', weight: 5 },
  { name: 'Công an tỉnh Đồng Nai', code: 'CAT', style: 'other', weight: 2 },
  { name: 'Bộ Chỉ huy Quân sự tỉnh Đồng Nai', code: 'BCH', style: 'other', weight: 1 },
  { name: 'Kho bạc Nhà nước Đồng Nai', code: 'KBNN', style: 'other', until: MERGE_2025_03, weight: 1 },
  { name: 'Cục Thuế tỉnh Đồng Nai', code: 'CT', style: 'other', until: MERGE_2025_03, weight: 1 },
  { name: 'Kho bạc Nhà nước khu vực XVII', code: 'KBNN', style: 'other', from: MERGE_2025_03, weight: 1 },
  { name: 'Thuế tỉnh Đồng Nai', code: 'THUE', style: 'other', from: MERGE_2025_07, weight: 1 },
];

const DEPARTMENTS: Array<[string, string, string?, string?]> = [
  ['Sở Tài chính', 'STC'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT', undefined, MERGE_2025_03],
  ['Sở Nội vụ', 'SNV'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', undefined, MERGE_2025_03],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['Sở Xây dựng', 'SXD'],
  ['Sở Giao thông vận tải', 'SGTVT', undefined, MERGE_2025_03],
  ['Sở Thông tin và Truyền thông', 'STTTT', undefined, MERGE_2025_03],
  ['Sở Khoa học và Công nghệ', 'SKHCN'],
  ['Sở Tài nguyên và Môi trường', 'STNMT', undefined, MERGE_2025_03],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN', undefined, MERGE_2025_03],
  ['Sở Nông nghiệp và Môi trường', 'SNNMT', MERGE_2025_03],
  ['Sở Tư pháp', 'STP'],
  ['Sở Công Thương', 'SCT'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở Dân tộc và Tôn giáo', 'SDTTG', MERGE_2025_03],
  ['Thanh tra tỉnh Đồng Nai', 'TTr'],
];

const DISTRICTS = [
  ['Thành phố Biên Hòa', 'UBND'],
  ['Thành phố Long Khánh', 'UBND'],
  ['Huyện Long Thành', 'UBND'],
  ['Huyện Nhơn Trạch', 'UBND'],
  ['Huyện Trảng Bom', 'UBND'],
  ['Huyện Thống Nhất', 'UBND'],
  ['Huyện Vĩnh Cửu', 'UBND'],
  ['Huyện Định Quán', 'UBND'],
  ['Huyện Tân Phú', 'UBND'],
  ['Huyện Xuân Lộc', 'UBND'],
  ['Huyện Cẩm Mỹ', 'UBND'],
] as const;

const NEW_COMMUNES = [
  'Phường Trấn Biên',
  'Phường Biên Hòa',
  'Phường Tam Hiệp',
  'Phường Long Bình',
  'Phường Hố Nai',
  'Phường Trảng Dài',
  'Phường Long Khánh',
  'Phường Bình Lộc',
  'Phường Bảo Vinh',
  'Phường Xuân Lập',
  'Phường Đồng Xoài',
  'Phường Bình Phước',
  'Xã Long Thành',
  'Xã Nhơn Trạch',
  'Xã Trảng Bom',
  'Xã Định Quán',
  'Xã Tân Phú',
  'Xã Xuân Lộc',
  'Xã Cẩm Mỹ',
  'Xã Vĩnh Cửu',
  'Xã Thống Nhất',
  'Xã Phú Riềng',
  'Xã Lộc Ninh',
  'Xã Bù Đăng',
];

const HEALTH_FACILITIES = [
  ['Bệnh viện Đa khoa Đồng Nai', 'BVĐK'],
  ['Bệnh viện Đa khoa Thống Nhất', 'BVTN'],
  ['Bệnh viện Nhi đồng Đồng Nai', 'BVNĐ'],
  ['Bệnh viện Phổi Đồng Nai', 'BVP'],
  ['Bệnh viện Da liễu Đồng Nai', 'BVDL'],
  ['Bệnh viện Y dược cổ truyền Đồng Nai', 'BVYDCT'],
  ['Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai', 'CDC'],
  ['Trung tâm Kiểm nghiệm Đồng Nai', 'TTKN'],
  ['Trung tâm Pháp y tỉnh Đồng Nai', 'TTPY'],
  ['Trung tâm Giám định y khoa tỉnh Đồng Nai', 'TTGĐYK'],
  ['Trung tâm Y tế Biên Hòa', 'TTYT'],
  ['Trung tâm Y tế Long Khánh', 'TTYT'],
  ['Trung tâm Y tế Long Thành', 'TTYT'],
  ['Trung tâm Y tế Nhơn Trạch', 'TTYT'],
  ['Trung tâm Y tế Trảng Bom', 'TTYT'],
  ['Trung tâm Y tế Xuân Lộc', 'TTYT'],
  ['Trường Cao đẳng Y tế Đồng Nai', 'CĐYT'],
] as const;

export const BODIES: BodySpec[] = [
  ...MINISTRIES,
  ...PROVINCE,
  ...DEPARTMENTS.map(([name, code, from, until]) => ({
    name,
    code,
    style: 'department' as const,
    weight: 3,
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
  })),
  ...DISTRICTS.map(([place, code]) => ({
    name: `Ủy ban nhân dân ${place}`,
    code,
    style: 'local' as const,
    until: MERGE_2025_07,
    weight: 2,
  })),
  ...NEW_COMMUNES.map((place) => ({
    name: `Ủy ban nhân dân ${place}`,
    code: 'UBND',
    style: 'local' as const,
    from: MERGE_2025_07,
    weight: 1,
  })),
  ...HEALTH_FACILITIES.map(([name, code]) => ({ name, code, style: 'other' as const, weight: 3 })),
];

export const AGENCY = { parentName: 'UBND TỈNH ĐỒNG NAI', name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' } as const;

export const UNITS: ReadonlyArray<readonly [string, string]> = [
  ['Văn phòng Sở', 'VP'],
  ['Phòng Kế hoạch – Tài chính', 'KHTC'],
  ['Phòng Nghiệp vụ Y', 'NVY'],
  ['Phòng Nghiệp vụ Dược', 'NVD'],
  ['Phòng Tổ chức cán bộ', 'TCCB'],
  ['Thanh tra Sở', 'TTra'],
  ['Phòng Quản lý hành nghề', 'QLHN'],
  ['Chi cục Dân số', 'CCDS'],
  ['Chi cục An toàn vệ sinh thực phẩm', 'ATVSTP'],
  ['Phòng Y tế dự phòng', 'YTDP'],
];

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Hoài', 'Anh', 'Kim'];
export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đông',
  'Giang',
  'Hà',
  'Hải',
  'Hòa',
  'Hùng',
  'Khoa',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trung',
  'Tuấn',
  'Vinh',
  'Vũ',
  'Yến',
];
