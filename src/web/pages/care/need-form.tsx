// Noting what a shelter needs: one or more categories, in words, and what exactly is missing.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { NEED_CATEGORIES, type NeedCategory } from '../../../domain/care';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { careApi } from './care-endpoints';
import { CareProblem, useCategoryName } from './care-words';
import { useActionId } from './use-action-id';

type Props = { readonly shelterId: string; readonly onDone: () => void };

export function NeedForm({ shelterId, onDone }: Props) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const [id, renewId] = useActionId();
  const call = useApiCall();
  const [categories, setCategories] = useState<readonly NeedCategory[]>([]);
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const toggle = (c: NeedCategory, on: boolean) =>
    setCategories((now) => (on ? [...now, c] : now.filter((x) => x !== c)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const result = await call.run(() => careApi.addNeed({ id, shelterId, categories, text: text.trim() }));
    if (!result.ok) return;
    renewId();
    setCategories([]);
    setText('');
    setDone(t('care.needs.done'));
    onDone();
  }

  return (
    <form className="form" aria-busy={call.busy} onSubmit={(e) => void submit(e)} noValidate>
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
      <TextField
        id="need-text"
        label={t('care.needs.text')}
        value={text}
        onChange={setText}
        maxLength={TEXT_LIMITS.note}
      />
      <CareProblem problem={call.problem} />
      <FormFeedback success={done} />
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={call.busy || categories.length === 0 || text.trim() === ''}
        >
          {t('care.needs.submit')}
        </button>
      </div>
    </form>
  );
}
