/** Words of realistic trích yếu and tasks for a provincial health department's incoming mail. */
export const TOPICS = [
  'phòng, chống dịch bệnh sốt xuất huyết',
  'phòng, chống bệnh tay chân miệng',
  'tiêm chủng mở rộng',
  'an toàn thực phẩm dịp Tết Nguyên đán',
  'an toàn vệ sinh thực phẩm trong bếp ăn tập thể',
  'chuyển đổi số trong lĩnh vực y tế',
  'triển khai hồ sơ sức khỏe điện tử',
  'bệnh án điện tử tại các cơ sở khám bệnh, chữa bệnh',
  'bảo hiểm y tế toàn dân',
  'cải cách hành chính',
  'phòng cháy, chữa cháy tại cơ sở y tế',
  'đấu thầu thuốc tập trung cấp địa phương',
  'cung ứng thuốc, vật tư y tế',
  'khám bệnh, chữa bệnh bảo hiểm y tế',
  'nâng cao chất lượng y tế cơ sở',
  'công tác cán bộ',
  'thi đua, khen thưởng',
  'quyết toán ngân sách nhà nước',
  'phòng, chống tham nhũng, tiêu cực',
  'công tác dân số và phát triển',
  'vệ sinh môi trường, xử lý chất thải y tế',
  'trực Tết và bảo đảm công tác y tế',
  'an toàn thông tin mạng',
  'thanh tra, kiểm tra hành nghề y dược tư nhân',
  'quản lý giá thuốc',
  'sức khỏe sinh sản',
  'phòng, chống HIV/AIDS',
  'phòng, chống bệnh lao',
  'chăm sóc sức khỏe người cao tuổi',
  'y tế trường học',
  'sắp xếp tổ chức bộ máy',
  'thực hiện chế độ tiền lương',
  'mua sắm trang thiết bị y tế',
  'xây dựng trạm y tế xã đạt chuẩn',
  'phòng, chống dịch COVID-19',
  'tiếp công dân, giải quyết khiếu nại, tố cáo',
  'đào tạo, bồi dưỡng cán bộ y tế',
  'ứng dụng công nghệ thông tin',
  'thực hành tiết kiệm, chống lãng phí',
  'kiểm soát nhiễm khuẩn',
];

export const SUBJECT_TEMPLATES = [
  'Về việc triển khai công tác {topic}',
  'Về việc tăng cường {topic}',
  'Triển khai thực hiện Kết luận số {partyNo}-KL/TU của Tỉnh ủy về {topic}',
  'Báo cáo kết quả {topic} {period}',
  'Về việc báo cáo tình hình {topic} {period}',
  'Kế hoạch {topic} năm {year}',
  'Về việc góp ý dự thảo văn bản về {topic}',
  'Về việc đôn đốc thực hiện {topic}',
  'Hướng dẫn thực hiện {topic}',
  'Về việc tổ chức hội nghị sơ kết {topic}',
  'Thông báo kết luận của Chủ tịch UBND tỉnh về {topic}',
  'Về việc cử cán bộ tham dự tập huấn {topic}',
  'Về việc phê duyệt kế hoạch {topic}',
  'Về việc kiểm tra, giám sát {topic} {period}',
  'Triển khai Công điện số {cdNo}/CĐ-TTg của Thủ tướng Chính phủ về {topic}',
];

export const PERIODS = ['quý I', 'quý II', 'quý III', 'quý IV', '6 tháng đầu năm', '9 tháng', 'năm', 'tháng 10', 'đợt 1', 'đợt 2'];

export const TASK_TEMPLATES = [
  'Chủ trì, tham mưu Ban Giám đốc triển khai {topic}',
  'Tổng hợp, báo cáo kết quả {topic} về Sở Y tế',
  'Phối hợp kiểm tra, giám sát {topic} tại các đơn vị',
  'Rà soát, đề xuất kinh phí thực hiện {topic}',
  'Xây dựng kế hoạch {topic} trình Giám đốc Sở phê duyệt',
  'Hướng dẫn các cơ sở y tế thực hiện {topic}',
  'Cập nhật số liệu {topic} trên hệ thống',
  'Dự thảo văn bản trả lời về {topic}',
];

export const SIGNER_TITLES = ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'BÍ THƯ', 'PHÓ BÍ THƯ', 'CỤC TRƯỞNG', 'THỨ TRƯỞNG', 'BỘ TRƯỞNG'];

export const BODY_SENTENCES = [
  'Đề nghị các đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả về Sở Y tế đúng thời hạn.',
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Phòng Nghiệp vụ Y để được hướng dẫn.',
  'Căn cứ tình hình thực tế tại địa phương, các đơn vị chủ động xây dựng kế hoạch chi tiết.',
  'Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện.',
  'Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm.',
  'Thời gian tổ chức dự kiến trong tháng, địa điểm tại hội trường Sở Y tế.',
  'Yêu cầu thực hiện chế độ báo cáo định kỳ hằng tháng trước ngày 20.',
];

/** Tên loại with their share of an incoming register and the code in a ký hiệu. */
export const KINDS: ReadonlyArray<readonly [string, string, number]> = [
  ['Công văn', '', 68],
  ['Quyết định', 'QĐ', 8],
  ['Kế hoạch', 'KH', 6],
  ['Thông báo', 'TB', 5],
  ['Báo cáo', 'BC', 4],
  ['Giấy mời', 'GM', 4],
  ['Tờ trình', 'TTr', 1],
  ['Chỉ thị', 'CT', 1],
  ['Hướng dẫn', 'HD', 1],
  ['Công điện', 'CĐ', 1],
  ['Thông tư', 'TT', 0.5],
  ['Kết luận', 'KL', 0.5],
];
