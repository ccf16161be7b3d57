// The decision grid's rows as the registrar edits them, before the server checks them.
import type { ResolvedRow } from '@/lib/registry/data/recipient-matching';
import type { RecipientSuggestion } from '@/lib/registry/data/recipient-picker';

export type Kind = 'INDIVIDUAL' | 'COLLECTIVE' | 'UNIT';
export const kindLabels: Record<Kind, string> = { INDIVIDUAL: 'Cá nhân', COLLECTIVE: 'Tập thể', UNIT: 'Đơn vị' };
export const KINDS = Object.keys(kindLabels) as Kind[];

export interface Row {
  key: number;
  kind: Kind;
  recordId: string | null;
  name: string;
  position: string;
  unitId: string;
  typeId: string;
  achievement: string;
  status: ResolvedRow['status'] | 'unchecked';
  notes: string[];
  /** Chosen from the suggestions: a later check keeps this record. */
  picked?: boolean;
  /** Records of this name in the row's unit, and whether the registrar said this is someone else. */
  namesakes?: number;
  distinct?: boolean;
  /** The unit as pasted, while it matches no unit, and the closest units the server found. */
  unitText?: string;
  unitSuggestions?: { id: string; name: string }[];
  /** A new record's close names in its unit, which the registrar may mean instead. */
  recordSuggestions?: Suggestion[];
}

export type Suggestion = RecipientSuggestion;

export const statusText: Record<Row['status'], string> = { existing: 'Hồ sơ có sẵn', new: 'Tạo hồ sơ mới', error: 'Cần sửa', unchecked: 'Chưa kiểm tra' };

let nextKey = 1;
export const newRowKey = () => nextKey++;
export const emptyRow = (): Row => ({ key: newRowKey(), kind: 'INDIVIDUAL', recordId: null, name: '', position: '', unitId: '', typeId: '', achievement: '', status: 'unchecked', notes: [] });

/** What changing the kind, the name or the unit forgets: the match must be made again. */
export const unmatched = { recordId: null, picked: false, distinct: false, namesakes: 0, recordSuggestions: undefined, status: 'unchecked' } as const satisfies Partial<Row>;
