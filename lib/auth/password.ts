// Password hashing: Argon2id at OWASP's baseline (m = 19 MiB, t = 2, p = 1).
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 = Argon2id in @node-rs/argon2 (a const enum, not importable under isolatedModules).
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
