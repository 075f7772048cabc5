// The codes Paso gives checkpoints, corridors and stops (PE-SANTA-ROSA, TAC-TUM): capitals and digits
// with hyphens between, at most 40 characters. The API, the decree register and the convoy log check them.
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
