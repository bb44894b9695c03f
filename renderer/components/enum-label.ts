import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type EnumName =
  | 'applicantType'
  | 'requestChannel'
  | 'outcome'
  | 'outcomeGroup'
  | 'publicationChannel'
  | 'docKind'
  | 'validity'
  | 'consultationChannel'
  | 'appealKind'
  | 'appealResult'
  | 'reviewStep'
  | 'reviewResult'
  | 'requestForm'
  | 'consultParty'
  | 'feeMethod'
  | 'eventType';

/**
 * Labels of coded values in the UI language; zh-CN labels are the official ones (a test checks).
 * The functions keep their identity while the language does, so a list's memoised columns stay valid.
 */
export function useEnumLabel() {
  const { t } = useTranslation('enums');
  return useMemo(() => {
    // Each label looked up once per language (t changes with it): a list draws several per row, and
    // i18next's lookup is not free (issue 17: ≈20 ms of t in the requests list's first render).
    const known = new Map<string, string>();
    const label = (name: EnumName, code: string) => {
      const key = `${name}.${code}`;
      let text = known.get(key);
      if (text === undefined) {
        text = t(key);
        known.set(key, text);
      }
      return text;
    };
    const options = (name: EnumName, codes: readonly string[]) =>
      codes.map((c) => ({ value: c, label: label(name, c) }));
    return { label, options };
  }, [t]);
}
