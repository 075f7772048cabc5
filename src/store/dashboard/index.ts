// The dashboard's public face: its figures from the maintained rollups, and their recount.
export { readDateCounts } from './date-counts';
export { type EmergencyQuery, type EmergencyTotals, readEmergencies } from './emergency';
export {
  type Dashboard,
  type DashboardQuery,
  firstDay,
  type PeopleRow,
  readAgeSex,
  readDashboard,
  readDays,
  readDecisions,
  readHours,
  readNationalities,
  readPeople,
  readVulnerabilities,
  type VulnerabilityRow,
} from './figures';
export { recountDashboard } from './recount';
