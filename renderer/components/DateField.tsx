import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * A date picker bound to a civil-date string (`YYYY-MM-DD`) — never a timestamp, so no time-zone
 * shift can move a date (DOMAIN.md §2). Typing `2025-09-25` and Enter works from the keyboard.
 */
export function DateField({ value, onChange, id, disabled, placeholder, ...rest }: Props) {
  return (
    <DatePicker
      id={id}
      data-testid={rest['data-testid']}
      disabled={disabled}
      placeholder={placeholder}
      format="YYYY-MM-DD"
      value={value ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      style={{ width: '100%' }}
    />
  );
}
