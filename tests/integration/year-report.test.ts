// The year's report and data story, from the seeded registry: the figures add up to the
// records (in-force decisions of the year), the staff report counts everyone while the
// public story leaves out people who did not consent, the files open, and only the
// authority's registrars may download them.
import type pg from 'pg';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getYearReport, getYearStory } from '@/lib/registry/data/year-report';
import { positionGroup } from '@/lib/registry/positions';
import { yearReportPdf, yearReportXlsx } from '@/lib/registry/year-report-files';
import { signIn } from '../support/acting-as';
import { testPg } from '../support/db';

const { GET } = await import('@/app/api/admin/reports/year/[year]/route');

let client: pg.Client;
const YEAR = 2025;
const count = async (where: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id AND d.status = 'IN_FORCE' LEFT JOIN individuals i ON i.id = a.individual_id WHERE a.year = ${YEAR} AND ${where}`)).rows[0]!.n);

beforeAll(async () => {
  client = await testPg();
});
afterAll(async () => {
  await client.end();
});

describe('the year report', () => {
  it('adds up to the records of the year, counting everyone', async () => {
    const report = await getYearReport(YEAR);
    expect(report.total.collectives + report.total.individuals).toBe(await count('true'));
    expect(report.total.individuals).toBe(await count('a.individual_id IS NOT NULL'));
    expect(report.total.women).toBe(await count(`i.gender = 'FEMALE'`));
    expect(report.total.leaders + report.total.direct + report.total.unknownPosition).toBe(report.total.individuals);
    const summed = report.lines.reduce((s, l) => s + l.collectives + l.individuals, 0);
    expect(summed).toBe(report.total.collectives + report.total.individuals);
    expect(report.total.individuals).toBeGreaterThan(0);
  });

  it('writes an XLSX whose grand total is the report’s, and a PDF', async () => {
    const report = await getYearReport(YEAR);
    const workbook = new ExcelJS.Workbook();
    const bytes = await yearReportXlsx(report, 'Hội đồng Thi đua – Khen thưởng tỉnh');
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.getWorksheet(`Năm ${YEAR}`)!;
    let total: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'TỔNG CỘNG') total = row;
    });
    expect(total!.getCell(9).value).toBe(report.total.collectives + report.total.individuals);
    expect(total!.getCell(4).value).toBe(report.total.individuals);
    expect(String(sheet.getRow(3).getCell(1).value)).toMatch(/Thông tư số 18\/2025\/TT-BNV\) — số hiệu biểu chờ xác nhận/);
    const pdf = await yearReportPdf(report, 'Hội đồng Thi đua – Khen thưởng tỉnh');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is for the registrars only', async () => {
    const call = (format = '') => GET(new Request(`http://localhost/api/admin/reports/year/${YEAR}${format}`), { params: Promise.resolve({ year: String(YEAR) }) } as never);
    signIn('EDITOR');
    expect((await call()).status).toBe(403);
    signIn('UNIT_OFFICER');
    expect((await call()).status).toBe(403);
    signIn(null);
    expect((await call()).status).toBe(401);
    signIn('REGISTRAR');
    const xlsx = await call();
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const pdf = await call('?dinh-dang=pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bad = await GET(new Request('http://localhost/api/admin/reports/year/abcd'), { params: Promise.resolve({ year: 'abcd' }) } as never);
    expect(bad.status).toBe(400);
  });
});

describe('the public data story', () => {
  it('leaves out the people who did not consent, as every public figure does', async () => {
    const story = await getYearStory(YEAR);
    expect(story.total.individuals).toBe(await count('a.individual_id IS NOT NULL AND i.publication_consent'));
    expect(story.total.collectives).toBe(await count('a.individual_id IS NULL'));
    expect(story.byLevel.reduce((s, r) => s + r.collectives + r.individuals, 0)).toBe(story.total.collectives + story.total.individuals);
    expect(story.genderRecorded).toBe(await count('a.individual_id IS NOT NULL AND i.publication_consent AND i.gender IS NOT NULL'));
  });
});

describe('positions', () => {
  it('reads leadership from the words of a position', () => {
    expect(positionGroup('Giám đốc Sở Y tế')).toBe('LEADER');
    expect(positionGroup('Phó Trưởng phòng Kế hoạch')).toBe('LEADER');
    expect(positionGroup('Bí thư Chi bộ')).toBe('LEADER');
    expect(positionGroup('Kế toán trưởng')).toBe('LEADER');
    expect(positionGroup('Công nhân vận hành')).toBe('DIRECT');
    expect(positionGroup('Giáo viên')).toBe('DIRECT');
    expect(positionGroup('Giáo viên Trường THCS Nguyễn Du')).toBe('DIRECT');
    expect(positionGroup('Phóng viên')).toBe('DIRECT');
    expect(positionGroup('Điều dưỡng viên')).toBe('DIRECT');
    expect(positionGroup('')).toBe('UNKNOWN');
    expect(positionGroup(null)).toBe('UNKNOWN');
  });
});
