// One-time ballot codes are random (24 bytes): a plain SHA-256 is enough to keep only a
// fingerprint of them (nothing to guess from a leaked table).
import { createHash } from 'node:crypto';

export const hashBallotCode = (code: string) => createHash('sha256').update(code).digest('hex');
