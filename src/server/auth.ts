// API keys: `Authorization: Bearer <key>`, checked against the keys of ISNAD_API_KEYS. Keys are
// compared as SHA-256 digests with crypto.timingSafeEqual (equal lengths, constant time), and every
// configured key is compared, so the time taken says nothing about which key came close.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export interface ApiKeyChecker {
  /** True when the request's Authorization header carries one of the keys. */
  (authorization: string | null | undefined): boolean;
}

export function apiKeyChecker(keys: readonly string[]): ApiKeyChecker {
  const digests = keys.filter((k) => k.length > 0).map(digest);
  return (authorization) => {
    if (!authorization || digests.length === 0) return false;
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (!match) return false;
    const given = digest(match[1]);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(d, given) || ok;
    return ok;
  };
}
