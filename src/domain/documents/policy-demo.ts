// The demo rule set for the reference case: Complejo Fronterizo Santa Rosa (Tacna), late November 2025,
// under the emergency decree (D.S. N.° 135-2025-PCM). The articles cited are placeholders of the demo,
// not the real decree's. The rules that cite DEMO_DECREE_CITATION are the ones that implement it.
import type { PolicyRule, RuleSet } from './policy';

const FROM = '2025-11-25T00:00:00-05:00';
const TO = '2026-01-24T00:00:00-05:00';
const SANTA_ROSA = ['santa-rosa'];
/** How the demo's rules cite the emergency decree they implement. */
export const DEMO_DECREE_CITATION = 'D.S. N.° 135-2025-PCM (demo)';
const DECREE = DEMO_DECREE_CITATION;
/** Where and when most of the demo's rules apply: people entering or in transit at Santa Rosa. */
const SANTA_ROSA_ENTRY_OR_TRANSIT: PolicyRule['appliesTo'] = {
  checkpointIds: SANTA_ROSA,
  directions: ['entry', 'transit'],
  validFrom: FROM,
  validTo: TO,
};

export const DEMO_RULESET: RuleSet = {
  version: '2025-11-25.1',
  rules: [
    {
      id: 'entry-valid-passport',
      description: 'Entrada con pasaporte vigente',
      legalBasis: 'D.L. N.º 1350, Ley de Migraciones (demo)',
      appliesTo: SANTA_ROSA_ENTRY_OR_TRANSIT,
      when: { documentKinds: ['passport'], maxExpiredYears: 0 },
      outcome: 'admit',
    },
    {
      id: 'entry-andean-id-card',
      description: 'Entrada con documento nacional de identidad de la Comunidad Andina o Mercosur',
      legalBasis: 'Decisión 503 de la Comunidad Andina',
      appliesTo: {
        checkpointIds: SANTA_ROSA,
        directions: ['entry', 'exit', 'transit'],
        validFrom: FROM,
        validTo: TO,
      },
      when: {
        documentKinds: ['national-id'],
        nationalities: ['CHL', 'PER', 'BOL', 'COL', 'ECU', 'ARG', 'BRA', 'PRY', 'URY'],
        maxExpiredYears: 0,
      },
      outcome: 'admit',
    },
    {
      id: 'transit-venezuelan-expired-passport',
      description: 'Tránsito hacia el norte con pasaporte venezolano vencido hasta 10 años',
      legalBasis: `${DECREE}, art. 3`,
      appliesTo: { checkpointIds: SANTA_ROSA, directions: ['transit'], validFrom: FROM, validTo: TO },
      when: { documentKinds: ['passport'], nationalities: ['VEN'], maxExpiredYears: 10 },
      outcome: 'admit',
    },
    {
      id: 'transit-minor-birth-certificate',
      description: 'Menor de edad con partida de nacimiento: derivar a supervisión para verificar filiación',
      legalBasis: `${DECREE}, art. 4; Código de los Niños y Adolescentes, art. IX`,
      appliesTo: SANTA_ROSA_ENTRY_OR_TRANSIT,
      when: { documentKinds: ['birth-certificate'], ageUnder: 18 },
      outcome: 'refer',
    },
    {
      id: 'humanitarian-exception',
      description: 'Excepción humanitaria sin documento válido: derivar a supervisión',
      legalBasis: `${DECREE}, art. 5`,
      appliesTo: SANTA_ROSA_ENTRY_OR_TRANSIT,
      when: { humanitarian: true },
      outcome: 'refer',
    },
    {
      id: 'entry-no-document',
      description: 'Sin documento de viaje',
      legalBasis: 'D.L. N.º 1350, Ley de Migraciones (demo)',
      appliesTo: SANTA_ROSA_ENTRY_OR_TRANSIT,
      when: { documentKinds: ['none'] },
      outcome: 'refuse',
    },
    {
      id: 'exit-any-identity-document',
      description: 'Salida con cualquier documento de identidad',
      legalBasis: 'D.L. N.º 1350, Ley de Migraciones (demo)',
      appliesTo: { directions: ['exit'], validFrom: FROM },
      when: {
        documentKinds: ['passport', 'national-id', 'residence-permit', 'refugee-document', 'safe-conduct'],
      },
      outcome: 'admit',
    },
  ],
};
