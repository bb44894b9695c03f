import { addDays, type DateString, daysInMonth, formatDate } from '../../../shared/model';

/**
 * The year grid from the keyboard (one Tab stop, not 365): ←/→ a day, ↑/↓ a week, Home/End the
 * month's first and last day, PageUp/PageDown the same day a month before or after (the month's last
 * day when it is shorter). Kept within the year shown; null for other keys.
 */
export function dayAfterKey(date: DateString, key: string, year: number): DateString | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let to: DateString;
  switch (key) {
    case 'ArrowLeft':
      to = addDays(date, -1);
      break;
    case 'ArrowRight':
      to = addDays(date, 1);
      break;
    case 'ArrowUp':
      to = addDays(date, -7);
      break;
    case 'ArrowDown':
      to = addDays(date, 7);
      break;
    case 'Home':
      to = formatDate(y, m, 1);
      break;
    case 'End':
      to = formatDate(y, m, daysInMonth(y, m));
      break;
    case 'PageUp':
    case 'PageDown': {
      const month = m + (key === 'PageUp' ? -1 : 1);
      if (month < 1 || month > 12) return date;
      to = formatDate(y, month, Math.min(d, daysInMonth(y, month)));
      break;
    }
    default:
      return null;
  }
  const first = formatDate(year, 1, 1);
  const last = formatDate(year, 12, 31);
  return to < first ? first : to > last ? last : to;
}
