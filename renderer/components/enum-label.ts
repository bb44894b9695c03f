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
    const label = (name: EnumName, code: string) => t(`${name}.${code}`);
    const options = (name: EnumName, codes: readonly string[]) =>
      codes.map((c) => ({ value: c, label: label(name, c) }));
    return { label, options };
  }, [t]);
}
