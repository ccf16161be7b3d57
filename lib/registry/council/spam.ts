// Signs that a comment was not written by a person about the candidate: the hidden field
// filled in (people never see it; programs fill every field), links (a comment on a person
// needs none), or the advertising words of the gambling spam that floods Vietnamese forms.
const ADVERTISING = /\b(casino|cá cược|cá độ|nổ hũ|xóc đĩa|lô đề|slot|bet\d*|kuwin|98win|đánh bài|vay tiền nhanh|tăng like|seo top)\b/iu;
const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|vn|xyz|top|win|info|biz)\b)/giu;

export function spamReason(input: { website?: string | undefined; body: string; authorName: string }): string | null {
  if (input.website && input.website.trim() !== '') return 'biểu mẫu bị điền tự động.';
  const text = `${input.authorName}\n${input.body}`;
  if ((text.match(LINK) ?? []).length > 0) return 'ý kiến không được chứa đường dẫn hay địa chỉ trang web.';
  if (ADVERTISING.test(text)) return 'nội dung có dấu hiệu quảng cáo.';
  return null;
}
