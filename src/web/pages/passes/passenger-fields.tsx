// The passenger's part of the pass form: the name, the birth date and the document. Free text stops
// at what the API takes (PASS_TEXT_LIMITS); the document's type is chosen from those the booth
// registers, by name, as the pass prints it, so nobody has to know that a passport is P.
import { useTranslation } from 'react-i18next';
import { PASS_TEXT_LIMITS } from '../../../api/passes';
import { ID_TYPES } from '../../../domain/documents';
import { OptionalChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { ZONE_DOCUMENT_TYPES } from '../booth/registration';
import { documentKindWords } from './document-words';

export type PassengerField = 'name' | 'birthDate' | 'documentKind' | 'documentNumber';
export type Passenger = Readonly<Record<PassengerField, string>>;

export const NO_PASSENGER: Passenger = { name: '', birthDate: '', documentKind: '', documentNumber: '' };

// As the booth's registration form offers them: a zone's document code, or a national number's type.
const DOCUMENT_KINDS: readonly string[] = [...ZONE_DOCUMENT_TYPES, ...ID_TYPES];

type Props = {
  readonly values: Passenger;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (field: PassengerField, value: string) => void;
  /** When focus leaves the birth date: it is shown as it was read, and said if it does not read. */
  readonly onBirthDateLeft: () => void;
};

export function PassengerFields({ values, errors, onChange, onBirthDateLeft }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="pass-name"
        label={t('passes.fact.name')}
        value={values.name}
        error={errors.name}
        required
        maxLength={PASS_TEXT_LIMITS.name}
        onChange={(value) => onChange('name', value)}
      />
      <TextField
        id="pass-birthDate"
        label={t('passes.issue.birthDate')}
        value={values.birthDate}
        hint={t('passes.issue.birthDateHint')}
        error={errors.birthDate}
        onBlur={onBirthDateLeft}
        onChange={(value) => onChange('birthDate', value)}
      />
      <OptionalChoiceField
        id="pass-documentKind"
        label={t('passes.issue.documentKind')}
        value={DOCUMENT_KINDS.find((kind) => kind === values.documentKind) ?? ''}
        choices={DOCUMENT_KINDS}
        nameOf={(kind) => documentKindWords(kind, t)}
        noneLabel={t('passes.issue.noDocument')}
        error={errors.documentKind}
        onChange={(value) => onChange('documentKind', value)}
      />
      <TextField
        id="pass-documentNumber"
        label={t('passes.issue.documentNumber')}
        value={values.documentNumber}
        error={errors.documentNumber}
        required={values.documentKind !== ''}
        maxLength={PASS_TEXT_LIMITS.documentNumber}
        onChange={(value) => onChange('documentNumber', value)}
      />
    </>
  );
}
