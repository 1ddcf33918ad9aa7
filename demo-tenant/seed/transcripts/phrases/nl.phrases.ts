import type { PhraseModule } from "../phrase-deck.ts";

/**
 * Daan's stock Dutch pitch for Contoso Flow. Like the English deck it holds no questions and no money talk;
 * the call scripts place those deliberately.
 * Slots: {company}, {docs} (meervoud, "vrachtbrieven"), {doc} (enkelvoud), {system}, {team}.
 */
export const NL_PITCH: readonly PhraseModule[] = [
  [
    "Het eerste wat Contoso Flow doet, is alle documenten ophalen, waar ze ook binnenkomen: een gedeelde mailbox, een portaal, EDI of gewoon de scanner op de postkamer.",
    "We zien bij heel veel bedrijven dat {docs} via vijf of zes verschillende kanalen binnenkomen, en elk kanaal heeft weer z'n eigen procesje.",
    "Met Flow komt dat allemaal in één wachtrij terecht, en vanaf dat moment heeft elk document een status en een eigenaar.",
    "Het maakt niet uit of het een nette PDF is, een foto die iemand met z'n telefoon heeft gemaakt of een scan die een beetje scheef is.",
    "Het systeem herkent eerst wat voor document het is, dus een factuur, een creditnota, een vrachtbrief of een afleverbon.",
    "Als er drie bijlagen in één mail zitten, dan knipt hij die los en behandelt hij ze alle drie als apart document.",
    "Dus niemand hoeft meer de hele dag mailtjes door te sturen naar de juiste collega.",
  ],
  [
    "Daarna leest de extractie-engine het document uit, en die heeft geen sjabloon per afzender nodig zoals de oudere OCR-pakketten.",
    "Hij leest de kop, de regels, de btw-bedragen, de bankgegevens, de ordernummers, echt alles.",
    "Elk veld krijgt een betrouwbaarheidsscore, en dat is eigenlijk de kern van het hele verhaal.",
    "Is die score hoog, dan gaat het document gewoon door zonder dat iemand ernaar hoeft te kijken.",
    "Is die score laag, dan komt het bij een medewerker terecht, en die ziet alleen de velden die aandacht nodig hebben, gemarkeerd op het origineel.",
    "Elke correctie die iemand doet, leert het model weer van, dus hij wordt steeds beter op precies jullie documenten.",
    "Na een maand of drie zitten de meeste klanten ergens tussen de zeventig en vijfentachtig procent volledig automatisch.",
  ],
  [
    "De volgende laag is de controle, en eerlijk gezegd zit daar het grootste verschil met de rest van de markt.",
    "Flow controleert elk document tegen jullie stamgegevens in {system}, dus de relatie, het rekeningnummer, het btw-nummer en de order moeten allemaal kloppen.",
    "Twee- en driewegmatching tegen orders en ontvangsten zit er standaard in.",
    "De toleranties stel je zelf in per groep, dus je kunt zeggen dat twee procent verschil op vracht prima is, maar nul op de goederen zelf.",
    "Dubbele documenten worden over alle kanalen heen herkend, ook als hetzelfde stuk per mail én per post binnenkomt.",
    "En een gewijzigd rekeningnummer wordt meteen gesignaleerd, wat op dit moment echt een groot fraudethema is.",
    "Al die regels beheren jullie eigen mensen in een simpel scherm, daar heb je geen programmeur voor nodig.",
  ],
  [
    "Alles wat niet automatisch gematcht kan worden, wordt een uitzondering, en daar verliezen de meeste teams nu hun tijd.",
    "In Flow heeft elk type uitzondering een eigenaar en een afgesproken doorlooptijd, dus niks blijft twee weken in iemands inbox liggen.",
    "Moet een collega iets bevestigen, dan krijgt die een taak in Teams of in Outlook en kan hij het daar meteen afhandelen.",
    "Ze hoeven niet in te loggen in weer een ander systeem, en dat is meestal precies waarom zo'n project strandt.",
    "Escalaties gaan automatisch, dus als iets te lang blijft liggen, gaat het naar de vervanger of de teamleider.",
    "Je ziet op elk moment hoeveel uitzonderingen er openstaan, hoe oud ze zijn en waar ze vastzitten.",
  ],
  [
    "De goedkeuringsstromen bouw je visueel, met een designer waarin je blokjes versleept.",
    "Je kunt routeren op bedrag, op afdeling, op leverancier, op entiteit, eigenlijk op elk veld van het document.",
    "Het vier-ogenprincipe zit er standaard in, en boven een bepaald bedrag kun je een tweede fiatteur toevoegen.",
    "Fiatteren kan ook gewoon vanaf je telefoon, en dat klinkt klein, maar aan het eind van de maand scheelt dat echt dagen.",
    "Tijdens vakanties regelt het systeem de vervanging, dus er blijft niks hangen omdat iemand op Texel zit.",
    "Alles wordt vastgelegd met tijdstip en naam, en daar wordt jullie accountant heel blij van.",
  ],
  [
    "Qua koppelingen hebben we standaardconnectoren voor {system} en voor zo'n veertig andere pakketten.",
    "De connector zet het verwerkte document met alle codering direct in {system}, inclusief de bijlage.",
    "Stamgegevens synchroniseren elk kwartier, of realtime als je dat liever via webhooks doet.",
    "Een gemiddelde koppeling staat binnen twee tot drie weken, en dat doen we samen met jullie IT-mensen.",
    "We veranderen niks aan jullie processen in {system}, Flow zit ervoor en levert schone data aan.",
  ],
  [
    "Dan heb je nog het rapportagedeel, en dat is eerlijk gezegd waar directies het meest enthousiast over worden.",
    "Je krijgt een live dashboard met doorvoer, het percentage dat automatisch gaat, doorlooptijd en achterstand per team.",
    "Je ziet per leverancier wie er rommelige documenten stuurt, dus je kunt het bij de bron oplossen.",
    "De maandafsluiting wordt een stuk rustiger, want je ziet dagen van tevoren of je het gaat halen.",
    "Eén van onze klanten in de productie heeft daarmee de doorlooptijd teruggebracht van elf dagen naar twee.",
  ],
  [
    "Op het gebied van security zijn we ISO 27001-gecertificeerd en hebben we elk jaar een SOC 2-audit.",
    "Alle data staat in de EU, in de datacenters van Microsoft in Amsterdam en Dublin.",
    "Inloggen gaat via Microsoft Entra ID, dus jullie eigen toegangsbeleid blijft gewoon gelden.",
    "Rechten kun je tot op het niveau van een individueel veld instellen als dat nodig is.",
    "En de audittrail kan door niemand worden aangepast, ook niet door ons.",
  ],
  [
    "Een implementatie duurt meestal zes tot tien weken, afhankelijk van het aantal entiteiten.",
    "We beginnen met één team en één soort document, zorgen dat dat echt goed loopt, en breiden dan uit.",
    "Jullie krijgen een vaste customer success manager en een solution architect voor het hele traject.",
    "De training is kort, de meeste gebruikers kunnen na anderhalf uur zelfstandig aan de slag.",
    "We hebben er inmiddels meer dan driehonderd gedaan, dus we weten wel waar de hobbels zitten.",
  ],
  [
    "Een mooi voorbeeld is een transportbedrijf in Brabant, ongeveer even groot als {company}.",
    "Die raakten vrachtbrieven kwijt ergens tussen het depot en het hoofdkantoor, en dat leverde elke maand discussies met klanten op.",
    "Nu wordt alles op het depot gescand en zien ze van elk document realtime waar het is.",
    "Binnen vier maanden zaten ze op achtenzeventig procent automatisch, en die mensen doen nu klantvragen en analyses.",
    "En hun accountant zei dat het de schoonste jaarafsluiting was die ze ooit hadden gehad.",
  ],
  [
    "We zetten ook flink in op AI, en daar gaan jullie dit jaar nog veel meer van zien.",
    "Er zit nu een assistent in het product die vragen beantwoordt zoals welke documenten er nog op inkoop wachten.",
    "Hij kan ook de mail aan een leverancier opstellen als er iets ontbreekt, in de taal van die leverancier.",
    "Dat draait allemaal binnen onze Europese omgeving, en jullie data wordt nooit gebruikt om publieke modellen te trainen.",
  ],
];

/** Wie Contoso is: zo opent Daan de meeste eerste gesprekken. */
export const NL_BACKGROUND: PhraseModule = [
  "Even een stukje achtergrond over Contoso: we bestaan nu twaalf jaar en we zijn met zo'n vierhonderd mensen.",
  "Ons hoofdkantoor zit in Amsterdam en we hebben teams in München, Londen en Barcelona.",
  "We werken voor meer dan elfhonderd klanten in Europa, vooral middelgrote en grotere bedrijven.",
  "En in de logistiek hebben we inmiddels een stuk of zestig klanten in de Benelux.",
];

/** The demo walk-through in order; said with pauses, while clicking. */
export const NL_DEMO_WALKTHROUGH: readonly string[] = [
  "Ik deel even mijn scherm, momentje.",
  "Oké, als het goed is zie je nu het startscherm van Flow.",
  "Links zie je de wachtrijen, en rechts de documenten die klaarstaan.",
  "Ik open even deze, dat is een factuur van een van onze demoleveranciers.",
  "Links zie je het originele document en rechts de gegevens die eruit zijn gehaald.",
  "De groene velden zijn zeker, de oranje velden moet iemand even naar kijken.",
  "Als ik op het ordernummer klik, springt hij naar de bijbehorende order.",
  "Hier zie je de driewegmatch, order, ontvangst en factuur naast elkaar.",
  "Deze regel wijkt een klein beetje af, dus die is gemarkeerd, maar hij valt binnen de tolerantie.",
  "Ik ga even naar de workflowdesigner.",
  "Dit is de goedkeuringsstroom die we hebben ingericht voor een klant die lijkt op {company}.",
  "Elk blokje is een stap, en ik kan hier gewoon een nieuwe in slepen.",
  "Dan spring ik nu naar het dashboard, daar komt alles samen.",
  "Deze grafiek is het percentage dat automatisch gaat over de afgelopen twaalf weken.",
  "En hieronder zie je de achterstand per team, dus je weet precies waar de druk zit.",
  "Ik stop even met delen.",
];

/** Short noises a listener makes; none of them is a question. */
export const NL_BACKCHANNELS: readonly string[] = [
  "Ja.",
  "Oké.",
  "Hm-hm.",
  "Klopt.",
  "Ja, precies.",
  "Ja ja.",
];
