// Name lists of population B, written for it apart from name-data.ts: given names by the decade
// people were born in (naming fashions change), surnames of the Andean and Caribbean countries
// including the Portuguese, Italian and Arab families of Venezuela, and Haitian names.

export type Weighted = readonly (readonly [string, number])[];

function list(spec: string): Weighted {
  return spec
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const at = s.lastIndexOf(' ');
      return [s.slice(0, at), Number(s.slice(at + 1))] as const;
    });
}

/** Hispanic given names for men by birth era: before 1970, 1970–1994, 1995 on. */
export const MEN_BY_ERA: readonly Weighted[] = [
  list(`José 90, Luis 40, Juan 45, Carlos 30, Pedro 25, Jesús 30, Rafael 25, Manuel 25, Antonio 25,
    Francisco 20, Ramón 18, Pablo 12, Alberto 12, Julio 12, Rómulo 4, Nelson 10, Héctor 10, Gregorio 8,
    Simón 6, Miguel 15, Ángel 12, Félix 8, Domingo 6, Humberto 6, Rigoberto 4, Teodoro 3, Eusebio 2,
    Ernesto 6, Arturo 6, Gilberto 5, Orlando 8, Efraín 4, Aquiles 2, Temístocles 1, Luis Alberto 6,
    José Gregorio 10, José Antonio 8, Juan Bautista 3, Pedro Pablo 3, Jesús María 2`),
  list(`José 50, Luis 30, Carlos 30, Jesús 25, Juan 25, Jorge 15, Richard 10, Jhonny 8, Wilmer 10,
    Freddy 10, Jonathan 10, Yorman 5, Alexander 12, Franklin 6, Gustavo 8, Javier 12, Eduardo 10, Ronald 8,
    Kelvin 6, Óscar 10, Daniel 15, Leonardo 10, Edgar 8, Deivis 3, Maikel 4, Argenis 4, Robert 5,
    Darwin 4, Johan 5, Henry 5, Wilson 5, Gerson 3, Yonathan 4, Jhoan 3, Anderson 4, Ender 3, Eudis 2,
    Frank 4, Yohan 3, Elvis 3, José Luis 12, José Gregorio 8, Luis Enrique 5, Carlos Alberto 5,
    Juan Carlos 10, José Ángel 5, Jesús Alberto 4, Luis Miguel 4, Miguel Ángel 6`),
  list(`Santiago 20, Sebastián 18, Samuel 15, Diego 12, Daniel 15, Gabriel 12, Alejandro 12, Luis 10,
    José 12, Jesús 10, Miguel 10, Yeiker 4, Yorbis 3, Keiner 3, Eliecer 3, Brayan 8, Kevin 8, Matías 10,
    Thiago 8, Dylan 6, Adrián 8, Moisés 5, Isaac 6, Josué 5, Jeremy 4, Jhonaiker 2, Yonaiker 3,
    Deiker 2, Ángel David 5, José Miguel 5, Juan Pablo 6, Luis Ángel 4, Carlos Daniel 4, Jesús David 4`),
];

/** Hispanic given names for women by birth era. */
export const WOMEN_BY_ERA: readonly Weighted[] = [
  list(`María 80, Carmen 25, Ana 30, Rosa 20, Luisa 10, Gladys 10, Nelly 8, Mercedes 10, Josefina 10,
    Elena 8, Isabel 10, Teresa 10, Aura 6, Omaira 5, Zulay 4, Haydée 4, Norma 8, Hilda 6, Olga 8,
    Alicia 6, Belkis 5, Carmen Rosa 5, María del Carmen 12, María Teresa 8, Ana Isabel 4, Rosa Elena 4,
    Luz Marina 6, María Auxiliadora 4, Petra 3, Ofelia 3, Eloína 2, Socorro 4, Ligia 3`),
  list(`María 40, Yusmary 6, Yuleisy 5, Yelitza 5, Marisol 8, Carolina 12, Johana 8, Yenny 6,
    Daniela 10, Andrea 10, Gabriela 10, Mariela 8, Dayana 8, Katherine 6, Milagros 6, Yajaira 5,
    Eglée 3, Nathaly 6, Génesis 4, Oriana 4, Yorgelis 3, Yusbelys 3, Dayerlin 2, Keila 3, Leidy 5,
    Mayerlin 4, Yesenia 5, Ingrid 4, Zuleima 3, Rosmary 3, Yuliana 4, Adriana 8, Patricia 8, Claudia 6,
    María Alejandra 10, María Gabriela 10, María José 8, María Fernanda 6, María Eugenia 5,
    María de los Ángeles 5, Ana Karina 4, Luz Adriana 3, María Victoria 4`),
  list(`Valentina 20, Isabella 15, Victoria 12, Sofía 15, Camila 12, Mariana 10, Génesis 8, Oriana 8,
    Daniela 8, Luciana 8, Ashley 6, Yuliannys 3, Yorgeilys 2, Antonella 8, Sarah 6, Alexandra 5,
    Nicole 6, Samantha 5, Emily 4, Abigail 5, Fabiana 5, Dayerlis 2, Kimberly 4, María Victoria 6,
    María José 8, María Fernanda 6, María Paula 5, María Camila 5, Ana Sofía 5, Luz Elena 2`),
];

export const HAITIAN_MEN: Weighted = list(`Jean 20, Pierre 10, Wisly 4, Fritznel 3, Mackenson 3,
  Jean Robert 6, Jean Claude 8, Wilner 4, Frantz 4, Jocelyn 3, Ricardo 3, Peterson 4, Samuel 5,
  Emmanuel 6, Jean Marc 4, Roodson 2, Wesner 2, Jimmy 3, Kervens 2, Stevenson 3, Jean Rony 2, Jean Ernst 1, Wilfrid 2,
  Jonas 2, Dieuseul 1, Fénel 1, Guerby 1, Junior 2, Lucner 1, Ménard 1, Nixon 1, Oxélus 1, Pétion 1,
  Rosemond 1, Schneider 1, Sonel 1, Telfort 1, Vilbrun 1, Wilky 1, Yvenel 1, Clerveaux 1, Dérilus 1,
  Edner 1, Fritz 2, Gérald 2, Harold 2, Jacquelin 1, Kesner 1, Louis Marie 1, Makenson 2, Osner 1`);

export const HAITIAN_WOMEN: Weighted = list(`Marie 20, Nadège 4, Dieula 3, Mirlande 4, Guerline 3,
  Fabiola 4, Roseline 3, Marie Carmel 4, Wideline 2, Stéphanie 4, Nathalie 4, Marie Ange 4,
  Mirlène 3, Darline 3, Rose Marie 4, Sandra 3, Judith 3, Esther 3, Widelande 2, Lovely 2,
  Bethsaïda 1, Claudette 2, Dieunie 1, Edeline 1, Fabienne 2, Gerda 1, Islande 1, Jésula 1, Kettly 1,
  Lourdie 1, Magalie 2, Nerline 1, Odile 1, Phara 1, Rachelle 2, Sherline 1, Tamara 1, Vanise 1,
  Wislande 1, Yolette 1, Carline 2, Élismène 1, Francesse 1, Guerda 1, Jeanine 2, Marie Lourdes 2,
  Marie Michelle 2, Mireille 2, Nadia 2, Ritha 1`);

export const HAITIAN_SURNAMES: Weighted = list(`Jean-Baptiste 10, Pierre 12, Joseph 12, Louis 10,
  Charles 8, Jean 10, Saint-Fleur 4, Dorvil 3, Désir 3, Étienne 4, Augustin 4, Exantus 2, Valcin 2,
  Michel 5, Bélizaire 2, François 5, Jean-Louis 4, Saint-Louis 3, Noël 4, Paul 5, Alexis 3,
  Baptiste 3, Cadet 2, Cénat 1, Chéry 2, Delva 2, Dieujuste 1, Estimé 2, Félix 2, Fleurant 1,
  Georges 3, Guerrier 1, Hilaire 2, Innocent 2, Jacques 3, Jeune 1, Laguerre 2, Lamour 2, Lubin 1,
  Mérisier 1, Moïse 2, Nazaire 1, Octavius 1, Philippe 2, Pierre-Louis 2, Raymond 2, Simon 2,
  Thélusma 1, Toussaint 2, Victor 2, Vincent 2, Compère 1, Dorcé 1, Fils-Aimé 1, Jean-Charles 2`);

/** Surnames of Venezuela, Colombia, Peru, Ecuador and Chile, weighted for a Venezuelan majority. */
export const SURNAMES_B: Weighted = list(`González 260, Rodríguez 250, Pérez 200, Hernández 180,
  García 170, Martínez 140, López 120, Sánchez 110, Ramírez 100, Díaz 90, Torres 70, Rojas 80,
  Gómez 80, Morales 70, Castillo 60, Romero 60, Álvarez 60, Silva 50, Medina 55, Suárez 50,
  Contreras 50, Mendoza 50, Fernández 60, Ramos 40, Gutiérrez 40, Castro 40, Herrera 45, Aguilar 30,
  Moreno 40, Vásquez 45, Rivas 35, Salazar 35, Marcano 25, Guzmán 25, Acosta 30, Blanco 35, Peña 35,
  Núñez 30, Ortiz 25, Delgado 30, Parra 30, Mora 35, Reyes 30, Cruz 25, Chacón 20, Carrero 15,
  Paredes 20, Pernía 8, Sayago 6, Zambrano 25, Guerrero 25, Cárdenas 20, Chirinos 10, Useche 8,
  Colmenares 10, Briceño 15, Bastidas 8, Villegas 10, Montilla 8, Linares 10, Rangel 12, Quintero 15,
  Uzcátegui 6, Valera 8, Urdaneta 8, Pacheco 15, Escalona 8, Figueroa 15, Sosa 12, Bolívar 10,
  Espinoza 20, Lugo 10, Vielma 6, Rondón 8, Camacaro 5, Mujica 8, Arias 10, Toro 8, Lozada 8,
  De Freitas 6, Rodrigues 5, Da Silva 6, Ferreira 5, Gouveia 4, Fernandes 4, Abreu 5, Pestana 3,
  De Sousa 4, Dos Santos 3, Russo 3, Bianchi 2, Di Giacomo 2, Esposito 2, Lo Russo 1, D'Amico 2,
  Saab 2, Haddad 2, Khalil 1, Nassar 1, Ospina 10, Giraldo 10, Restrepo 8, Londoño 6, Cardona 8,
  Henao 5, Zuluaga 5, Agudelo 5, Mejía 12, Valencia 10, Arango 6, Muñoz 25, Ocampo 5, Betancourt 5,
  Quispe 25, Mamani 15, Huamán 8, Condori 8, Huamaní 4, Ccahuana 2, Apaza 5, Chambi 2, Ticona 3,
  Yupanqui 2, Vilca 3, Sepúlveda 10, Valenzuela 10, Araya 10, Fuentes 10, Tapia 8, Carrasco 8,
  Soto 15, Jara 6, Cortés 8, Riquelme 5, Saavedra 5, Zúñiga 8, Yáñez 8, Ibáñez 6, Montes de Oca 3,
  Del Valle 3, De la Rosa 3, San Juan 2, Ponce de León 1, Villamizar 5, Ordóñez 6, Castañeda 6`);
