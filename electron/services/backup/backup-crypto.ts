import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { AppError } from '@shared/errors';

/** scrypt factors for the backup passphrase: a lost USB drive can be attacked offline, so 128 MiB per guess. */
export const BACKUP_KDF_COST = { N: 2 ** 17, r: 8, p: 1 } as const;

export interface BackupKdf {
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** The keys derived from a passphrase: one encrypts files (AES-256-GCM), one authenticates manifests. */
export interface BackupKey {
  keyId: string;
  kdf: BackupKdf;
  encKey: Buffer;
  macKey: Buffer;
}

const MAGIC = Buffer.from('VTBK1\0', 'latin1');
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
/** Bytes an encrypted file has beyond its plaintext: magic, IV and tag. */
export const ENCRYPTION_OVERHEAD = 6 + IV_LENGTH + TAG_LENGTH;
export const WRONG_PASSPHRASE = 'Mật khẩu sao lưu không đúng, hoặc bản sao lưu đã bị sửa đổi.';

function keysFrom(master: Buffer, kdf: BackupKdf): BackupKey {
  const salt = Buffer.from(kdf.salt, 'base64');
  const encKey = Buffer.from(hkdfSync('sha256', master, salt, 'vanthu-backup-enc', 32));
  const macKey = Buffer.from(hkdfSync('sha256', master, salt, 'vanthu-backup-mac', 32));
  const keyId = createHash('sha256').update(macKey).update('vanthu-backup-id').digest('hex').slice(0, 16);
  return { keyId, kdf, encKey, macKey };
}

/** Derives the keys from a passphrase; a new random salt unless `kdf` (from a manifest) is given. */
export function deriveBackupKey(passphrase: string, kdf?: BackupKdf): BackupKey {
  const params: BackupKdf = kdf ?? { salt: randomBytes(16).toString('base64'), ...BACKUP_KDF_COST };
  if (params.N > 2 ** 20 || params.r > 32 || params.p > 16) throw new AppError('BAD_FILE', 'Tham số mã hóa của bản sao lưu không hợp lệ.');
  const master = scryptSync(passphrase.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 4 * 1024 * 1024,
  });
  return keysFrom(master, params);
}

/** The stored form of a key (kept in the settings table so automatic backups need no passphrase). */
export function serializeKey(key: BackupKey): { keyId: string; kdf: BackupKdf; encKey: string; macKey: string } {
  return { keyId: key.keyId, kdf: key.kdf, encKey: key.encKey.toString('base64'), macKey: key.macKey.toString('base64') };
}

export function deserializeKey(stored: { keyId: string; kdf: BackupKdf; encKey: string; macKey: string }): BackupKey {
  return {
    keyId: stored.keyId,
    kdf: stored.kdf,
    encKey: Buffer.from(stored.encKey, 'base64'),
    macKey: Buffer.from(stored.macKey, 'base64'),
  };
}

export function manifestMac(key: BackupKey, text: string): string {
  return createHmac('sha256', key.macKey).update(text).digest('hex');
}

export function isMacValid(key: BackupKey, text: string, mac: string): boolean {
  const expected = Buffer.from(manifestMac(key, text), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WrittenFile {
  plainSha256: string;
  plainSize: number;
  storedSha256: string;
  storedSize: number;
}

/**
 * Encrypts a file in chunks (memory stays flat for large attachments): magic, random IV,
 * AES-256-GCM ciphertext with `aad` bound in, tag. Hashes of both sides come back for the manifest.
 */
export async function encryptFile(source: string, target: string, key: BackupKey, aad: string): Promise<WrittenFile> {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key.encKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const plainHash = createHash('sha256');
  const storedHash = createHash('sha256');
  const out = await open(target, 'w');
  let plainSize = 0;
  let storedSize = 0;
  const write = async (chunk: Buffer) => {
    if (chunk.length === 0) return;
    storedHash.update(chunk);
    storedSize += chunk.length;
    await out.write(chunk);
  };
  try {
    await write(Buffer.concat([MAGIC, iv]));
    for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
      plainHash.update(chunk);
      plainSize += chunk.length;
      await write(cipher.update(chunk));
    }
    await write(cipher.final());
    await write(cipher.getAuthTag());
    await out.sync();
  } finally {
    await out.close();
  }
  return { plainSha256: plainHash.digest('hex'), plainSize, storedSha256: storedHash.digest('hex'), storedSize };
}

/**
 * Decrypts into `target` (or only checks, when target is null) and returns the plaintext's hash.
 * @throws BAD_FILE with WRONG_PASSPHRASE when the tag does not verify (wrong key or altered bytes)
 */
export async function decryptFile(
  source: string,
  target: string | null,
  key: BackupKey,
  aad: string,
): Promise<{ sha256: string; size: number }> {
  const { size } = await stat(source);
  if (size < MAGIC.length + IV_LENGTH + TAG_LENGTH) throw new AppError('BAD_FILE', 'Tệp mã hóa trong bản sao lưu bị cắt cụt.');
  const input = await open(source, 'r');
  const head = Buffer.alloc(MAGIC.length + IV_LENGTH);
  const tag = Buffer.alloc(TAG_LENGTH);
  try {
    await input.read(head, 0, head.length, 0);
    await input.read(tag, 0, TAG_LENGTH, size - TAG_LENGTH);
  } finally {
    await input.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new AppError('BAD_FILE', 'Tệp trong bản sao lưu không phải tệp mã hóa của VănThư.');
  const decipher = createDecipheriv('aes-256-gcm', key.encKey, head.subarray(MAGIC.length));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  const hash = createHash('sha256');
  const out = target === null ? null : await open(target, 'w');
  let plainSize = 0;
  try {
    const stream = createReadStream(source, { start: head.length, end: size - TAG_LENGTH - 1 }) as AsyncIterable<Buffer>;
    for await (const chunk of stream) {
      const plain = decipher.update(chunk);
      hash.update(plain);
      plainSize += plain.length;
      if (out && plain.length > 0) await out.write(plain);
    }
    try {
      const last = decipher.final();
      hash.update(last);
      plainSize += last.length;
      if (out && last.length > 0) await out.write(last);
    } catch {
      throw new AppError('BAD_FILE', WRONG_PASSPHRASE);
    }
    await out?.sync();
  } catch (error) {
    await out?.close();
    if (target !== null) await rm(target, { force: true });
    throw error;
  }
  await out?.close();
  return { sha256: hash.digest('hex'), size: plainSize };
}

/** Copies a file in chunks, returning its SHA-256 (checked against the content-addressed name by callers). */
export async function copyWithHash(source: string, target: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const out = await open(target, 'w');
  let size = 0;
  try {
    for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      await out.write(chunk);
    }
    await out.sync();
  } finally {
    await out.close();
  }
  return { sha256: hash.digest('hex'), size };
}

export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}
