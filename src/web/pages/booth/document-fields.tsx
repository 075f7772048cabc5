// The document's part of the form: the document shown, or none and how the identity was established
// instead; the national identifier the zone carries, offered as the person's; the zone exactly as
// read; and the zone's doubtful fields to confirm against the document.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { ID_TYPES, type MrzField } from '../../../domain/documents';
import { useScrollFocus } from '../../components/scroll-box';
import { ChoiceField, OptionalChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { identityBasisName } from './decision-messages';
import { hasDocument, type IdentityBasis, type Member } from './member';
import { documentTypeName, idTypeName } from './messages';
import { RegisterFieldset } from './register-fieldset';
import { useRegisterText } from './register-text';
import { type RegistrationForm, ZONE_DOCUMENT_TYPES } from './registration';
import { ZoneChecks } from './zone-checks';

type Props = {
  readonly member: Member;
  readonly onChange: <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) => void;
  readonly onBasis: (basis: Exclude<IdentityBasis, 'document'>) => void;
  readonly onConfirm: (field: MrzField, confirmed: boolean) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly unresolved: readonly MrzField[];
};

/** The document types the form offers: the zone's codes, then the national identity types. */
export const DOCUMENT_TYPES: readonly string[] = [...ZONE_DOCUMENT_TYPES, ...ID_TYPES];
const BASES = ['declared', 'family-member', 'other-document'] as const;

export function DocumentFields({ member, onChange, onBasis, onConfirm, errors, unresolved }: Props) {
  const { t } = useTranslation();
  const { form } = member;
  const { doubt, text } = useRegisterText(form, onChange, errors, unresolved);
  return (
    <RegisterFieldset legend={t('booth.register.document')}>
      <div className="form-grid">
        <OptionalChoiceField
          id="reg-documentType"
          label={t('booth.register.documentType')}
          value={form.documentType}
          error={errors.documentType ?? doubt('documentCode')}
          choices={DOCUMENT_TYPES}
          nameOf={(type) => documentTypeName(type, t)}
          noneLabel={t('booth.register.docType.none')}
          onChange={(value) => onChange('documentType', value)}
        />
        {form.documentType === '' ? null : (
          <>
            <TextField
              {...text('documentNumber', 'documentNumber')}
              label={t('booth.register.documentNumber')}
              required
              maxLength={TEXT_LIMITS.documentNumber}
            />
            <TextField
              {...text('issuingState', 'issuingState')}
              label={t('booth.register.issuingState')}
              hint={t('booth.register.countryHint')}
            />
            <TextField
              {...text('expiryDate', 'expiryDate')}
              label={t('booth.register.expiryDate')}
              hint={t('booth.register.partialDateHint')}
            />
          </>
        )}
        {hasDocument(member) ? null : (
          <ChoiceField
            id="reg-basis"
            label={t('booth.register.basis')}
            hint={t('booth.register.basisHint')}
            value={member.basis}
            error={errors.identityBasis}
            choices={BASES}
            nameOf={(b) => identityBasisName(b, t)}
            onChange={onBasis}
          />
        )}
      </div>
      <ZoneIdentifierOffer member={member} onChange={onChange} />
      {member.zone === '' ? null : <ZoneAsRead zone={member.zone} label={t('booth.register.zone')} />}
      <ZoneChecks member={member} unresolved={unresolved} onConfirm={onConfirm} error={errors.zone} />
    </RegisterFieldset>
  );
}

/**
 * The national identifier the zone carries (a Chilean card's RUN, which stays with the person when the
 * card changes), offered as the document to register them by; the zone as read is kept with it.
 */
function ZoneIdentifierOffer({ member, onChange }: Pick<Props, 'member' | 'onChange'>) {
  const { t } = useTranslation();
  const id = member.zoneIdentifier;
  if (id === null) return null;
  const type = idTypeName(id.idType, t);
  const isUsed = member.form.documentType === id.idType && member.form.documentNumber === id.normalized;
  return (
    <div className="notice notice-info zone-identifier" data-testid="zone-identifier" data-used={isUsed}>
      <p>{t('booth.register.zoneIdentifier', { type, number: id.display })}</p>
      {isUsed ? null : (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            onChange('documentType', id.idType);
            onChange('documentNumber', id.normalized);
          }}
        >
          {t('booth.register.useZoneIdentifier', { type })}
        </button>
      )}
    </div>
  );
}

// The zone exactly as read, in its own lines: wider than a phone, it scrolls, by keyboard too.
function ZoneAsRead({ zone, label }: { readonly zone: string; readonly label: string }) {
  const { ref, props } = useScrollFocus<HTMLPreElement>(label, zone);
  return (
    <figure className="register-zone-read">
      <figcaption className="register-label">{label}</figcaption>
      <pre ref={ref} className="mrz-input register-zone" data-testid="zone-as-read" {...props}>
        {zone}
      </pre>
    </figure>
  );
}
