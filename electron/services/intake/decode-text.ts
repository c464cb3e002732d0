import { AppError } from '@shared/errors';

/**
 * Plain text files as offices save them: UTF-8 (with or without BOM), UTF-16 (Notepad's "Unicode",
 * with a BOM, or without one when every other byte is zero) and Windows-1258 (the old Vietnamese code
 * page, recognised when the bytes are not valid UTF-8). The result is NFC with '\n' line ends.
 */
export function decodeText(data: Uint8Array): string {
  return normalise(decodeBytes(data));
}

function decodeBytes(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const utf16 = utf16WithoutBom(data);
  if (utf16) return new TextDecoder(utf16).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1258').decode(data);
  }
}

/** Text of mostly ASCII letters saved as UTF-16 has a zero byte in every other position. */
function utf16WithoutBom(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = data.subarray(0, Math.min(data.length, 4096));
  if (sample.length < 4 || sample.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function normalise(text: string): string {
  if (text.includes('\u0000')) throw new AppError('BAD_FILE', 'Tệp này không phải là văn bản thuần (.txt), không đọc được.');
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
