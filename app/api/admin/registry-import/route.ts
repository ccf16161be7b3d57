// Register import (multipart: file, decisionId?, mode=preview|commit, onlyValid). The
// preview classifies every row and writes nothing; commit re-reads the same file and
// writes in one transaction. Registrars and administrators only, same origin only.
import { FORBIDDEN, NOT_SIGNED_IN } from '@/lib/common/action-state';
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { readFormLimited } from '@/lib/platform/http/read-body';
import { sameOrigin } from '@/lib/platform/http/same-origin';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { commitImport } from '@/lib/registry/data/import-commit';
import { previewImport, summarize, unmatchedUnits } from '@/lib/registry/data/import-preview';
import { IMPORT_MAX_BYTES, ImportRejected, readSheet } from '@/lib/registry/import/read-file';
import { cleanText } from '@/lib/common/clean-input';

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
const TOO_LARGE = `Tệp lớn hơn ${IMPORT_MAX_BYTES / 1024 / 1024} MB: hãy chia nhỏ tệp.`;
/** Rows sent back for the preview table: every wrong row (up to a limit) and a sample of the rest. */
const MAX_ERROR_ROWS = 2000;
const MAX_OTHER_ROWS = 200;

export async function POST(request: Request) {
  if (!sameOrigin(request)) return reply(403, { ok: false, message: 'Yêu cầu không đến từ trang quản trị.' });
  const user = await getCurrentUser();
  if (!user) return reply(401, { ok: false, message: NOT_SIGNED_IN });
  if (!hasRole(user, REGISTRY_ROLES)) return reply(403, { ok: false, message: FORBIDDEN });
  const form = await readFormLimited(request, IMPORT_MAX_BYTES);
  if (form === 'too-large') return reply(413, { ok: false, message: TOO_LARGE });
  if (form === 'unreadable') return reply(400, { ok: false, message: 'Không đọc được biểu mẫu tải lên.' });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return reply(400, { ok: false, message: 'Hãy chọn tệp XLSX hoặc CSV.', fieldErrors: { file: ['Hãy chọn tệp XLSX hoặc CSV'] } });
  const decisionId = typeof form.get('decisionId') === 'string' && form.get('decisionId') ? cleanText(String(form.get('decisionId'))).slice(0, 64) || undefined : undefined;
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    if (form.get('mode') === 'commit') {
      const result = await commitImport(user, bytes, file.name, { decisionId }, form.get('onlyValid') === '1');
      return reply(result.ok ? 200 : 400, result);
    }
    const { rows, groups, hasDecisionColumns } = await previewImport(await readSheet(bytes), { decisionId });
    const errors = rows.filter((r) => r.status === 'error');
    const others = rows.filter((r) => r.status !== 'error');
    return reply(200, {
      ok: true,
      message: 'Đã đọc tệp. Chưa có gì được ghi: hãy xem lại rồi bấm Nhập.',
      summary: summarize(rows),
      hasDecisionColumns,
      groups: groups.map((g) => ({ label: `${g.number || '(không số)'}${g.authority ? ` – ${g.authority}` : ''}`, existing: !!g.existingId, problems: g.problems, rows: rows.filter((r) => r.decisionKey === g.key).length })),
      rows: [...errors.slice(0, MAX_ERROR_ROWS), ...others.slice(0, MAX_OTHER_ROWS)].sort((a, b) => a.line - b.line),
      truncated: errors.length > MAX_ERROR_ROWS || others.length > MAX_OTHER_ROWS,
      // Picked once each in the preview (remembered as the unit's alias), then the file is read again.
      unmatchedUnits: unmatchedUnits(rows),
    });
  } catch (error) {
    if (error instanceof ImportRejected) return reply(400, { ok: false, message: error.message, fieldErrors: { file: [error.message] } });
    console.error('[registry import]', error);
    return reply(500, { ok: false, message: 'Có lỗi ngoài dự kiến, chưa có gì được ghi. Hãy thử lại.' });
  }
}
