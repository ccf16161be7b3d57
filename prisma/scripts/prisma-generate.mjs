#!/usr/bin/env node
// Generates the Prisma client into lib/generated/prisma when the schema changed since the
// last generation. Run from postinstall and before dev/build/test/typecheck, because
// npm here does not run dependencies' install scripts (Prisma's own postinstall included).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPrisma } from './prisma.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const schema = readFileSync(path.join(root, 'prisma/schema.prisma'));
const version = JSON.parse(readFileSync(path.join(root, 'node_modules/prisma/package.json'), 'utf8')).version;
const hash = createHash('sha256').update(schema).update(version).digest('hex');
const stamp = path.join(root, 'lib/generated/prisma/.schema-hash');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0);
const code = runPrisma(['generate', '--no-hints']);
if (code === 0) writeFileSync(stamp, hash);
process.exit(code);
