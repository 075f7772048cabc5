// Frequency-weighted Hispanic given names and surnames (Venezuela, Colombia, Peru, Chile), as
// relative weights. The generator draws from them; the normaliser uses them as a small lexicon.

type Weighted = readonly (readonly [string, number])[];

function parse(spec: string): Weighted {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const [name = '', weight = '1'] = s.split(':');
      return [name.trim(), Number(weight)] as const;
    });
}

export const MALE_GIVEN_NAMES: Weighted = parse(`
José:120, Luis:70, Carlos:60, Juan:60, Jesús:45, Miguel:35, Ángel:30, Jorge:30, Pedro:25, Manuel:25,
Francisco:22, Antonio:22, Rafael:20, David:20, Daniel:22, Alejandro:22, Andrés:18, Eduardo:16, Fernando:14,
Ricardo:14, Roberto:14, Javier:14, Víctor:14, Óscar:12, Héctor:10, Alberto:12, Raúl:10, Enrique:8, Gabriel:12,
Julio:10, Diego:12, Sergio:10, Mario:10, Pablo:8, Gustavo:8, Armando:6, Ramón:8, Rubén:6, Wilmer:6,
Yonathan:4, Jhon:5, Jhonny:3, Yeferson:3, Kelvin:3, Richard:4, Freddy:4, Nelson:5, Wilson:4, Edgar:5, Omar:5,
Orlando:4, Hugo:4, Alexander:6, Anderson:3, Brayan:4, Kevin:4, Cristian:6, Santiago:8, Sebastián:8, Mateo:6,
Samuel:6, Matías:6, Nicolás:6, Benjamín:5, Joaquín:4, Tomás:4, Agustín:4, Vicente:4, Maximiliano:3, Felipe:5,
Ignacio:4, Rodrigo:5, Gonzalo:4, Cristóbal:3, Esteban:3, Ernesto:3, Guillermo:4, Humberto:3, Jairo:3,
Jhonatan:3, Leonardo:5, Marcos:4, Mauricio:4, Reinaldo:3, Rigoberto:2, Simón:3, Teodoro:1, Ulises:1,
Wladimir:1, Xavier:1, Yonder:1, Yorman:1, Yordy:1, Darwin:2, Eliezer:1, Franklin:2, Germán:2, Israel:2,
Jefferson:2, Joel:2, Josué:2, Lenin:1, Alí:1, Johan:2, Abraham:2, Adrián:3, Álvaro:2, Aníbal:1, Arturo:3,
Bernardo:1, César:4, Domingo:1, Efraín:1, Elías:2, Emilio:2, Fabián:2, Félix:2, Gerardo:2, Gilberto:1,
Heriberto:1, Hernán:2, Iván:3, Jaime:3, Leonel:1, Lorenzo:1, Marcelo:2, Martín:3, Moisés:2, Octavio:1,
Patricio:2, Renato:1, Salvador:2, Saúl:1, Segundo:1, Silvio:1, Valentín:1, Wálter:2, Yamil:1, Zacarías:1,
Gregorio:3, Ezequiel:1, Baltasar:0.5, Casimiro:0.3, Eleuterio:0.2, Hermógenes:0.2, Nazario:0.3, Onésimo:0.2,
Policarpo:0.1, Telésforo:0.1, Wenceslao:0.2, Anacleto:0.1, Belarmino:0.1, Crisóstomo:0.1
`);

export const FEMALE_GIVEN_NAMES: Weighted = parse(`
María:150, Ana:40, Carmen:25, Rosa:20, Luisa:12, Josefina:8, Yolanda:6, Gabriela:18, Daniela:18, Andrea:16,
Carolina:16, Valentina:16, Camila:14, Isabella:10, Sofía:12, Mariana:12, Alejandra:14, Fernanda:10, Paola:8,
Patricia:10, Claudia:10, Carla:6, Karla:5, Laura:10, Lucía:8, Elena:6, Marta:5, Mercedes:6, Milagros:6,
Yenny:4, Yesenia:4, Yuleisy:2, Yusmary:2, Yelitza:2, Yajaira:3, Yaneth:2, Marisol:5, Maribel:5, Mayerlin:2,
Génesis:4, Keila:2, Leidy:3, Jenifer:3, Johana:4, Katherine:4, Leticia:3, Liliana:4, Lorena:4, Luz:8,
Magaly:2, Miriam:3, Nancy:3, Nelly:2, Norma:2, Olga:3, Pilar:3, Raquel:3, Rocío:4, Sandra:5, Silvia:4,
Sonia:3, Susana:3, Teresa:5, Verónica:5, Victoria:5, Virginia:3, Xiomara:2, Ximena:2, Jimena:3, Zulay:1,
Beatriz:4, Blanca:3, Catalina:5, Cecilia:3, Consuelo:2, Diana:5, Dolores:2, Elizabeth:5, Esperanza:3,
Esther:3, Eugenia:2, Fabiola:2, Francisca:4, Gloria:4, Graciela:3, Inés:3, Irene:2, Isabel:8, Josefa:2,
Juana:4, Julia:3, Lourdes:3, Margarita:4, Natalia:6, Paula:5, Ángela:5, Antonia:4, Agustina:3, Florencia:3,
Constanza:3, Javiera:4, Martina:4, Emilia:3, Trinidad:2, Antonella:3, Yamileth:2, Dayana:3, Nathaly:3,
Stephanie:3, Estefanía:3, Ruth:2, Noemí:2, Dalia:1, Edith:2, Guadalupe:3, Lisbeth:2, Mildred:1, Neida:1,
Oriana:2, Rebeca:2, Sara:3, Valeria:6, Wendy:2, Yessica:3, Zoraida:1, Eloísa:0.5, Filomena:0.3,
Hermelinda:0.2, Ildefonsa:0.1, Petronila:0.2, Rosalba:0.5, Sinforosa:0.1, Tránsito:0.3, Visitación:0.1
`);

// Compound given names that travel together (María José is one name, not two).
export const COMPOUND_GIVEN_NAMES_MALE: Weighted = parse(`
José Luis:30, José Gregorio:15, José Antonio:15, Juan Carlos:25, Juan José:10, Luis Alberto:8,
Carlos Eduardo:8, Jesús Alberto:6, José Manuel:10, Miguel Ángel:12, Juan Pablo:8, José Miguel:6,
Luis Fernando:6, José Ángel:5, Jesús Manuel:4, Juan de Dios:2, José de Jesús:2
`);

export const COMPOUND_GIVEN_NAMES_FEMALE: Weighted = parse(`
María José:25, María Fernanda:15, María Alejandra:15, María Gabriela:12, María del Carmen:10,
María de los Ángeles:6, María Isabel:8, Ana María:10, Rosa María:5, Luz Marina:4, María Teresa:6,
María Eugenia:5, María Elena:6, María Victoria:4, María Auxiliadora:2, María de Lourdes:2
`);

export const SURNAMES: Weighted = parse(`
González:300, Rodríguez:300, Pérez:250, Hernández:240, García:230, López:180, Martínez:180, Sánchez:160,
Ramírez:150, Díaz:140, Torres:120, Flores:110, Rojas:120, Gómez:110, Morales:100, Vargas:90, Castillo:90,
Jiménez:80, Romero:80, Álvarez:80, Silva:80, Medina:70, Suárez:70, Contreras:70, Muñoz:90, Mendoza:80,
Quispe:100, Mamani:60, Fernández:90, Ramos:60, Chávez:60, Gutiérrez:60, Castro:60, Ruiz:50, Herrera:60,
Aguilar:50, Moreno:50, Vásquez:60, Rivas:50, Salazar:50, Marcano:30, Guzmán:40, Acosta:40, Blanco:40,
Peña:50, Núñez:40, Ortiz:40, Delgado:40, Parra:30, Mora:40, Soto:50, Reyes:50, Cruz:40, De la Cruz:20,
Espinoza:40, Figueroa:30, Fuentes:30, Carrasco:30, Cortés:30, Tapia:30, Araya:30, Sepúlveda:30,
Valenzuela:30, Vera:30, Cárdenas:30, Navarro:30, Ortega:30, Campos:30, Cáceres:20, Aguirre:20, León:30,
Lara:30, Bravo:20, Pacheco:20, Miranda:20, Sandoval:20, Villarroel:20, Zambrano:20, Bastidas:10,
Colmenares:10, Briceño:20, Ibáñez:10, Yáñez:15, Ordóñez:10, Zúñiga:15, Castañeda:10, Avendaño:10,
Santibáñez:5, Del Castillo:5, De los Santos:5, San Martín:5, De la Rosa:5, Del Valle:5, De León:5,
Montes de Oca:3, Aponte:6, Arismendi:3, Barrios:8, Belisario:2, Bolívar:5, Cabrera:10, Calderón:10,
Camacho:8, Cedeño:8, Chirinos:5, Córdova:8, Duarte:6, Echeverría:4, Escalona:5, Fajardo:5, Gallardo:6,
Garcés:3, Gil:6, Guerra:8, Hidalgo:6, Infante:3, Jaimes:4, Lameda:2, Lugo:6, Linares:5, Machado:6,
Maldonado:8, Marín:8, Márquez:10, Meléndez:5, Montilla:3, Monsalve:3, Nieves:4, Ochoa:6, Olivares:5,
Padrón:3, Palacios:6, Pineda:6, Quintero:8, Rangel:5, Requena:2, Rincón:4, Salas:6, Salcedo:4, Sosa:8,
Tovar:4, Urdaneta:3, Useche:2, Valera:3, Velásquez:8, Villegas:5, Yépez:3, Zapata:6, Zerpa:2, Huamán:20,
Condori:20, Ccori:2, Chambi:2, Apaza:8, Cutipa:3, Huanca:8, Ticona:4, Coaquira:2, Choque:6, Nina:3,
Yupanqui:3, Huarcaya:2, Paucar:3, Taipe:3, Cusi:1, Llanos:3, Ñaupari:1, Ñañez:1, Ñique:1, Villanueva:6,
Urrutia:3, Goycoolea:1, Larraín:2, Errázuriz:1, Undurraga:1, Zañartu:1, Valdivia:4, Toro:5, Pizarro:5,
Saavedra:5, Riquelme:4, Jara:5, Alarcón:5, Sáez:4, Poblete:3, Gajardo:2, Leiva:4, Vidal:4, Osorio:6,
Parada:3, Cisneros:4, Montoya:6, Ospina:4, Restrepo:5, Arango:4, Londoño:4, Zuluaga:3, Giraldo:4,
Cardona:5, Henao:3, Betancur:3, Mejía:8, Quiroga:3, Bermúdez:5, Cañas:2, Agudelo:3, Patiño:3,
Marulanda:2, Otálvaro:1, Escobar:6, Valencia:6, Holguín:2, Arrieta:2, Bohórquez:1, Carvajal:4,
Ceballos:3, Dávila:3, Galindo:3, Gallegos:3, Granados:2, Iturriaga:1, Lozada:3, Manrique:2, Mercado:3,
Noriega:2, Orozco:4, Pulido:2, Quiñónez:3, Sarmiento:3, Solórzano:2, Trujillo:3, Uzcátegui:2, Viloria:2,
Ugarte:2, Zavaleta:2, Ybarra:1, Achá:1, Bazán:2, Cuadros:2, Llerena:1, Mogollón:1, Nakamura:1, Wong:1
`);

/** How clerks abbreviate a name by hand (full name as in the lists above → what is written). */
export const WRITTEN_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['María', ['Ma.', 'Mª', 'M.ª']],
  ['Francisco', ['Fco.']],
  ['Francisca', ['Fca.']],
  ['Fernando', ['Fdo.']],
  ['Fernanda', ['Fda.']],
  ['Antonio', ['Ant.', 'Anto.']],
  ['Guillermo', ['Gmo.']],
  ['Guadalupe', ['Gpe.']],
  ['Domingo', ['Dgo.']],
  ['Jesús', ['Js.']],
  ['Manuel', ['Mnl.']],
  ['González', ['Glez.', 'Gonz.']],
  ['Rodríguez', ['Rguez.', 'Rodz.']],
  ['Hernández', ['Hdez.']],
  ['Fernández', ['Fdez.']],
  ['Martínez', ['Mtz.', 'Mtnez.']],
  ['Gutiérrez', ['Gtz.']],
  ['Sánchez', ['Schz.']],
  ['López', ['Lpz.']],
  ['Pérez', ['Prz.']],
  ['Ramírez', ['Rmz.']],
  ['Jiménez', ['Jmz.']],
  ['Álvarez', ['Alvz.']],
  ['García', ['Gcia.']],
]);

/** Spellings of one name that registrations use interchangeably (Jhon, John, Jon). */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['Jhon', 'John', 'Jon'],
  ['Jhonny', 'Johnny', 'Jhony', 'Yonny'],
  ['Yonathan', 'Jonathan', 'Jhonatan', 'Jonatan'],
  ['Jhonatan', 'Jonathan', 'Yonatan'],
  ['Yeferson', 'Jefferson', 'Yéferson', 'Jeferson'],
  ['Jefferson', 'Yeferson', 'Jeferson'],
  ['Brayan', 'Bryan', 'Brian'],
  ['Yenny', 'Jenny', 'Yeni'],
  ['Yessica', 'Jessica', 'Yésica'],
  ['Johana', 'Yohana', 'Johanna'],
  ['Katherine', 'Katerine', 'Catherine', 'Katerin'],
  ['Jenifer', 'Jennifer', 'Yenifer'],
  ['Leidy', 'Leydi', 'Lady'],
  ['Nathaly', 'Nataly', 'Natalie'],
  ['Stephanie', 'Stefany', 'Estefany'],
  ['Wilmer', 'Wilmar', 'Vilmer'],
  ['Yajaira', 'Yahaira', 'Jajaira'],
  ['Yusmary', 'Yusmari', 'Jusmary'],
  ['Mayerlin', 'Mayerling', 'Maierlin'],
  ['Yorman', 'Jorman', 'Yormán'],
  ['Richard', 'Richar', 'Ricard'],
  ['Freddy', 'Fredy', 'Fredi'],
  ['Kelvin', 'Kelvyn', 'Kelvín'],
  ['Xiomara', 'Siomara', 'Ziomara'],
  ['Ximena', 'Jimena'],
  ['Wálter', 'Walter', 'Gualter'],
  ['Vásquez', 'Vázquez', 'Vasques'],
  ['Yépez', 'Yepes', 'Llepez'],
  ['Ybarra', 'Ibarra'],
];

function foldSimple(name: string): string {
  return name
    .toUpperCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

function lexicon(lists: readonly Weighted[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists)
    for (const [name] of list) for (const t of foldSimple(name).split(' ')) out.add(t);
  return out;
}

/** Every list of given names: men's and women's, single and compound. */
export const GIVEN_NAME_LISTS: readonly Weighted[] = [
  MALE_GIVEN_NAMES,
  FEMALE_GIVEN_NAMES,
  COMPOUND_GIVEN_NAMES_MALE,
  COMPOUND_GIVEN_NAMES_FEMALE,
];

/** Folded single-word given names the normaliser recognises (to spot surnames written first). */
export const GIVEN_NAME_LEXICON: ReadonlySet<string> = lexicon(GIVEN_NAME_LISTS);

/** Folded surname words (particles excluded by the normaliser's own rules). */
export const SURNAME_LEXICON: ReadonlySet<string> = lexicon([SURNAMES]);
