import type { RegisterIncomingInput } from '@shared/contract/incoming';

/** A valid registration (seed 004, Sở Y tế Đồng Nai) with overrides. */
export function makeIncoming(overrides: Partial<RegisterIncomingInput> = {}): RegisterIncomingInput {
  return {
    receivedDate: '2021-09-30',
    issuerName: 'Sở Y tế tỉnh Đồng Nai',
    numberAndSymbol: '8161/SYT-KHTC',
    docDate: '2021-09-29',
    kind: 'Công văn',
    subject: 'triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Phan Huy Anh Vũ',
    ...overrides,
  };
}
