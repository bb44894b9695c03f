import { DatePicker, Form, type GetRef, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isValidDate } from '../../shared/model';

// rc-picker's dayjs config extends it too; said here since readTypedDate depends on it.
dayjs.extend(customParseFormat);

type PickerHandle = GetRef<typeof DatePicker>;

/** What the field shows, and what it hands on. */
const SHOWN = 'YYYY-MM-DD';

/**
 * The ways an officer writes a date (2026/9/10, 20260910, 2026.9.10, 2026-9-10, 2026年9月10日…),
 * each read strictly: 2026-02-30 or 2026/13/1 is no date at all, never rolled over into March.
 */
export const TYPED_FORMATS: readonly string[] = [
  SHOWN,
  ...['-', '/', '.'].flatMap((s) =>
    ['M', 'MM'].flatMap((m) => ['D', 'DD'].map((d) => `YYYY${s}${m}${s}${d}`)),
  ),
  'YYYYMMDD',
  ...['M', 'MM'].flatMap((m) => ['D', 'DD'].map((d) => `YYYY年${m}月${d}日`)),
];

/**
 * Typed text as a civil date: '' (the box cleared) → null, a real date in one of TYPED_FORMATS →
 * `YYYY-MM-DD`, anything else → undefined (not a date).
 */
export function readTypedDate(text: string): string | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  const d = dayjs(s, [...TYPED_FORMATS], true);
  const date = d.isValid() ? d.format(SHOWN) : '';
  return isValidDate(date) ? date : undefined;
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** antd's Form.Item gives this to the field it binds by `name` (see DateField). */
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * A date picker bound to a civil-date string (`YYYY-MM-DD`) — never a timestamp, so no time-zone
 * shift can move a date (DOMAIN.md §2). Typing a date and Tab or Enter takes it, in any of
 * TYPED_FORMATS; it is then shown as `YYYY-MM-DD`.
 *
 * Text that is no date is never dropped in silence (a new request kept today's date while
 * 2026-02-30 stood in the box, and was saved with it):
 * - in a form field (antd's Form.Item, which binds it by `name`, gives it an `id`) the text itself
 *   becomes the field's value, so the record's validation refuses the save on that field, and the
 *   field says so at once;
 * - bound to a page's own state (the deadline calculator, 我的调整, the report's signing date) the
 *   value stays as it was — that state takes only dates — and the box shows it again, with a
 *   message saying the text was not taken.
 */
export function DateField(props: Props) {
  return props.id ? <FormDateField {...props} /> : <OwnDateField {...props} />;
}

function FormDateField({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation('common');
  // A refused save puts the record's own message under the field: one message is enough.
  const { errors } = Form.Item.useStatus();
  const invalid = Boolean(value) && !isValidDate(value ?? '');
  const picker = usePickerProps(value, onChange);
  return (
    <Picker
      {...rest}
      {...picker}
      preserveInvalidOnBlur={invalid}
      message={invalid && errors.length === 0 ? t('dateField.invalid') : null}
    />
  );
}

function OwnDateField({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation('common');
  // The text not taken, and the value it was typed over (a new value retires the message).
  const [refused, setRefused] = useState<{ text: string; over: string | null } | null>(null);
  // The picker drawn afresh shows the value again: its box keeps typed text while the focus is in
  // the field (Enter, or Tab to its own clear button) — where it stays, in the box.
  const [drawn, setDrawn] = useState({ n: 0, focus: false });
  const input = useRef<PickerHandle | null>(null);
  useEffect(() => {
    if (drawn.focus) input.current?.focus();
  }, [drawn]);
  const current = value ?? null;
  const picker = usePickerProps(
    value,
    (next) => {
      setRefused(null);
      onChange?.(next);
    },
    (text, focused) => {
      setRefused({ text, over: current });
      setDrawn((d) => ({ n: d.n + 1, focus: focused }));
    },
    () => setRefused(null),
  );
  const shown = refused && refused.over === current ? refused : null;
  return (
    <Picker
      key={drawn.n}
      {...rest}
      {...picker}
      pickerRef={input}
      message={shown ? t('dateField.notTaken', { text: shown.text }) : null}
    />
  );
}

/**
 * The picker's value and handlers: the shown date, and every way a date is entered (the calendar,
 * typing then Tab, blur or Enter) read by readTypedDate. Text that is no date goes to `onNoDate`
 * (`focused`: the focus stays in the field, as on Enter), or without one is handed on as the value;
 * `onKept` hears that a date typed changes nothing.
 */
function usePickerProps(
  value: string | null | undefined,
  onChange: ((value: string | null) => void) | undefined,
  onNoDate?: (text: string, focused: boolean) => void,
  onKept?: () => void,
) {
  const current = useRef<string | null>(null);
  current.current = value ?? null;
  // While the value is text that is no date, the picker keeps the last date it showed, so the
  // typed text stays in the box (a null would empty it).
  const lastDate = useRef<Dayjs | null>(null);
  if (!value) lastDate.current = null;
  else if (isValidDate(value) && lastDate.current?.format(SHOWN) !== value)
    lastDate.current = dayjs(value, SHOWN);

  const take = (read: string | null | undefined, text: string, focused = false) => {
    if (read === undefined && onNoDate) return onNoDate(text, focused);
    const next = read === undefined ? text : read;
    if (next === current.current) return onKept?.();
    current.current = next;
    onChange?.(next);
  };
  // Only the box's own text: the picker also reports blur and keys of its calendar panel.
  const typed = (target: EventTarget) => (target instanceof HTMLInputElement ? target.value : undefined);
  const commit = (text: string | undefined, focused: boolean) => {
    if (text !== undefined) take(readTypedDate(text), text.trim(), focused);
  };
  return {
    value: lastDate.current,
    // The calendar, or text the picker read itself: 1800-01-01 parses, yet is no civil date here.
    onChange: (d: Dayjs | null) => {
      const text = d ? d.format(SHOWN) : '';
      take(text === '' ? null : isValidDate(text) ? text : undefined, text);
    },
    // Tab moves the focus to the picker's own clear button: still the field's.
    onBlur: (e: FocusEvent<HTMLElement>) =>
      commit(
        typed(e.target),
        Boolean(e.target.closest('.ant-picker')?.contains(e.relatedTarget as Node | null)),
      ),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit(typed(e.target), true);
    },
  };
}

function Picker({
  message,
  pickerRef,
  ...props
}: Omit<Props, 'onChange' | 'value'> & {
  value: Dayjs | null;
  onChange: (d: Dayjs | null) => void;
  onBlur: (e: FocusEvent<HTMLElement>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  preserveInvalidOnBlur?: boolean;
  pickerRef?: RefObject<PickerHandle | null>;
  message: string | null;
}) {
  const messageId = useId();
  return (
    <>
      <DatePicker
        {...props}
        ref={pickerRef}
        format={[...TYPED_FORMATS]}
        status={message ? 'error' : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        style={{ width: '100%' }}
      />
      {message && (
        <Typography.Text type="danger" role="alert" id={messageId} style={{ display: 'block' }}>
          {message}
        </Typography.Text>
      )}
    </>
  );
}
