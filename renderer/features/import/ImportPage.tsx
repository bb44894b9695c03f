import { Button, Space, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTERS, type RegisterName } from '../../../shared/model';
import { useLocation } from '../../app/router';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportWizard } from './use-import-wizard';
import { ValuesStep } from './ValuesStep';

/**
 * The spreadsheet import wizard (issue 7): file and sheet → columns → values → check and import.
 * `#/import?register=requests` opens it for one register (the lists link here).
 */
export default function ImportPage() {
  const { query } = useLocation();
  const fromQuery = query.get('register');
  const initial: RegisterName = REGISTERS.includes(fromQuery as RegisterName)
    ? (fromQuery as RegisterName)
    : 'publications';
  // A link from another register's list starts a fresh wizard for that register.
  return <ImportWizardView key={initial} initial={initial} />;
}

function ImportWizardView({ initial }: { initial: RegisterName }) {
  const { t } = useTranslation('import');
  const wizard = useImportWizard(initial);
  const [step, setStep] = useState(0);
  const ready = wizard.state.sheetName !== null && wizard.state.rows.length > 0;
  // A spreadsheet chosen (its sheet, header row, columns and values matched) and not yet imported:
  // leaving the page asks first, as the registers' forms do (it was dropped without a word).
  const [stored, setStored] = useState(false);
  const dirty = useRef(false);
  useEffect(() => {
    dirty.current = wizard.state.fileName !== null && !stored;
  }, [wizard.state.fileName, stored]);
  useUnsavedGuard(dirty);

  const steps = [
    { title: t('step.file'), content: <FileStep wizard={wizard} /> },
    { title: t('step.columns'), content: <MappingStep wizard={wizard} /> },
    { title: t('step.values'), content: <ValuesStep wizard={wizard} /> },
    {
      title: t('step.preview'),
      content: (
        <PreviewStep
          wizard={wizard}
          onBack={() => setStep(2)}
          onRestart={() => {
            wizard.reset();
            setStored(false);
            setStep(0);
          }}
          onStored={() => setStored(true)}
        />
      ),
    },
  ];

  return (
    <div data-testid="import-page">
      <Steps
        current={step}
        items={steps.map((s) => ({ title: s.title }))}
        style={{ marginBottom: 24 }}
        onChange={(s) => ready && s < 3 && setStep(s)}
      />
      <div style={{ minHeight: 300 }}>{steps[step]?.content}</div>
      {step < 3 && (
        <Space style={{ marginTop: 16 }}>
          {step > 0 && (
            <Button data-testid="import-back" onClick={() => setStep(step - 1)}>
              {t('wizard.back')}
            </Button>
          )}
          <Button
            type="primary"
            data-testid="import-next"
            disabled={!ready}
            onClick={() => setStep(step + 1)}
          >
            {t('wizard.next')}
          </Button>
        </Space>
      )}
    </div>
  );
}
