import { foldAligned } from './normalise';

/**
 * Tones of the words agency names are made of, for a header typed without any ("SO Y TE" → "Sở Y
 * tế"). Longest phrases first; place names come from the province list or the document itself.
 */
const PHRASES: ReadonlyArray<readonly [string, string]> = (
  'uy ban nhan dan=Ủy ban nhân dân|hoi dong nhan dan=Hội đồng nhân dân|phat trien nong thon=Phát triển nông thôn|giao thong van tai=Giao thông vận tải|' +
  'y te=Y tế|noi vu=Nội vụ|tai chinh=Tài chính|giao duc=Giáo dục|dao tao=Đào tạo|ke hoach=Kế hoạch|dau tu=Đầu tư|tai nguyen=Tài nguyên|' +
  'moi truong=Môi trường|xay dung=Xây dựng|cong thuong=Công Thương|tu phap=Tư pháp|nong nghiep=Nông nghiệp|lao dong=Lao động|' +
  'thuong binh=Thương binh|xa hoi=Xã hội|van hoa=Văn hóa|the thao=Thể thao|du lich=Du lịch|thong tin=Thông tin|truyen thong=Truyền thông|' +
  'khoa hoc=Khoa học|cong nghe=Công nghệ|van phong=Văn phòng|thanh tra=Thanh tra|benh vien=Bệnh viện|da khoa=Đa khoa|trung tam=Trung tâm|' +
  'tieu hoc=Tiểu học|mam non=Mầm non|quan ly=Quản lý|du an=dự án|cong an=Công an|chi cuc=Chi cục|kinh te=Kinh tế|ha tang=hạ tầng|' +
  'dan toc=Dân tộc|ton giao=Tôn giáo|ngoai vu=Ngoại vụ|kiem lam=Kiểm lâm|thuy loi=Thủy lợi|quan su=Quân sự|chi huy=Chỉ huy|' +
  'tuyen giao=Tuyên giáo|to chuc=Tổ chức|dan van=Dân vận|thi dua=Thi đua|khen thuong=Khen thưởng|tinh uy=Tỉnh ủy|huyen uy=Huyện ủy|' +
  'dang uy=Đảng ủy|kho bac=Kho bạc|bao hiem=Bảo hiểm|phong=Phòng|so=Sở|bo=Bộ|truong=Trường|cuc=Cục|tinh=tỉnh|huyen=huyện|xa=xã|' +
  'phuong=phường|thanh pho=thành phố|thi xa=thị xã|thi tran=thị trấn|va=và|cac=các|cong trinh=công trình|dan dung=dân dụng'
)
  .split('|')
  .map((pair) => pair.split('=') as [string, string]);

/** The phrases by their first folded word, longest first, each with its words split once. */
const BY_FIRST = new Map<string, Array<{ keyWords: string[]; toned: string[] }>>();
for (const [key, toned] of PHRASES) {
  const keyWords = key.split(' ');
  const list = BY_FIRST.get(keyWords[0] ?? '') ?? [];
  list.push({ keyWords, toned: toned.split(' ') });
  list.sort((a, b) => b.keyWords.length - a.keyWords.length);
  BY_FIRST.set(keyWords[0] ?? '', list);
}

/** The phrase with tones put back word by word where the table knows the words; other words stay. */
export function toneAgencyWords(phrase: string): string {
  const words = phrase.split(' ');
  const folded = words.map((w) => foldAligned(w));
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = BY_FIRST.get(folded[i] ?? '') ?? [];
    const hit = candidates.find((c) => c.keyWords.every((k, j) => folded[i + j] === k));
    if (!hit) {
      out.push(words[i++] ?? '');
      continue;
    }
    const original = words.slice(i, i + hit.keyWords.length).join(' ');
    const upper = original === original.toUpperCase();
    out.push(...hit.toned.map((w) => (upper ? w.toUpperCase() : w)));
    i += hit.keyWords.length;
  }
  return out.join(' ');
}
