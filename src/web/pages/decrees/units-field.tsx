// The decree form's deployed units, each with its name, its force and its tasks. A unit added takes
// focus in its name (it appears above the button that added it); one removed leaves focus on "add".
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Force } from '../../../domain/decrees';
import { Options } from '../../components/options';
import type { UnitDraft } from './decree-draft';

type UnitsProps = {
  readonly units: readonly UnitDraft[];
  readonly onChange: (units: readonly UnitDraft[]) => void;
  readonly forces: readonly { readonly value: Force; readonly label: string }[];
  readonly error?: string | undefined;
};

export function UnitsField({ units, onChange, forces, error }: UnitsProps) {
  const { t } = useTranslation();
  const change = (i: number, unit: UnitDraft) => onChange(units.map((u, k) => (k === i ? unit : u)));
  const set = useRef<HTMLFieldSetElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState<{ readonly to: 'added' | 'add' } | null>(null);
  useEffect(() => {
    if (moved === null) return;
    if (moved.to === 'add') add.current?.focus();
    else set.current?.querySelector<HTMLInputElement>('.decree-unit:last-of-type input')?.focus();
  }, [moved]);
  return (
    <fieldset className="field decree-units" ref={set}>
      <legend>{t('decrees.field.units')}</legend>
      {error ? <p className="field-error">{error}</p> : null}
      {units.map((u, i) => (
        // Units have no id of their own until saved; their place in the list is what names them.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is edited in place, never reordered
        <div key={i} className="decree-unit">
          <label>
            {t('decrees.form.unitName')}
            <input value={u.name} onChange={(e) => change(i, { ...u, name: e.target.value })} />
          </label>
          <label>
            {t('decrees.form.unitForce')}
            <select
              value={u.force}
              onChange={(e) =>
                change(i, { ...u, force: forces.find((f) => f.value === e.target.value)?.value ?? 'other' })
              }
            >
              <Options items={forces} value={(f) => f.value} label={(f) => f.label} />
            </select>
          </label>
          <label>
            {t('decrees.form.unitTasks')}
            <textarea rows={2} value={u.tasks} onChange={(e) => change(i, { ...u, tasks: e.target.value })} />
          </label>
          <button
            type="button"
            className="button"
            onClick={() => {
              onChange(units.filter((_, k) => k !== i));
              setMoved({ to: 'add' });
            }}
          >
            {t('decrees.form.removeUnit')}
          </button>
        </div>
      ))}
      <button
        ref={add}
        type="button"
        className="button"
        onClick={() => {
          onChange([...units, { name: '', force: 'police', tasks: '' }]);
          setMoved({ to: 'added' });
        }}
      >
        {t('decrees.form.addUnit')}
      </button>
    </fieldset>
  );
}
