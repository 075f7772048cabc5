// The analyst's home: aggregate figures only.
import { useTranslation } from 'react-i18next';
import { SummarySection } from './summary-figures';

export function AnalystHome() {
  const { t } = useTranslation();
  return (
    <SummarySection
      id="analyst-summary"
      detailed
      refreshable
      footer={<p className="hint">{t('home.analyst.aggregatesOnly')}</p>}
    />
  );
}
