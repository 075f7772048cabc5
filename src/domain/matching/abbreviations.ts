// Abbreviations of given names and surnames as Spanish-speaking clerks write them by hand (Ma., Mª,
// Fco., Glez., Rguez.), folded as the normaliser folds them. The normaliser expands them; the
// generator of population A writes them.

/** Folded abbreviation → folded full name, for given names. */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  // Mª folds to MA (NFKD turns the ordinal ª into A).
  ['MA', 'MARIA'],
  ['MRA', 'MARIA'],
  ['FCO', 'FRANCISCO'],
  ['FCA', 'FRANCISCA'],
  ['FDO', 'FERNANDO'],
  ['FDA', 'FERNANDA'],
  ['ANT', 'ANTONIO'],
  ['ANTO', 'ANTONIO'],
  ['GMO', 'GUILLERMO'],
  ['GPE', 'GUADALUPE'],
  ['DGO', 'DOMINGO'],
  ['JSUS', 'JESUS'],
  ['JS', 'JESUS'],
  ['JN', 'JUAN'],
  ['MNL', 'MANUEL'],
]);

/** Folded abbreviation → folded full surname. */
export const SURNAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['GLEZ', 'GONZALEZ'],
  ['GZLEZ', 'GONZALEZ'],
  ['GONZ', 'GONZALEZ'],
  ['RGUEZ', 'RODRIGUEZ'],
  ['RDGUEZ', 'RODRIGUEZ'],
  ['RODZ', 'RODRIGUEZ'],
  ['RDZ', 'RODRIGUEZ'],
  ['HDEZ', 'HERNANDEZ'],
  ['HDZ', 'HERNANDEZ'],
  ['HNDEZ', 'HERNANDEZ'],
  ['FDEZ', 'FERNANDEZ'],
  ['FNDEZ', 'FERNANDEZ'],
  ['MTZ', 'MARTINEZ'],
  ['MTNEZ', 'MARTINEZ'],
  ['MTEZ', 'MARTINEZ'],
  ['GTZ', 'GUTIERREZ'],
  ['GTREZ', 'GUTIERREZ'],
  ['DGUEZ', 'DOMINGUEZ'],
  ['SCHZ', 'SANCHEZ'],
  ['SANCHZ', 'SANCHEZ'],
  ['LPZ', 'LOPEZ'],
  ['PRZ', 'PEREZ'],
  ['RMZ', 'RAMIREZ'],
  ['RMREZ', 'RAMIREZ'],
  ['JMZ', 'JIMENEZ'],
  ['JMNEZ', 'JIMENEZ'],
  ['ALVZ', 'ALVAREZ'],
  ['VZQZ', 'VASQUEZ'],
  ['GCIA', 'GARCIA'],
]);
