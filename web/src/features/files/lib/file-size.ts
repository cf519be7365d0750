import { getIntlTag, t } from '@/lib/i18n';

const units = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * Bytes in human units, 1024-based as the server's limits are (25 MB = 25 × 1024 × 1024 bytes):
 * "512 bytes", "1.5 KB", "47 KB", "25 MB". One decimal below 10 of a unit, none above.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) {
    return t('files.size.bytes', { count: bytes, size: bytes.toLocaleString(getIntlTag()) });
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // 1023.96 KB would round to "1,024 KB": say "1 MB" instead.
  if (value >= 1023.5 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 9.95 ? 1 : 0;
  const number = new Intl.NumberFormat(getIntlTag(), { maximumFractionDigits: digits }).format(
    value,
  );
  return `${number} ${units[unit]}`;
}
