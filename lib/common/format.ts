// vi-VN formatting of dates and numbers, always in Vietnam's time zone (servers run in UTC).
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const number = new Intl.NumberFormat('vi-VN');

/** "Thứ Sáu, 10/05/2024, 08:30" */
export function formatDateTime(date: Date | string): string {
  const parts = dateTime.formatToParts(new Date(date));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = get('weekday');
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${get('day')}/${get('month')}/${get('year')}, ${get('hour')}:${get('minute')}`;
}

const timeOnly = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "08:30" (a live entry's time, beside its date when the coverage runs over several days). */
export function formatTime(date: Date | string): string {
  return timeOnly.format(new Date(date));
}

/** "10/05/2024" */
export function formatDate(date: Date | string): string {
  return dateOnly.format(new Date(date));
}

/** "5.560" */
export function formatNumber(value: number): string {
  return number.format(value);
}

/** A file's size as people read it: "850 KB", "2,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Sorts Vietnamese names the way a Vietnamese reader expects (Đ after D, tones after base letters). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
