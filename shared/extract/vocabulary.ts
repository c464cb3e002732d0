/**
 * Word lists for reading parties out of task sentences, all folded (no tones, đ → d). A party
 * phrase starts with one of PARTY_STARTS and ends before the first lower-case VERB. The lists are
 * comma-separated strings so they stay compact.
 */
function words(list: string): readonly string[] {
  return list
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

export const PARTY_STARTS: readonly string[] = words(
  'bao tang, thu vien, nha hat, doan nghe thuat, nha van hoa, phong kham, benh xa, hat kiem lam, tong phu trach, tong phu trach, so, cac, phong, ban, bo, ubnd, uy ban, van phong, thanh tra, trung tam, benh vien, cong an, chi cuc, cuc, tong cuc, truong, hoi, dai, bao, giam doc, pho giam doc, chu tich, pho chu tich, thu truong, hieu truong, pho hieu truong, to, hoi dong, doan, lien doan, kho bac, ngan hang, bao hiem, bo chi huy, mat tran, vien, dang uy, tinh uy, huyen uy, thanh uy, bql, bqlda, vp, ubmttq, mttq, chu dau tu, don vi, co quan, dia phuong, lanh dao, nganh, tong cong ty, cong ty, quy, chi nhanh, hat kiem lam, kiem lam, dien luc, tinh doan, huyen doan, thanh doan, dong chi, ong, ba, to chuc, nha truong, giao vien, can bo, cong chuc, vien chuc, nguoi dung dau, thu tuong, bo truong, chanh van phong, pho chanh van phong, chanh thanh tra, truong ban, pho truong ban, truong phong, pho truong phong, lien minh, hdnd, hoi dong nhan dan, toa an, vien kiem sat, bo doi, bien phong, canh sat, tap doan, hop tac xa, ban chi dao, ban chi huy, to cong tac, thuong truc, nhung, tat ca, trung doan, su doan, quan khu, cang vu, buu dien, vien thong, dai phat thanh, ttyt, bvdk, syt, stc, snv, phong gd, ke toan, thu quy, to truong, khoa, cac khoa, tram, tram y te, ban giam hieu, ban giam doc, bgd, ban quan ly, ban to chuc, ban thuong vu, tieu ban, nhom, doi, chi bo, ho gia dinh, nguoi dan, doanh nghiep, chu tich ubnd, chu tich uy ban, tong giam doc, bi thu, chi huy truong, don, luc luong, ca nhan, nguoi, hoc sinh, cong dan, chu rung',
);

export const VERBS: readonly string[] = words(
  'can doi, to chuc, kiem soat, dinh huong, so hoa, tap luyen, tiep can, nghiem cam, xu phat, lap danh sach, dieu dong, dieu phoi, phan loai, thu thap, cap phep, tham gia, ra quan, dang tai, cong khai, niem yet, van chuyen, chuyen giao, ban giao, tiep dan, doi thoai, giam sat, truy quet, ngan chan, phat hien, xac dinh, khoanh vung, tieu huy, phun, khu trung, tiem, so tan, di doi, cuu ho, chi tra, cong bo, dieu tiet, duy tu, bao duong, sua chua, nang cap, cai tao, cung ung, du tru, bao quan, kiem ke, quan trac, do dac, tiep tuc, hoan chinh, kiem dinh, rut ngan, thuc hien nghiem, nhan, ket noi, lien thong, chuan hoa, cap nhap, tuan thu, dam nhan, phu trach, tiep don, don tiep, phuc vu, trang tri, bo tri, sap xep, chiu, thi hanh, bam sat, quan triet, lanh dao, xuc tien, thuc day, khuyen khich, nhan rong, xay, ket hop, huy dong, bam, nghiem tuc, phat huy, kiem diem, rut, tam dung, dung, ngung, tranh, khong, chua, nam, nam chac, nam vung, soan thao, bien soan, in, phat hanh, tra, thu, chi, cap, mo, dong, luu, gom, dua, giu, thong nhat, tham khao, lay y kien, xin y kien, tiep thu, giai trinh, trao doi, thao luan, ra, vao, truc ban, phoi hop, chu tri, chu dong, co trach nhiem, chiu trach nhiem, can cu, khan truong, tham muu, trien khai, thuc hien, to chuc thuc hien, to chuc trien khai, ra soat, huong dan, kiem tra, xay dung, tang cuong, chi dao, theo doi, don doc, tong hop, bao cao, nghien cuu, day manh, quan ly, chuan bi, dam bao, bao dam, thuong xuyen, xem xet, giai quyet, cung cap, phan bo, hoan thanh, co nhiem vu, can, phai, tap trung, som, lap, trinh, de xuat, tuyen truyen, pho bien, duy tri, uu tien, nam bat, kip thoi, van dong, cu, tiep nhan, theo chuc nang, trong pham vi, duoc giao, thong bao, phan cong, giao, yeu cau, de nghi, xu ly, thanh lap, ban hanh, cap nhat, khac phuc, lam viec, nang cao, van hanh, ho tro, dieu chinh, bo sung, hoan thien, tham dinh, phe duyet, thu hoi, gui, tham du, phat dong, xac minh, thong ke, dieu tra, luu y, quan tam, chap hanh, thuc thi, de, nham, tai, trong, theo, khi, neu, ve viec, dong thoi, va chiu, tich cuc, thuong truc, khan, tiep, day nhanh, doi chieu, danh gia, so ket, tong ket, cung co, kien toan, mua sam, dau thau, quyet toan, giai ngan, thanh toan, tuyen dung, dao tao, boi duong, lien he, dang ky, nop, cu can bo, bo tri kinh phi, thong tin, tang, giam, phan dau, phan đau, phan dau hoan thanh, co y kien, tra loi, phuc dap, co van ban, ky, dang, se, da, cho, ve, tu, den, sau, truoc, cham nhat, dinh ky, ngay, hang, thong bao lich, duoc, kinh, xin, tuan tra, truy tim, truy bat, dieu tri, kham, cham soc, ho tro, vach, quy hoach, thuc hanh, dien tap, ra soat lai, bao tri, ve sinh, dan don, thong ke, bao dam',
);

/** Verbs that are part of a name after these words ("đầu tư xây dựng", "Phòng Kế hoạch tổng hợp"). */
export const NOT_VERB_AFTER: Readonly<Record<string, readonly string[]>> = {
  'xay dung': ['dau tu', 'so', 'phong', 'ban'],
  'quan ly': ['ban', 'phong', 'cuc', 'chi cuc', 'trung tam'],
  'to chuc': ['ban', 'phong', 'so', 'vu'],
  giao: ['duoc'],
  'thong tin': ['so', 'phong', 'trung tam', 'cong', 'he thong'],
  'kiem tra': ['doan', 'to', 'ban', 'uy ban'],
  tai: ['ke hoach'],
  trinh: ['cong', 'chuong', 'to'],
  'tong hop': ['ke hoach', 'phong', 'bao cao', 'ban'],
  'thong bao': ['ban'],
  'kiem soat': ['ban', 'trung tam', 'cuc', 'chi cuc'],
  'dao tao': ['va', 'duc'],
  'tham gia': ['nghiep'],
};

/**
 * Single folded syllables that are verbs or prepositions only with these tones ("để" but not "đề",
 * "từ" but not "tư"); a printed word with other tones is not a stop. Text without any tones (typed or
 * OCR'd without them) falls back to the folded match.
 */
export const EXACT_FORMS: Readonly<Record<string, readonly string[]>> = {
  tu: ['từ'],
  de: ['để'],
  ve: ['về'],
  da: ['đã'],
  can: ['cần'],
  cu: ['cử'],
  tai: ['tại'],
  se: ['sẽ'],
  cho: ['cho'],
  dang: ['đang'],
  nhan: ['nhận'],
  moi: ['mời'],
  ky: ['ký', 'kí'],
  den: ['đến'],
  sau: ['sau'],
  truoc: ['trước'],
  ngay: ['ngay'],
  hang: ['hằng', 'hàng'],
  tang: ['tăng'],
  giam: ['giảm'],
  lap: ['lập'],
  som: ['sớm'],
  phai: ['phải'],
  trinh: ['trình'],
  gui: ['gửi'],
  khi: ['khi'],
  neu: ['nếu'],
  theo: ['theo'],
  trong: ['trong'],
  giao: ['giao'],
  tiep: ['tiếp'],
  khan: ['khẩn'],
  nop: ['nộp'],
  nham: ['nhằm'],
  chi: ['chi'],
  thu: ['thu'],
  tra: ['trả'],
  cap: ['cấp'],
  mo: ['mở'],
  dong: ['đóng'],
  luu: ['lưu'],
  gom: ['gom'],
  dua: ['đưa'],
  giu: ['giữ'],
  ra: ['ra'],
  vao: ['vào'],
  chot: ['chốt'],
  truc: ['trực'],
  rut: ['rút'],
  dung: ['dừng'],
  ngung: ['ngừng'],
  tranh: ['tránh'],
  khong: ['không'],
  chua: ['chưa'],
  nam: ['nắm'],
  in: ['in'],
  chiu: ['chịu'],
  bam: ['bám'],
  xay: ['xây'],
  phun: ['phun'],
  tiem: ['tiêm'],
  duoc: ['được'],
  kinh: ['kính'],
  xin: ['xin'],
};

/** Single-word party starts and the only printed forms that count ("Bộ", not "bố trí"). */
export const PARTY_EXACT: Readonly<Record<string, readonly string[]>> = {
  so: ['sở'],
  bo: ['bộ'],
  to: ['tổ'],
  hoi: ['hội'],
  doan: ['đoàn'],
  dai: ['đài'],
  bao: ['báo'],
  vien: ['viện'],
  quy: ['quỹ'],
  khoa: ['khoa'],
  tram: ['trạm'],
  nhom: ['nhóm'],
  doi: ['đội'],
  cuc: ['cục'],
  phong: ['phòng'],
  truong: ['trường', 'trưởng'],
  ong: ['ông'],
  ba: ['bà'],
  cac: ['các'],
  nhung: ['những'],
  ban: ['ban'],
  nganh: ['ngành'],
  nguoi: ['người'],
  vp: ['vp'],
  tinh: ['tỉnh'],
  the: ['thể'],
  don: ['đồn'],
};
