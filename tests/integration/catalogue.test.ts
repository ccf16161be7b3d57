// Campaigns (registrars and admins) and the commendation catalogue (admins only).
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { saveCampaign, closeCampaign, saveCommendationType } = await import('@/lib/registry/actions/catalogue');
const prisma = testPrisma();
const as = (id: string, role: string) => signIn({ id, role });
const campaigns: string[] = [];
const types: string[] = [];

afterAll(async () => {
  await prisma.campaign.deleteMany({ where: { id: { in: campaigns } } });
  await prisma.commendationType.deleteMany({ where: { id: { in: types } } });
});

describe('campaigns', () => {
  it('are created, edited and closed by registrars; others are refused', async () => {
    as('user-editor', 'EDITOR');
    expect(await saveCampaign({ name: 'Phong trào trái phép', kind: 'THEMATIC', startDate: '2025-01-01' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    as('user-registrar', 'REGISTRAR');
    expect(await saveCampaign({ name: 'Thi đua sai ngày', kind: 'THEMATIC', startDate: '2025-05-01', endDate: '2025-01-01' })).toMatchObject({ ok: false, fieldErrors: { endDate: ['Ngày kết thúc phải sau ngày bắt đầu'] } });
    const created = await saveCampaign({ name: 'Thi đua chào mừng kỷ niệm (kiểm thử)', kind: 'THEMATIC', startDate: '2025-01-01', occasion: 'Kỷ niệm 80 năm' });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    campaigns.push(id);
    expect(await saveCampaign({ id, name: 'Thi đua chào mừng kỷ niệm 80 năm (kiểm thử)', kind: 'THEMATIC', startDate: '2025-01-01' })).toMatchObject({ ok: true });
    expect(await closeCampaign({ id })).toMatchObject({ ok: true });
    expect(await closeCampaign({ id })).toMatchObject({ ok: false, message: expect.stringContaining('trước đó') });
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id } });
    expect(row.closedAt).not.toBeNull();
    expect(row.endDate).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entity: 'campaign', entityId: id } })).toBe(3);
  });
});

describe('commendation catalogue', () => {
  it('is edited by admins only, and a kind already honoured cannot be dropped', async () => {
    const type = await prisma.commendationType.findFirstOrThrow({ where: { code: 'BK-UBND' } });
    const input = { id: type.id, code: type.code, name: type.name, kind: type.kind, issuingSystem: type.issuingSystem, level: type.level, authority: type.authority, recipientKinds: ['UNIT', 'COLLECTIVE'], rank: type.rank, active: 'on' };
    as('user-registrar', 'REGISTRAR');
    expect(await saveCommendationType(input)).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    as('user-admin', 'ADMIN');
    expect(await saveCommendationType(input)).toMatchObject({ ok: false, fieldErrors: { recipientKinds: [expect.any(String)] } });
    expect(await saveCommendationType({ ...input, recipientKinds: type.recipientKinds, description: 'Mô tả mới' })).toMatchObject({ ok: true });
    expect(await saveCommendationType({ ...input, id: undefined, code: 'BK-UBND', name: 'Trùng mã' })).toMatchObject({ ok: false, fieldErrors: { code: ['Chọn mã khác'] } });
    const created = await saveCommendationType({ code: 'GK-KT', name: 'Giấy khen kiểm thử', kind: 'FORM', issuingSystem: 'STATE', level: 'GRASSROOTS', authority: 'Thủ trưởng đơn vị', recipientKinds: 'INDIVIDUAL', active: 'on' });
    expect(created).toMatchObject({ ok: true });
    types.push((created as { data: { id: string } }).data.id);
    expect(await prisma.commendationType.findUniqueOrThrow({ where: { code: 'GK-KT' } })).toMatchObject({ recipientKinds: ['INDIVIDUAL'], slug: 'giay-khen-kiem-thu' });
  });
});
