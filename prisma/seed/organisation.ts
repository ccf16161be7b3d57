// The demo organisation: the Party Committee of provincial agencies and enterprises
// (Đảng bộ Khối), its grassroots committees and cells, their departments (collectives)
// and people. Invented for this project; any likeness to real people is chance.
import type { Gender, UnitKind } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/common/slug';
import { createRandom } from './random';

export interface UnitSeed {
  id: string;
  code: string;
  slug: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId: string | null;
  memberCount?: number;
  description?: string;
}

export interface CollectiveSeed {
  id: string;
  slug: string;
  name: string;
  unitId: string;
}

export interface IndividualSeed {
  id: string;
  slug: string;
  fullName: string;
  position: string;
  unitId: string;
  gender: Gender;
  birthYear: number;
  publicationConsent: boolean;
}

export const ROOT_UNIT_ID = 'unit-dbk';

type Sub = [code: string, name: string, kind: UnitKind, departments: string[], cells?: [string, string][]];

// Grassroots Party organisations under the Đảng bộ Khối, with the departments that are
// honoured as collectives and, for a few, their own Party cells.
const grassroots: Sub[] = [
  ['VP-DUK', 'Cơ quan Đảng ủy Khối', 'AGENCY', ['Ban Tổ chức Đảng ủy Khối', 'Ban Tuyên giáo Đảng ủy Khối', 'Ủy ban Kiểm tra Đảng ủy Khối', 'Văn phòng Đảng ủy Khối']],
  ['SYT', 'Đảng bộ Sở Y tế', 'PARTY_COMMITTEE', ['Phòng Nghiệp vụ Y', 'Phòng Kế hoạch – Tài chính', 'Thanh tra Sở Y tế', 'Trung tâm Kiểm soát bệnh tật tỉnh'], [['SYT-BVDK', 'Đảng bộ Bệnh viện Đa khoa tỉnh'], ['SYT-BVYHCT', 'Chi bộ Bệnh viện Y học cổ truyền']]],
  ['SGD', 'Đảng bộ Sở Giáo dục và Đào tạo', 'PARTY_COMMITTEE', ['Phòng Giáo dục Trung học', 'Phòng Giáo dục Mầm non – Tiểu học', 'Phòng Khảo thí và Kiểm định chất lượng', 'Trường THPT Chuyên tỉnh']],
  ['STC', 'Đảng bộ Sở Tài chính', 'PARTY_COMMITTEE', ['Phòng Quản lý ngân sách', 'Phòng Tài chính đầu tư', 'Phòng Đăng ký kinh doanh', 'Văn phòng Sở Tài chính']],
  ['SNNMT', 'Đảng bộ Sở Nông nghiệp và Môi trường', 'PARTY_COMMITTEE', ['Chi cục Thủy lợi', 'Chi cục Kiểm lâm', 'Phòng Quản lý đất đai', 'Trung tâm Khuyến nông']],
  ['SXD', 'Đảng bộ Sở Xây dựng', 'PARTY_COMMITTEE', ['Phòng Quản lý hạ tầng giao thông', 'Phòng Quy hoạch – Kiến trúc', 'Ban Quản lý bảo trì đường bộ']],
  ['SNV', 'Chi bộ Sở Nội vụ', 'PARTY_CELL', ['Phòng Tổ chức, biên chế', 'Ban Thi đua – Khen thưởng', 'Phòng Công chức, viên chức']],
  ['STP', 'Chi bộ Sở Tư pháp', 'PARTY_CELL', ['Phòng Hành chính tư pháp', 'Trung tâm Trợ giúp pháp lý nhà nước']],
  ['TTRA', 'Chi bộ Thanh tra tỉnh', 'PARTY_CELL', ['Phòng Nghiệp vụ 1', 'Phòng Tiếp công dân và xử lý đơn thư']],
  ['BDT', 'Chi bộ Ban Dân tộc tỉnh', 'PARTY_CELL', ['Phòng Chính sách dân tộc', 'Văn phòng Ban Dân tộc']],
  ['SVHTT', 'Đảng bộ Sở Văn hóa, Thể thao và Du lịch', 'PARTY_COMMITTEE', ['Bảo tàng tỉnh', 'Thư viện tỉnh', 'Trung tâm Huấn luyện và Thi đấu thể thao']],
  ['SKHCN', 'Chi bộ Sở Khoa học và Công nghệ', 'PARTY_CELL', ['Trung tâm Chuyển đổi số tỉnh', 'Phòng Quản lý khoa học']],
  ['BAO', 'Đảng bộ Báo tỉnh', 'PARTY_COMMITTEE', ['Ban Thời sự', 'Ban Điện tử', 'Ban Kinh tế – Xã hội', 'Phòng Trị sự']],
  ['DPTTH', 'Đảng bộ Đài Phát thanh và Truyền hình tỉnh', 'PARTY_COMMITTEE', ['Phòng Thời sự', 'Phòng Kỹ thuật – Công nghệ', 'Phòng Chuyên đề']],
  ['CDYT', 'Đảng bộ Trường Cao đẳng Y tế', 'PUBLIC_SERVICE', ['Khoa Điều dưỡng', 'Khoa Dược', 'Phòng Đào tạo']],
  ['DL', 'Đảng bộ Công ty Điện lực tỉnh', 'ENTERPRISE', ['Phòng Kinh doanh', 'Phòng Kỹ thuật', 'Đội Quản lý vận hành lưới điện cao thế', 'Điện lực thành phố'], [['DL-TP', 'Chi bộ Điện lực thành phố']]],
  ['AGR', 'Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh', 'ENTERPRISE', ['Phòng Khách hàng cá nhân', 'Phòng Kế hoạch – Nguồn vốn', 'Chi nhánh loại II khu vực phía Bắc']],
  ['CNUOC', 'Đảng bộ Công ty Cổ phần Cấp thoát nước tỉnh', 'ENTERPRISE', ['Nhà máy nước số 1', 'Xí nghiệp Quản lý mạng lưới', 'Phòng Chăm sóc khách hàng']],
  ['XSKT', 'Chi bộ Công ty TNHH MTV Xổ số kiến thiết', 'ENTERPRISE', ['Phòng Kế hoạch – Kinh doanh', 'Phòng Tài chính – Kế toán']],
  ['MTDT', 'Đảng bộ Công ty Cổ phần Môi trường đô thị', 'ENTERPRISE', ['Đội Vệ sinh môi trường số 1', 'Đội Cây xanh – Chiếu sáng', 'Xí nghiệp Xử lý chất thải']],
  ['QDTPT', 'Chi bộ Quỹ Đầu tư phát triển tỉnh', 'PUBLIC_SERVICE', ['Phòng Tín dụng', 'Phòng Quản lý rủi ro']],
  ['LMHTX', 'Chi bộ Liên minh Hợp tác xã tỉnh', 'MASS_ORGANIZATION', ['Phòng Tư vấn – Hỗ trợ', 'Quỹ Hỗ trợ phát triển hợp tác xã']],
  ['LDLD', 'Chi bộ Liên đoàn Lao động tỉnh', 'MASS_ORGANIZATION', ['Ban Tổ chức – Kiểm tra', 'Ban Chính sách – Pháp luật', 'Nhà Văn hóa Lao động']],
  ['TDOAN', 'Chi bộ Tỉnh đoàn', 'MASS_ORGANIZATION', ['Ban Tổ chức – Kiểm tra Tỉnh đoàn', 'Ban Phong trào', 'Trung tâm Hoạt động thanh thiếu nhi']],
  ['HND', 'Chi bộ Hội Nông dân tỉnh', 'MASS_ORGANIZATION', ['Ban Kinh tế – Xã hội', 'Trung tâm Hỗ trợ nông dân']],
  ['HLHPN', 'Chi bộ Hội Liên hiệp Phụ nữ tỉnh', 'MASS_ORGANIZATION', ['Ban Gia đình – Xã hội', 'Ban Tuyên giáo Hội Phụ nữ']],
  ['BQLKKT', 'Đảng bộ Ban Quản lý các khu công nghiệp', 'AGENCY', ['Phòng Quản lý doanh nghiệp', 'Phòng Quản lý môi trường', 'Công ty Phát triển hạ tầng khu công nghiệp']],
  ['BVTCS', 'Đảng bộ Bệnh viện Sản – Nhi tỉnh', 'PUBLIC_SERVICE', ['Khoa Hồi sức tích cực sơ sinh', 'Khoa Sản bệnh', 'Khoa Nhi tổng hợp']],
];

const cellDepartments: Record<string, string[]> = {
  'SYT-BVDK': ['Khoa Hồi sức tích cực – Chống độc', 'Khoa Nội tổng hợp', 'Khoa Ngoại chấn thương', 'Khoa Cấp cứu'],
  'SYT-BVYHCT': ['Khoa Châm cứu – Dưỡng sinh', 'Khoa Phục hồi chức năng'],
  'DL-TP': ['Đội Quản lý khách hàng', 'Đội Sửa chữa lưới điện'],
};

const positionsByKind: Record<UnitKind, string[]> = {
  PARTY_COMMITTEE: ['Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên chính', 'Chuyên viên'],
  PARTY_CELL: ['Bí thư Chi bộ', 'Phó Bí thư Chi bộ', 'Trưởng phòng', 'Chuyên viên chính', 'Chuyên viên'],
  AGENCY: ['Trưởng ban', 'Phó Trưởng ban', 'Chuyên viên chính', 'Chuyên viên'],
  PUBLIC_SERVICE: ['Giám đốc', 'Phó Giám đốc', 'Trưởng khoa', 'Bác sĩ', 'Điều dưỡng trưởng', 'Giảng viên'],
  ENTERPRISE: ['Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Kỹ sư', 'Kế toán trưởng', 'Công nhân kỹ thuật bậc 6/7'],
  MASS_ORGANIZATION: ['Chủ tịch', 'Phó Chủ tịch', 'Trưởng ban', 'Chuyên viên'],
  OTHER: ['Chuyên viên'],
};

const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai', 'Tạ', 'Kiều'];
const maleMiddle = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Công', 'Xuân', 'Thành', 'Trọng', 'Tiến', 'Mạnh'];
const femaleMiddle = ['Thị', 'Thu', 'Ngọc', 'Hồng', 'Thanh', 'Kim', 'Phương', 'Minh', 'Bích', 'Diệu'];
const maleGiven = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Long', 'Lộc', 'Nam', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const femaleGiven = ['Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Ngân', 'Nga', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Thủy', 'Trang', 'Vân', 'Xuân', 'Yến'];

export interface Organisation {
  units: UnitSeed[];
  collectives: CollectiveSeed[];
  individuals: IndividualSeed[];
}

export function buildOrganisation(): Organisation {
  const random = createRandom(1959);
  const units: UnitSeed[] = [
    {
      id: ROOT_UNIT_ID,
      code: 'DBK',
      slug: 'dang-bo-khoi-co-quan-doanh-nghiep-tinh',
      name: 'Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh',
      shortName: 'Đảng bộ Khối',
      kind: 'PARTY_COMMITTEE',
      parentId: null,
      memberCount: 5_560,
      description:
        'Thành lập ngày 10/5/1959; lãnh đạo 86 tổ chức cơ sở đảng trong các cơ quan, đơn vị sự nghiệp, doanh nghiệp và đoàn thể cấp tỉnh.',
    },
  ];
  const collectives: CollectiveSeed[] = [];
  const individuals: IndividualSeed[] = [];
  const usedNames = new Set<string>();

  const addCollectives = (unit: UnitSeed, names: string[]) => {
    for (const name of names) {
      collectives.push({ id: `col-${unit.code.toLowerCase()}-${slugify(name, 40)}`, slug: slugify(`${name} ${unit.code}`), name, unitId: unit.id });
    }
  };

  const addPeople = (unit: UnitSeed, count: number) => {
    const positions = positionsByKind[unit.kind];
    for (let i = 0; i < count; i++) {
      const female = random.next() < 0.48;
      let fullName = '';
      do {
        fullName = [
          random.pick(familyNames),
          random.pick(female ? femaleMiddle : maleMiddle),
          random.pick(female ? femaleGiven : maleGiven),
        ].join(' ');
      } while (usedNames.has(`${fullName}|${unit.code}`));
      usedNames.add(`${fullName}|${unit.code}`);
      const n = individuals.length + 1;
      individuals.push({
        id: `ind-${String(n).padStart(4, '0')}`,
        slug: `${slugify(fullName)}-${String(n).padStart(4, '0')}`,
        fullName,
        position: i === 0 ? positions[0]! : random.pick(positions.slice(1)),
        unitId: unit.id,
        gender: female ? 'FEMALE' : 'MALE',
        birthYear: random.int(1966, 1996),
        // A few people asked not to be published: the public registry must hide them.
        publicationConsent: n % 47 !== 0,
      });
    }
  };

  for (const [code, name, kind, departments, cells] of grassroots) {
    const unit: UnitSeed = {
      id: `unit-${code.toLowerCase()}`,
      code,
      slug: slugify(name),
      name,
      kind,
      parentId: ROOT_UNIT_ID,
      memberCount: random.int(25, 420),
    };
    units.push(unit);
    addCollectives(unit, departments);
    addPeople(unit, 7);
    for (const [cellCode, cellName] of cells ?? []) {
      const cell: UnitSeed = {
        id: `unit-${cellCode.toLowerCase()}`,
        code: cellCode,
        slug: slugify(cellName),
        name: cellName,
        kind: cellName.startsWith('Chi bộ') ? 'PARTY_CELL' : 'PARTY_COMMITTEE',
        parentId: unit.id,
        memberCount: random.int(20, 180),
      };
      units.push(cell);
      addCollectives(cell, cellDepartments[cellCode] ?? []);
      addPeople(cell, 6);
    }
  }
  return { units, collectives, individuals };
}
