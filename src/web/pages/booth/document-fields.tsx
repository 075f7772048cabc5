// The document's part of the form: the document shown, or none and how the identity was established
// instead; the zone exactly as read; and the zone's doubtful fields to confirm against the document.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { ID_TYPES, type MrzField } from '../../../domain/documents';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { identityBasisName } from './decision-messages';
import { hasDocument, type IdentityBasis, type Member } from './member';
import { documentTypeName } from './messages';
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

const DOCUMENT_TYPES: readonly string[] = [...ZONE_DOCUMENT_TYPES, ...ID_TYPES];
const BASES = ['declared', 'family-member', 'other-document'] as const;

export function DocumentFields({ member, onChange, onBasis, onConfirm, errors, unresolved }: Props) {
  const { t } = useTranslation();
  const { form } = member;
  const { doubt, text } = useRegisterText(form, onChange, errors, unresolved);
  return (
    <fieldset className="register-fieldset">
      <legend>{t('booth.register.document')}</legend>
      <div className="form-grid">
        <SelectField
          id="reg-documentType"
          label={t('booth.register.documentType')}
          value={form.documentType}
          error={errors.documentType ?? doubt('documentCode')}
          onChange={(value) => onChange('documentType', value)}
        >
          <option value="">{t('booth.register.docType.none')}</option>
          {DOCUMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {documentTypeName(type, t)}
            </option>
          ))}
        </SelectField>
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
          <SelectField
            id="reg-basis"
            label={t('booth.register.basis')}
            hint={t('booth.register.basisHint')}
            value={member.basis}
            error={errors.identityBasis}
            onChange={(value) => {
              const chosen = BASES.find((b) => b === value);
              if (chosen !== undefined) onBasis(chosen);
            }}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {identityBasisName(b, t)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {member.zone === '' ? null : (
        <figure className="register-zone-read">
          <figcaption className="register-label">{t('booth.register.zone')}</figcaption>
          <pre className="mrz-input register-zone" data-testid="zone-as-read">
            {member.zone}
          </pre>
        </figure>
      )}
      <ZoneChecks member={member} unresolved={unresolved} onConfirm={onConfirm} error={errors.zone} />
    </fieldset>
  );
}
