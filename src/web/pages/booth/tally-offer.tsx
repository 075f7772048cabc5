// A person counted earlier in the quick tally and registered now would be counted twice: the booth
// offers the recent tallies of their category at this checkpoint, to take them off the one they were in.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
import { api } from '../../api/paso';
import type { OpenTally } from '../../api/types';
import { SelectField } from '../../components/select-field';
import { useLocale } from '../../hooks/use-locale';
import type { Member, Untally } from './member';
import { isAdult, isChild } from './minors';
import { tallyTimes } from './registration';

type Props = {
  readonly member: Member;
  readonly checkpointCode: string | null;
  readonly direction: 'entry' | 'exit';
  readonly today: string;
  readonly timeZone: string;
  readonly onChoose: (untally: Untally | null) => void;
};

type Category = 'man' | 'woman' | 'boy' | 'girl';

// The tally's category for the person, when their sex and age say it; otherwise every tally is offered.
function categoryOf(member: Member, today: string): Category | undefined {
  const { sex } = member.form;
  if (sex !== 'M' && sex !== 'F') return undefined;
  if (isAdult(member, today)) return sex === 'M' ? 'man' : 'woman';
  if (isChild(member, today)) return sex === 'M' ? 'boy' : 'girl';
  return undefined;
}

export function TallyOffer({ member, checkpointCode, direction, today, timeZone, onChoose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [tallies, setTallies] = useState<readonly OpenTally[]>([]);
  const category = categoryOf(member, today);

  useEffect(() => {
    if (checkpointCode === null) return;
    const controller = new AbortController();
    void api
      .listOpenTallies({ checkpoint: checkpointCode, direction, category }, { signal: controller.signal })
      // Without an answer there is simply nothing to offer: the registration goes on regardless.
      .then((answer) => setTallies(answer.ok ? answer.value : []));
    return () => controller.abort();
  }, [checkpointCode, direction, category]);

  const chosen = member.untally?.tallyId ?? '';
  if (tallies.length === 0 && chosen === '') return null;
  const times = tallyTimes(
    tallies.map((tally) => tally.at),
    today,
    locale,
    timeZone,
  );
  return (
    <div className="tally-offer" data-testid="tally-offer">
      <SelectField
        id="reg-untally"
        label={t('booth.tally.label')}
        hint={t('booth.tally.hint')}
        value={chosen}
        onChange={(id) => {
          const tally = tallies.find((x) => x.id === id);
          onChoose(
            tally === undefined ? null : { tallyId: tally.id, count: tally.count, correctionId: newId() },
          );
        }}
      >
        <option value="">{t('booth.tally.none')}</option>
        {tallies.map((tally, i) => {
          const time = times[i] ?? '';
          return (
            <option key={tally.id} value={tally.id}>
              {tally.boothCode === null
                ? t('booth.tally.option', { time, count: tally.count })
                : t('booth.tally.optionAtBooth', { time, booth: tally.boothCode, count: tally.count })}
            </option>
          );
        })}
      </SelectField>
    </div>
  );
}
