// What each country's constitution lets its state of emergency do, as the register holds a decree to
// it: the rights it may restrict (a decree restricting another is refused, by checkDecree) and how long
// one decree may run and who may extend it (said for a person to judge, by termNotices).
import { RIGHT_CODES, type RightCode } from './types';

/** The countries whose state of emergency the register knows, by ISO 3166-1 alpha-2 code. */
export type EmergencyCountry = 'PE' | 'CL';

export interface EmergencyRule {
  readonly country: EmergencyCountry;
  /** The rights a state of emergency may restrict there. */
  readonly rights: readonly RightCode[];
  /** The longest one decree may run, in days, both ends included. */
  readonly longestTermDays: number;
  /** How many extensions in a row the executive may decree on its own; null for any number. */
  readonly extensionsAlone: number | null;
  /** What a new decree's legal basis says until another is typed. */
  readonly legalBasis: string;
}

export const EMERGENCY_RULES: Readonly<Record<EmergencyCountry, EmergencyRule>> = {
  // Constitución Política del Perú, art. 137.1: "puede restringirse o suspenderse el ejercicio de los
  // derechos constitucionales relativos a la libertad y la seguridad personales, la inviolabilidad del
  // domicilio, y la libertad de reunión y de tránsito en el territorio comprendidos en los incisos 9, 11
  // y 12 del artículo 2 y en el inciso 24, apartado f del mismo artículo". "El plazo del estado de
  // emergencia no excede de sesenta días. Su prórroga requiere nuevo decreto": each decree of a chain
  // is held to sixty days, and the executive extends it by decree as often as it must.
  PE: {
    country: 'PE',
    rights: ['personal-liberty-security', 'home-inviolability', 'freedom-of-assembly', 'freedom-of-movement'],
    longestTermDays: 60,
    extensionsAlone: null,
    legalBasis: 'Constitución Política del Perú, art. 137, num. 1',
  },
  // Constitución Política de la República de Chile, art. 43, last paragraph: "Por la declaración del
  // estado de emergencia, el Presidente de la República podrá restringir las libertades de locomoción
  // y de reunión" (art. 19, n.º 7, letra a, and n.º 13). Art. 42: it "no podrá extenderse por más de
  // quince días, sin perjuicio de que el Presidente de la República pueda prorrogarlo por igual período.
  // Sin embargo, para sucesivas prórrogas, el Presidente requerirá siempre del acuerdo del Congreso
  // Nacional": the declaration and its first extension run fifteen days at most; the term of a later
  // one is what Congress agrees to, which the register does not know.
  CL: {
    country: 'CL',
    rights: ['freedom-of-movement', 'freedom-of-assembly'],
    longestTermDays: 15,
    extensionsAlone: 1,
    legalBasis: 'Constitución Política de la República de Chile, arts. 42 y 43',
  },
};

// A decree's days are counted where it applies (zone.ts), so its zone says whose decree it is; the
// register records no other country for it. Chile's three zones: continental Chile, Magallanes and
// Easter Island.
const COUNTRY_OF_ZONE: ReadonlyMap<string, EmergencyCountry> = new Map([
  ['America/Lima', 'PE'],
  ['America/Santiago', 'CL'],
  ['America/Punta_Arenas', 'CL'],
  ['Pacific/Easter', 'CL'],
]);

/** The rule of the country whose decree is counted in this zone; null for a zone of another country. */
export function emergencyRuleOf(timeZone: string): EmergencyRule | null {
  const country = COUNTRY_OF_ZONE.get(timeZone);
  return country === undefined ? null : EMERGENCY_RULES[country];
}

/**
 * The rights a decree counted in this zone may restrict: its country's; every right the register
 * names where it knows no rule of the zone's country (it cannot tell a right its constitution refuses).
 */
export function restrictableRights(timeZone: string): readonly RightCode[] {
  return emergencyRuleOf(timeZone)?.rights ?? RIGHT_CODES;
}
