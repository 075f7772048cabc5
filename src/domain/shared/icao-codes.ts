// ICAO Doc 9303 Part 3 §5: the codes of states, nationality classes, organisations and people without
// a nationality that are not ISO 3166-1 alpha-3, with English and Spanish names. Declarative.

/** One code of the list: `alpha2` is null where ISO 3166-1 has none (the ICAO-only codes). */
export interface CountryCode {
  readonly code: string;
  readonly alpha2: string | null;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly kind:
    | 'state'
    | 'nationality-class'
    | 'organization'
    | 'no-nationality'
    | 'specimen'
    | 'deprecated';
}

export const ICAO_ONLY: readonly CountryCode[] = [
  { code: 'D', alpha2: 'DE', nameEn: 'Germany', nameEs: 'Alemania', kind: 'state' },
  {
    code: 'GBD',
    alpha2: null,
    nameEn: 'British Overseas Territories Citizen',
    nameEs: 'Ciudadano de los Territorios Británicos de Ultramar',
    kind: 'nationality-class',
  },
  {
    code: 'GBN',
    alpha2: null,
    nameEn: 'British National (Overseas)',
    nameEs: 'Nacional británico (de ultramar)',
    kind: 'nationality-class',
  },
  {
    code: 'GBO',
    alpha2: null,
    nameEn: 'British Overseas Citizen',
    nameEs: 'Ciudadano británico de ultramar',
    kind: 'nationality-class',
  },
  {
    code: 'GBP',
    alpha2: null,
    nameEn: 'British Protected Person',
    nameEs: 'Persona protegida británica',
    kind: 'nationality-class',
  },
  {
    code: 'GBS',
    alpha2: null,
    nameEn: 'British Subject',
    nameEs: 'Súbdito británico',
    kind: 'nationality-class',
  },
  { code: 'RKS', alpha2: 'XK', nameEn: 'Kosovo', nameEs: 'Kosovo', kind: 'state' },
  { code: 'EUE', alpha2: null, nameEn: 'European Union', nameEs: 'Unión Europea', kind: 'organization' },
  {
    code: 'UNO',
    alpha2: null,
    nameEn: 'United Nations Organization or one of its officials',
    nameEs: 'Organización de las Naciones Unidas o uno de sus funcionarios',
    kind: 'organization',
  },
  {
    code: 'UNA',
    alpha2: null,
    nameEn: 'United Nations specialized agency or one of its officials',
    nameEs: 'Organismo especializado de las Naciones Unidas o uno de sus funcionarios',
    kind: 'organization',
  },
  {
    code: 'UNK',
    alpha2: null,
    nameEn: 'Resident of Kosovo with a UNMIK travel document',
    nameEs: 'Residente de Kosovo con documento de viaje de la UNMIK',
    kind: 'organization',
  },
  {
    code: 'XBA',
    alpha2: null,
    nameEn: 'African Development Bank (ADB)',
    nameEs: 'Banco Africano de Desarrollo (BAfD)',
    kind: 'organization',
  },
  {
    code: 'XIM',
    alpha2: null,
    nameEn: 'African Export-Import Bank (Afreximbank)',
    nameEs: 'Banco Africano de Exportación e Importación (Afreximbank)',
    kind: 'organization',
  },
  {
    code: 'XCC',
    alpha2: null,
    nameEn: 'Caribbean Community (CARICOM)',
    nameEs: 'Comunidad del Caribe (CARICOM)',
    kind: 'organization',
  },
  {
    code: 'XCE',
    alpha2: null,
    nameEn: 'Council of Europe',
    nameEs: 'Consejo de Europa',
    kind: 'organization',
  },
  {
    code: 'XCO',
    alpha2: null,
    nameEn: 'Common Market for Eastern and Southern Africa (COMESA)',
    nameEs: 'Mercado Común de África Oriental y Austral (COMESA)',
    kind: 'organization',
  },
  {
    code: 'XEC',
    alpha2: null,
    nameEn: 'Economic Community of West African States (ECOWAS)',
    nameEs: 'Comunidad Económica de Estados de África Occidental (CEDEAO)',
    kind: 'organization',
  },
  {
    code: 'XPO',
    alpha2: null,
    nameEn: 'International Criminal Police Organization (INTERPOL)',
    nameEs: 'Organización Internacional de Policía Criminal (INTERPOL)',
    kind: 'organization',
  },
  {
    code: 'XES',
    alpha2: null,
    nameEn: 'Organisation of Eastern Caribbean States (OECS)',
    nameEs: 'Organización de Estados del Caribe Oriental (OECO)',
    kind: 'organization',
  },
  {
    code: 'XMP',
    alpha2: null,
    nameEn: 'Parliamentary Assembly of the Mediterranean (PAM)',
    nameEs: 'Asamblea Parlamentaria del Mediterráneo (APM)',
    kind: 'organization',
  },
  {
    code: 'XOM',
    alpha2: null,
    nameEn: 'Sovereign Military Order of Malta',
    nameEs: 'Soberana Orden Militar de Malta',
    kind: 'organization',
  },
  {
    code: 'XDC',
    alpha2: null,
    nameEn: 'Southern African Development Community (SADC)',
    nameEs: 'Comunidad de Desarrollo de África Austral (SADC)',
    kind: 'organization',
  },
  {
    code: 'XXA',
    alpha2: null,
    nameEn: 'Stateless person (1954 Convention, art. 1)',
    nameEs: 'Apátrida (Convención de 1954, art. 1)',
    kind: 'no-nationality',
  },
  {
    code: 'XXB',
    alpha2: null,
    nameEn: 'Refugee (1951 Convention, art. 1, and 1967 Protocol)',
    nameEs: 'Refugiado (Convención de 1951, art. 1, y Protocolo de 1967)',
    kind: 'no-nationality',
  },
  {
    code: 'XXC',
    alpha2: null,
    nameEn: 'Refugee other than under XXB',
    nameEs: 'Refugiado, distinto de XXB',
    kind: 'no-nationality',
  },
  {
    code: 'XXX',
    alpha2: null,
    nameEn: 'Unspecified nationality',
    nameEs: 'Nacionalidad no especificada',
    kind: 'no-nationality',
  },
  { code: 'UTO', alpha2: null, nameEn: 'Utopia (specimen)', nameEs: 'Utopía (espécimen)', kind: 'specimen' },
  // Withdrawn from ISO 3166-1 but still printed on documents issued before (Part 3 keeps them readable).
  {
    code: 'ANT',
    alpha2: null,
    nameEn: 'Netherlands Antilles',
    nameEs: 'Antillas Neerlandesas',
    kind: 'deprecated',
  },
  { code: 'NTZ', alpha2: null, nameEn: 'Neutral Zone', nameEs: 'Zona Neutral', kind: 'deprecated' },
];

/** Codes that stand for another: ICAO 9303 prints D for Germany, where ISO says DEU. */
export const ALIAS_CODES: Readonly<Record<string, string>> = { DEU: 'D' };

/**
 * Names the lists write that i18n-iso-countries does not know: the UN's official forms, the short
 * forms OpenSanctions and the press use, former names, and codes outside ISO 3166-1.
 */
export const EXTRA_NAMES: readonly (readonly [string, string])[] = [
  // Codes outside ISO 3166-1 that lists use for Kosovo.
  ['XKX', 'RKS'],
  ['XKK', 'RKS'],
  // The UN's official short forms (UN Terminology), as the consolidated list writes them.
  ["Democratic People's Republic of Korea", 'PRK'],
  ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
  ['Viet Nam', 'VNM'],
  ['Holy See', 'VAT'],
  ['Occupied Palestinian Territory', 'PSE'],
  ['Netherlands (Kingdom of the)', 'NLD'],
  // Former and other English names still found on lists.
  ['Libyan Arab Jamahiriya', 'LBY'],
  ['The former Yugoslav Republic of Macedonia', 'MKD'],
  ['Macedonia', 'MKD'],
  ['Swaziland', 'SWZ'],
  ['Burma', 'MMR'],
  ['East Timor', 'TLS'],
  ['Congo (Kinshasa)', 'COD'],
  ['Congo (Brazzaville)', 'COG'],
  ['Zaire', 'COD'],
  ['Vatican', 'VAT'],
  ['Vatican City', 'VAT'],
  ['Laos', 'LAO'],
  ['Syria', 'SYR'],
  ['Great Britain', 'GBR'],
  ['Holland', 'NLD'],
  ['Moldova', 'MDA'],
  // Spanish forms beside the one the library gives: the UN's Spanish official names and common use.
  ['República Popular Democrática de Corea', 'PRK'],
  ['Corea del Norte', 'PRK'],
  ['Corea del Sur', 'KOR'],
  ['Estados Unidos de América', 'USA'],
  ['Reino Unido de Gran Bretaña e Irlanda del Norte', 'GBR'],
  ['Gran Bretaña', 'GBR'],
  ['Federación de Rusia', 'RUS'],
  ['República Bolivariana de Venezuela', 'VEN'],
  ['Estado de Palestina', 'PSE'],
  ['República de Moldova', 'MDA'],
  ['República Unida de Tanzania', 'TZA'],
  ['Reino de los Países Bajos', 'NLD'],
  ['Holanda', 'NLD'],
  ['Chequia', 'CZE'],
  ['Irak', 'IRQ'],
  ['Siria', 'SYR'],
  ['Timor Oriental', 'TLS'],
  ['Birmania', 'MMR'],
  ['Brunéi', 'BRN'],
  ['Baréin', 'BHR'],
  ['Bahréin', 'BHR'],
  ['Botsuana', 'BWA'],
  ['Guinea-Bisáu', 'GNB'],
  ['San Cristóbal y Nieves', 'KNA'],
  ['Surinam', 'SUR'],
  ['Guayana', 'GUY'],
  ['Bangladés', 'BGD'],
  ['Benín', 'BEN'],
  ['Fiyi', 'FJI'],
  ['Palaos', 'PLW'],
  ['Papúa Nueva Guinea', 'PNG'],
  ['Santo Tomé y Príncipe', 'STP'],
  ['Zimbabue', 'ZWE'],
  ['Yibuti', 'DJI'],
  ['Kenia', 'KEN'],
  ['Malaui', 'MWI'],
  ['Lesoto', 'LSO'],
  ['Ruanda', 'RWA'],
  ['Rumanía', 'ROU'],
  ['Bielorrusia', 'BLR'],
  ['Belarús', 'BLR'],
  ['Catar', 'QAT'],
  ['Kirguistán', 'KGZ'],
  ['Micronesia (Estados Federados de)', 'FSM'],
];
