// Who reads an incident's free text. The writer shares a description or a note with humanitarian
// partners by ticking a box (off until ticked); the staff see each text tagged with who reads it, and
// partners and analysts, for a text not shared with them, a neutral line: the server never sent it.
import { useTranslation } from 'react-i18next';
import type { Binding } from '../../hooks/use-draft';

/** The box that shares the text beside it with humanitarian partners, with what it means. */
export function ShareField({ id, value, onChange }: Binding<boolean>) {
  const { t } = useTranslation();
  return (
    <div className="share-field">
      <div className="check">
        <input
          type="checkbox"
          id={id}
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>{t('situation.incident.share')}</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('situation.incident.shareHint')}
      </p>
    </div>
  );
}

/** Whether partners read a text, as a tag beside it: for the staff, who see every text. */
export function AudienceTag({ shared }: { readonly shared: boolean }) {
  const { t } = useTranslation();
  return shared ? (
    <span className="tag tag-ok">{t('situation.incident.sharedTag')}</span>
  ) : (
    <span className="tag tag-muted">{t('situation.incident.staffOnlyTag')}</span>
  );
}

type TextProps = {
  readonly text: string | null;
  readonly shared: boolean;
  readonly withheld: boolean;
  /** Tag the text with who reads it (the staff's view). */
  readonly tagged: boolean;
};

/** A description or a note of the log: the text and its tag, the neutral line, or nothing. */
export function IncidentText({ text, shared, withheld, tagged }: TextProps) {
  const { t } = useTranslation();
  if (withheld) return <p className="log-note log-withheld">{t('situation.incident.withheld')}</p>;
  if (!text) return null;
  return (
    <p className="log-note">
      {text}
      {tagged ? (
        <>
          {' '}
          <AudienceTag shared={shared} />
        </>
      ) : null}
    </p>
  );
}
