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

/** Labels of coded values in the UI language; zh-CN labels are the official ones (a test checks). */
export function useEnumLabel() {
  const { t } = useTranslation('enums');
  const label = (name: EnumName, code: string) => t(`${name}.${code}`);
  const options = (name: EnumName, codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: label(name, c) }));
  return { label, options };
}
