'use client';
// Stories linked to a decision or a campaign: search, add, remove, save.
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { SearchPicker, type PickerOption } from '@/components/admin/search-picker';
import { Button } from '@/components/ui/button';
import { ActionMessage } from '@/components/ui/form';
import type { ActionState } from '@/lib/common/action-state';
import { setStoryLinks } from '@/lib/registry/actions/story-links';
import { findStories } from '@/lib/newsroom/data/story-picker';

export function StoryLinks({ kind, id, initial }: { kind: 'decision' | 'campaign'; id: string; initial: PickerOption[] }) {
  const router = useRouter();
  const field = useId();
  const [selected, setSelected] = useState(initial);
  const [answer, setAnswer] = useState<ActionState>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      {selected.length === 0 ? <p className="text-sm text-stone-600">Chưa có bài viết nào.</p> : null}
      <SearchPicker id={field} label="Thêm bài viết (gõ tên bài, không cần dấu)" selected={selected} onChange={setSelected} search={findStories} />
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await setStoryLinks({ kind, id, articleIds: selected.map((s) => s.id) });
            setAnswer(r);
            if (r.ok) router.refresh();
          })
        }
      >
        Lưu bài viết liên quan
      </Button>
      <ActionMessage state={answer} />
    </div>
  );
}
