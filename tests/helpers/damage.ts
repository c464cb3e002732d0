import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Damages a closed SQLite database the way a bad sector or a torn write would: the header of one
 * table leaf page in the second half of the file claims 32,767 cells. The file still opens (page 1
 * is intact) but reading that table, or PRAGMA quick_check, fails with SQLITE_CORRUPT.
 */
export function damageDatabase(file: string, pageSize = 4096): number {
  const bytes = readFileSync(file);
  const pages = Math.floor(bytes.length / pageSize);
  for (let page = Math.floor(pages / 2); page < pages; page++) {
    const offset = page * pageSize;
    if (bytes[offset] === 0x0d) {
      bytes[offset + 3] = 0x7f;
      bytes[offset + 4] = 0xff;
      writeFileSync(file, bytes);
      return page + 1;
    }
  }
  throw new Error('no table leaf page to damage');
}
