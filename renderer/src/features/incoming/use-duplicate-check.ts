import { useEffect, useState } from 'react';
import type { DuplicateMatch } from '@shared/contract/incoming';
import { tryCall } from '../../api/client';

/** Warns while typing: the same số ký hiệu, tác giả and ngày văn bản already in the register. */
export function useDuplicateCheck(
  numberAndSymbol: string,
  issuerName: string,
  docDate: string | null,
  excludeId: number | null,
): DuplicateMatch[] {
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  useEffect(() => {
    if (!numberAndSymbol.trim() || !issuerName.trim() || !docDate) {
      setMatches([]);
      return;
    }
    const timer = setTimeout(async () => {
      const result = await tryCall('incoming.checkDuplicate', { numberAndSymbol, issuerName, docDate, excludeId });
      setMatches(result.data ?? []);
    }, 300);
    return () => clearTimeout(timer);
  }, [numberAndSymbol, issuerName, docDate, excludeId]);
  return matches;
}
