// The documents area's public face.
export { COUNTRY_CODES, type CountryCode, countryByCode } from './country-codes';
