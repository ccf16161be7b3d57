'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { closeCampaign, saveCampaign, saveCommendationType } from '@/lib/registry/actions/catalogue';

type Option = { id: string; label: string };
const day = (d: Date | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : '');

function Choose({ name, label, choices, defaultValue, empty }: { name: string; label: string; choices: Choice[]; defaultValue?: string | null; empty?: string }) {
  return (
    <Field name={name} label={label}>
      <Select name={name} defaultValue={defaultValue ?? ''} placeholder={empty} options={choices} />
    </Field>
  );
}

function Text({ name, label, defaultValue, type = 'text', area = false }: { name: string; label: string; defaultValue?: string | number | null; type?: string; area?: boolean }) {
  return (
    <Field name={name} label={label}>
      {area ? <TextArea name={name} rows={3} defaultValue={defaultValue ?? ''} /> : <TextInput name={name} type={type} defaultValue={defaultValue ?? ''} />}
    </Field>
  );
}

export interface CampaignValues {
  id?: string;
  name: string;
  theme: string | null;
  kind: string;
  launchingUnitId: string | null;
  startDate: Date;
  endDate: Date | null;
  occasion: string | null;
  description: string | null;
}

export function CampaignForm({ campaign, units, kinds }: { campaign?: CampaignValues; units: Option[]; kinds: Choice[] }) {
  return (
    <Form action={saveCampaign} submitLabel={campaign ? 'Lưu' : 'Tạo phong trào'} resetOnSuccess={!campaign}>
      {campaign?.id ? <input type="hidden" name="id" value={campaign.id} /> : null}
      <Text name="name" label="Tên phong trào" defaultValue={campaign?.name} />
      <Text name="theme" label="Chủ đề" defaultValue={campaign?.theme} />
      <Choose name="kind" label="Loại" choices={kinds} defaultValue={campaign?.kind ?? 'THEMATIC'} />
      <Choose name="launchingUnitId" label="Đơn vị phát động" choices={units.map((u) => ({ value: u.id, label: u.label }))} defaultValue={campaign?.launchingUnitId} empty="— Không ghi —" />
      <Text name="startDate" label="Ngày bắt đầu" type="date" defaultValue={day(campaign?.startDate)} />
      <Text name="endDate" label="Ngày kết thúc (nếu có)" type="date" defaultValue={day(campaign?.endDate)} />
      <Text name="occasion" label="Gắn với dịp, kỷ niệm" defaultValue={campaign?.occasion} />
      <Text name="description" label="Mô tả" defaultValue={campaign?.description} area />
    </Form>
  );
}

export function CloseCampaignButton({ id }: { id: string }) {
  return <ConfirmButton label="Tổng kết, đóng phong trào" confirm="Đóng phong trào này? Các quyết định đã có vẫn giữ nguyên." run={() => closeCampaign({ id })} redirectTo={`/admin/khen-thuong/phong-trao/${id}`} />;
}

export interface TypeValues {
  id?: string;
  code: string;
  name: string;
  kind: string;
  issuingSystem: string;
  level: string;
  authority: string;
  recipientKinds: string[];
  legalBasis: string | null;
  description: string | null;
  rank: number;
  active: boolean;
}

export function CommendationTypeForm({ type, choices }: { type?: TypeValues; choices: { kinds: Choice[]; systems: Choice[]; levels: Choice[]; recipients: Choice[] } }) {
  return (
    <Form action={saveCommendationType} submitLabel={type ? 'Lưu' : 'Thêm vào danh mục'} resetOnSuccess={!type}>
      {type?.id ? <input type="hidden" name="id" value={type.id} /> : null}
      <Text name="code" label="Mã" defaultValue={type?.code} />
      <Text name="name" label="Tên danh hiệu / hình thức" defaultValue={type?.name} />
      <Choose name="kind" label="Loại" choices={choices.kinds} defaultValue={type?.kind} />
      <Choose name="issuingSystem" label="Hệ thống" choices={choices.systems} defaultValue={type?.issuingSystem} />
      <Choose name="level" label="Cấp" choices={choices.levels} defaultValue={type?.level} />
      <Text name="authority" label="Thẩm quyền quyết định" defaultValue={type?.authority} />
      <Field name="recipientKinds" label="Đối tượng được tặng">
        {(props) => (
          <span className="mt-1 flex flex-wrap gap-4 text-sm" id={props.id}>
            {choices.recipients.map((r) => (
              <label key={r.value} className="flex items-center gap-1">
                <input type="checkbox" name="recipientKinds" value={r.value} defaultChecked={type?.recipientKinds.includes(r.value) ?? false} /> {r.label}
              </label>
            ))}
          </span>
        )}
      </Field>
      <Text name="legalBasis" label="Căn cứ pháp lý" defaultValue={type?.legalBasis} />
      <Text name="description" label="Mô tả" defaultValue={type?.description} area />
      <Text name="rank" label="Thứ bậc (số nhỏ là cao hơn)" type="number" defaultValue={type?.rank ?? 100} />
      <Field name="active" label="Trạng thái">
        {(props) => (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={type?.active ?? true} {...props} /> Đang dùng (bỏ chọn để ngừng; các khen thưởng đã có vẫn giữ)
          </label>
        )}
      </Field>
    </Form>
  );
}
