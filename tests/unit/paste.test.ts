// Spreadsheet rows pasted into the decision grid: header and STT skipped, quoted cells
// with line breaks kept whole, short rows padded.
import { describe, expect, it } from 'vitest';
import { parsePasted } from '@/lib/registry/paste';

describe('parsePasted', () => {
  it('reads the columns offices use, skipping the header row and the STT column', () => {
    const text = [
      'STT\tHọ và tên\tChức vụ\tĐơn vị\tDanh hiệu\tThành tích',
      '1\tNguyễn Thị Ánh\tKế toán\tSở Tài chính\tChiến sĩ thi đua cơ sở\tHoàn thành xuất sắc',
      '2\tTổ Kiểm tra\t\tSở Tài chính\tTập thể lao động tiên tiến\t"Hai dòng\nthành tích"',
      '',
      'Lê Văn Bình\tChuyên viên\tSở Y tế',
    ].join('\r\n');
    expect(parsePasted(text)).toEqual([
      { name: 'Nguyễn Thị Ánh', position: 'Kế toán', unit: 'Sở Tài chính', type: 'Chiến sĩ thi đua cơ sở', achievement: 'Hoàn thành xuất sắc' },
      { name: 'Tổ Kiểm tra', position: '', unit: 'Sở Tài chính', type: 'Tập thể lao động tiên tiến', achievement: 'Hai dòng thành tích' },
      { name: 'Lê Văn Bình', position: 'Chuyên viên', unit: 'Sở Y tế', type: '', achievement: '' },
    ]);
  });

  it('keeps a first row that is data, and survives an unbalanced quote', () => {
    expect(parsePasted('Trần An\t\tSở Y tế\tBằng khen của Chủ tịch UBND tỉnh\t')).toHaveLength(1);
    expect(parsePasted('Trần "An\t\tSở Y tế\tBằng khen\t\nLê Bình\t\tSở Y tế\tBằng khen\t')).toHaveLength(2);
    expect(parsePasted('\n\n')).toEqual([]);
  });
});
