import { kindByName } from './document-kinds';

/**
 * Số and ký hiệu of an outgoing document (Nghị định 30, Phụ lục I II.3): the number zero-padded below
 * 10; a typed kind gets "<code>-<agency>" (QĐ-SYT, TTr-SNV); a công văn (no code) gets
 * "<agency>-<drafting unit>" (SYT-KHTC), or only the agency when no unit is given.
 */
export function formatOutgoingNumber(number: number): string {
  return number < 10 ? `0${number}` : String(number);
}

export function composeOutgoingSymbol(input: { kind: string; agencyAbbreviation: string; unitAbbreviation: string | null }): string {
  const code = kindByName(input.kind)?.code ?? null;
  if (code) return `${code}-${input.agencyAbbreviation}`;
  return input.unitAbbreviation ? `${input.agencyAbbreviation}-${input.unitAbbreviation}` : input.agencyAbbreviation;
}

export function composeNumberAndSymbol(number: number, symbol: string): string {
  return `${formatOutgoingNumber(number)}/${symbol}`;
}
