import { describe, expect, it } from 'vitest';
import { extractDocument } from '@shared/extract';

const run = (text: string) => extractDocument(text).result;

describe('extractDocument header fields', () => {
  it('reads the number and the ký hiệu, keeping leading zeros and the printed symbol', () => {
    const r = run('Số: 09/CD-VPCP\n\nHà Nội, ngày 05 tháng 3 năm 2024\n\nCÔNG ĐIỆN\nVề việc phòng chống bão');
    expect(r.number).toBe('09');
    expect(r.symbol).toBe('CD-VPCP');
    expect(r.numberAndSymbol).toBe('09/CD-VPCP');
    expect(r.kind).toBe('Công điện');
    expect(r.kindCode).toBe('CĐ');
  });

  it('leaves a blank number null and drops spaces inside it', () => {
    expect(run('Số:      /TTr-SNV\nThanh Hóa, ngày 02 tháng 5 năm 2023').numberAndSymbol).toBe('/TTr-SNV');
    expect(run('Số: 2109 /QĐ-UBND\nYên Lạc, ngày 16 tháng 8 năm 2022').numberAndSymbol).toBe('2109/QĐ-UBND');
    expect(run('Số: 15/2024/QĐ-UBND\nHuế, ngày 01 tháng 02 năm 2024').symbol).toBe('2024/QĐ-UBND');
  });

  it('reads the place and the date, with a blank day as datePartial, also without diacritics', () => {
    const blank = run('Số: /KH-UBND\nĐồng Nai, ngày  tháng 9 năm 2024');
    expect(blank.place).toBe('Đồng Nai');
    expect(blank.date).toBeNull();
    expect(blank.datePartial).toEqual({ day: null, month: 9, year: 2024 });
    const plain = run('So: 1356/UBND-TNMT\nThanh Oai, ngay 14 thang 6 nam 2021');
    expect(plain.date).toBe('2021-06-14');
    expect(plain.place).toBe('Thanh Oai');
  });

  it('reads a header flattened row by row (both columns on one line)', () => {
    const r = run(
      'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SƠN LA              Độc lập - Tự do - Hạnh phúc\nSố: 09/CT-UBND           Sơn La, ngày 20 tháng 5 năm 2019\n\nCHỈ THỊ\nVề tăng cường công tác phòng, chống dịch\n',
    );
    expect(r.numberAndSymbol).toBe('09/CT-UBND');
    expect(r.place).toBe('Sơn La');
    expect(r.date).toBe('2019-05-20');
    expect(r.issuer).toBe('UBND tỉnh Sơn La');
    expect(r.parentIssuer).toBeNull();
    expect(r.kind).toBe('Chỉ thị');
    expect(r.subject).toBe('tăng cường công tác phòng, chống dịch');
  });

  it('takes urgency and secrecy only from stamp lines, not from body words', () => {
    const r = run(
      'HỎA TỐC\nMẬT\nSố: 12/UBND-VX\nKon Tum, ngày 01 tháng 10 năm 2020\nV/v phòng chống bão\n\nĐề nghị khẩn trương thực hiện, giữ bí mật nhà nước.',
    );
    expect(r.urgency).toBe('Hỏa tốc');
    expect(r.secrecy).toBe('Mật');
    const body = run('Số: 12/UBND-VX\nKon Tum, ngày 01 tháng 10 năm 2020\nV/v mật độ dân cư\n\nCác đơn vị khẩn trương thực hiện.');
    expect(body.urgency).toBeNull();
    expect(body.secrecy).toBeNull();
  });

  it('joins a V/v subject over two lines and drops its final full stop', () => {
    const r = run(
      'Số: 415/UBND-VP\nIa Grai, ngày 05 tháng 11 năm 2025\nV/v rà soát, bàn giao hồ sơ, tài liệu\ncủa các đơn vị hành chính cũ.\n\nKính gửi: Các phòng, ban.',
    );
    expect(r.subject).toBe('rà soát, bàn giao hồ sơ, tài liệu của các đơn vị hành chính cũ');
    expect(r.recipients).toEqual(['Các phòng, ban']);
  });
});

describe('extractDocument issuer', () => {
  it('normalises a two-line header into issuer and parent with the province added', () => {
    const r = run('UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ\nSố: 12/SYT-NV\nV/v tiêm chủng\nĐồng Nai, ngày 02 tháng 3 năm 2024');
    expect(r.issuer).toBe('Sở Y tế tỉnh Đồng Nai');
    expect(r.parentIssuer).toBe('UBND tỉnh Đồng Nai');
  });

  it('infers a missing header from the ký hiệu, the place and the body', () => {
    const r = run(
      'Số: 77/STC-QLNS\n\nCà Mau, ngày 04 tháng 4 năm 2024\n\nV/v quyết toán\n\nGiám đốc Sở Tài chính đề nghị các đơn vị thực hiện.',
    );
    expect(r.issuer).toBe('Sở Tài chính tỉnh Cà Mau');
    expect(r.parentIssuer).toBe('UBND tỉnh Cà Mau');
  });

  it('resolves the ký hiệu against known bodies when the text does not name the issuer', () => {
    const text = 'Số: 77/BQLKKT-QH\n\nHà Nội, ngày 04 tháng 4 năm 2024\n\nV/v quy hoạch';
    const known = [{ name: 'Ban Quản lý các khu kinh tế', abbreviation: 'BQLKKT' }];
    expect(extractDocument(text, { knownIssuers: known }).result.issuer).toBe('Ban Quản lý các khu kinh tế');
  });

  it('restores tones of a header typed without them', () => {
    const r = run(
      'UY BAN NHAN DAN\nHUYEN THANH OAI\nSo: 1356/UBND-TNMT\nV/v trat tu xay dung\nThanh Oai, ngay 14 thang 6 nam 2021\n\nThuc hien Chi thi cua UBND thanh pho Ha Noi.',
    );
    expect(r.issuer).toBe('UBND huyện Thanh Oai');
    expect(r.parentIssuer).toBe('UBND thành phố Hà Nội');
  });
});
