// The officer's way out when the network does not come back: save the records waiting on this device
// to a file for a supervisor to import. The records stay in the outbox and still sync if it returns.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { useUser } from '../session/session';
import { outboxFile, outboxFileName, saveOutboxFile } from './export';
import { getSync } from './instance';

export function ExportOutboxButton() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const [saved, setSaved] = useState<number | null>(null);

  async function save() {
    const records = await getSync().records();
    if (records.length === 0) return;
    const now = new Date();
    saveOutboxFile(outboxFile(records, user.username, now), outboxFileName(user.username, now));
    setSaved(records.length);
  }

  return (
    <div className="offline-export" data-testid="outbox-export">
      <button type="button" className="button button-secondary button-small" onClick={() => void save()}>
        {t('outbox.export.button')}
      </button>
      <p className="hint">
        {saved === null
          ? t('outbox.export.hint')
          : t('outbox.export.saved', { count: saved, formatted: formatNumber(saved, locale) })}
      </p>
    </div>
  );
}
