// `npm run user:create -- --email a@b.vn --name "Họ Tên" [--role ADMIN] [--unit CODE] [--password-stdin]`
// (--unit: the unit code of a UNIT_OFFICER's unit.)
// Creates an account (or resets an existing one: new password, role, active, old sessions
// ended). Without --password-stdin a strong password is generated and printed once; a
// production database has no demo accounts, so this is how the first admin is made.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/prisma/scripts/database';
import { createPrismaClient } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { createUserSchema } from '@/lib/auth/schemas/user';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'ADMIN' }, unit: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const generated = !values['password-stdin'];
  const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
  const parsed = createUserSchema.safeParse({ email: values.email, name: values.name, role: values.role, unitId: values.unit, password });
  if (!parsed.success) {
    throw new Error(`Thông tin chưa hợp lệ:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const database = await openDatabase({ seedIfEmpty: false });
  const prisma = createPrismaClient(database.url, { max: 1 });
  try {
    // --unit names the unit by its code; the account stores its id.
    let input = parsed.data;
    if (input.unitId) {
      const unit = await prisma.unit.findUnique({ where: { code: input.unitId }, select: { id: true, active: true } });
      if (!unit || !unit.active) throw new Error(`Không có đơn vị đang hoạt động mang mã ${input.unitId}.`);
      input = { ...input, unitId: unit.id };
    }
    const passwordHash = await hashPassword(input.password);
    const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const user = existing
      ? await prisma.user.update({ where: { id: existing.id }, data: { name: input.name, role: input.role, unitId: input.unitId, active: true, passwordHash, sessionVersion: { increment: 1 } } })
      : await prisma.user.create({ data: { email: input.email, name: input.name, role: input.role, unitId: input.unitId, passwordHash } });
    await prisma.auditEvent.create({ data: { action: existing ? 'user.reset_cli' : 'user.create_cli', entity: 'user', entityId: user.id, diff: { email: input.email, role: input.role } } });
    console.log(`${existing ? 'Đã đặt lại' : 'Đã tạo'} tài khoản ${input.email} (${input.role}).`);
    if (generated) console.log(`Mật khẩu (chỉ hiện một lần, hãy đổi sau khi đăng nhập): ${password}`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
