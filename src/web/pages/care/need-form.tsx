// Noting what a shelter needs: one or more categories, in words, and what exactly is missing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { NEED_CATEGORIES, type NeedCategory } from '../../../domain/care';
import { TextField } from '../../components/text-field';
import { useDraft } from '../../hooks/use-draft';
import { careApi } from './care-endpoints';
import { useCategoryName } from './care-words';
import { CareForm } from './care-write';

type Props = { readonly shelterId: string; readonly onDone: () => void };

export function NeedForm({ shelterId, onDone }: Props) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const [categories, setCategories] = useState<readonly NeedCategory[]>([]);
  const { values, field, change } = useDraft('need', { text: '' });
  const toggle = (c: NeedCategory, on: boolean) =>
    setCategories((now) => (on ? [...now, c] : now.filter((x) => x !== c)));

  return (
    <CareForm
      send={(id) => careApi.addNeed({ id, shelterId, categories, text: values.text.trim() })}
      doneText={t('care.needs.done')}
      clear={() => {
        setCategories([]);
        change({ text: '' });
      }}
      onDone={onDone}
      submitLabel={t('care.needs.submit')}
      incomplete={categories.length === 0 || values.text.trim() === ''}
    >
      <h3>{t('care.needs.form')}</h3>
      <fieldset className="fieldset">
        <legend>{t('care.needs.categories')}</legend>
        <div className="need-categories">
          {NEED_CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={categories.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
              />
              {categoryName(c)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField {...field('text')} label={t('care.needs.text')} maxLength={TEXT_LIMITS.note} />
    </CareForm>
  );
}
