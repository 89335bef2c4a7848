// How English-language news reports phrase each kind of event, and the phrasings that look like an
// event but are not one: a table of sentences in our own words (issue 9, English generalisation).
// Each row is one sentence of a report (published 2024-05-20) with the types it must yield (`yes`)
// and the types it must not yield (`no`). Types follow docs/EVENTS.md: shelling, drones and missiles
// are `explosion`; shooting, stabbing, ambushes and raids are `armed_attack`.
import type { EventType } from '../../src/model/event.js';

export interface Row {
  s: string;
  yes?: EventType[];
  no?: EventType[];
  /** not handled yet, and why (the test skips the row; the scorer still counts it) */
  gap?: string;
}

const A: EventType = 'armed_attack';
const X: EventType = 'explosion';
const R: EventType = 'riot';
const D: EventType = 'arrest';
const P: EventType = 'protest';
const S: EventType = 'sabotage';
const F: EventType = 'arson';

export const armedAttacks: Row[] = [
  { s: 'Gunmen ambushed a police convoy outside Nazran on Sunday, wounding three officers.', yes: [A] },
  { s: 'Unknown assailants attacked a traffic police post in Khasavyurt on Friday night.', yes: [A] },
  { s: 'Militants stormed a police station in Karabulak early on Tuesday, killing one officer.', yes: [A], no: [R] },
  { s: 'A man armed with a knife attacked two police officers at a checkpoint in Makhachkala on Monday.', yes: [A] },
  { s: 'A gunman shot and killed a local official outside his home in Derbent on Wednesday.', yes: [A] },
  { s: 'A mobilised soldier shot two officers at a training ground in the Belgorod region on Saturday.', yes: [A] },
  { s: 'The head of the district enlistment office was shot in the neck in Ust-Ilimsk on Monday.', yes: [A] },
  { s: 'A group of armed men raided a village in the Bryansk region on Thursday, officials said.', yes: [A] },
  { s: 'Gunmen kidnapped the head of a village administration in the Kherson region on Tuesday.', yes: [A] },
  { s: 'Two activists were abducted by masked men in Melitopol on Sunday.', yes: [A] },
  { s: 'A police officer was stabbed in Vladikavkaz on Friday.', yes: [A] },
  {
    s: 'Russian border guards came under fire near the village of Tyotkino in the Kursk region on Wednesday.',
    yes: [A],
  },
  { s: 'Gunfire erupted near a police post in Derbent on Sunday evening, leaving one officer dead.', yes: [A] },
  { s: 'Security forces and insurgents exchanged fire in Makhachkala on Saturday.', yes: [A] },
  { s: 'A local deputy was gunned down outside his house in Kizlyar on Friday.', yes: [A] },
  { s: 'Masked men assaulted a National Guard officer in Nazran on Tuesday.', yes: [A] },
  {
    s: 'Ukrainian saboteurs attacked a border post in the Bryansk region on Thursday.',
    yes: [A],
    gap: 'saboteurs with a verb of attack read as sabotage whatever they hit',
  },
  { s: 'A Russian soldier was killed when partisans attacked his car near Melitopol on Tuesday.', yes: [A] },
  { s: 'A man opened fire at a military recruitment office in Uryupinsk on Monday.', yes: [A] },
  { s: 'An armed group crossed into the Kursk region from Ukraine overnight, the governor said on Friday.', yes: [A] },
  { s: 'Partisans killed a Russian officer in Melitopol on Saturday, the resistance movement said.', yes: [A] },
  { s: 'A Rosgvardia serviceman was wounded in an attack on a checkpoint near Nazran on Wednesday.', yes: [A] },
  { s: 'Attackers armed with knives and axes set upon police officers in Grozny on Saturday.', yes: [A] },
  { s: 'Fighters of the Russian Volunteer Corps launched a raid into the Belgorod region on Tuesday.', yes: [A] },
  { s: 'Two policemen were killed in an attack on a traffic police post in Karachayevsk on Monday.', yes: [A] },
  {
    s: 'An official of the occupation administration survived an assassination attempt in Berdyansk on Monday.',
    yes: [A],
  },
  { s: 'Unidentified attackers shot at the car of a pro-Russian official in Nova Kakhovka on Thursday.', yes: [A] },
  { s: 'A pro-Kremlin blogger was attacked and badly beaten in Moscow on Wednesday.', yes: [A] },
  { s: 'Gunmen fired on worshippers and police in Derbent on Sunday, killing at least 15 people.', yes: [A] },
  { s: 'Militants took hostages at a police station in Nalchik on Friday.', yes: [A] },
  { s: 'A soldier on leave killed a military commissar with an axe in Khabarovsk on Monday.', yes: [A] },
  { s: 'Partisans ambushed a Russian patrol near Enerhodar on Sunday night.', yes: [A] },
  { s: 'The occupation official was shot dead in his car in Kherson on Saturday.', yes: [A] },
  {
    s: 'Fighting broke out between the raiders and Russian troops in the village of Kozinka on Monday.',
    yes: [A],
    gap: "'fighting' is front-line war as often as a raid",
  },
  {
    s: 'Armed men in camouflage seized a local official in Melitopol on Friday and took him away.',
    yes: [A],
    gap: 'an abduction told without the word',
  },
];

export const remoteViolence: Row[] = [
  {
    s: 'Ukrainian forces shelled the village of Kozinka in the Belgorod region on Monday, killing one civilian.',
    yes: [X],
  },
  { s: 'The shelling of Shebekino on Sunday damaged several houses, the governor said.', yes: [X] },
  { s: 'A drone strike on an oil depot in Bryansk on Wednesday started a large fire.', yes: [X] },
  { s: 'An administrative building in Kursk was struck by a missile on Tuesday.', yes: [X] },
  { s: 'A drone hit a residential building in Belgorod on Friday.', yes: [X] },
  { s: 'The refinery in Novokuibyshevsk was targeted by drones overnight, officials said on Saturday.', yes: [X] },
  { s: 'Artillery fire hit the village of Glotovo in the Belgorod region on Monday.', yes: [X] },
  { s: 'Rocket fire killed two people in Belgorod on Saturday.', yes: [X] },
  { s: 'A roadside bomb went off as a military convoy passed near Melitopol on Thursday.', yes: [X] },
  { s: 'The village of Tyotkino came under mortar fire on Tuesday.', yes: [X] },
  { s: 'An unmanned aerial vehicle crashed into an apartment block in Voronezh on Sunday.', yes: [X] },
  { s: 'A suicide bomber blew himself up at the entrance of a police station in Grozny on Monday.', yes: [X] },
  { s: 'A car packed with explosives blew up near the police headquarters in Nazran on Friday.', yes: [X] },
  {
    s: 'Kyiv launched a wave of drones at the Moscow region overnight, damaging two buildings in Krasnogorsk.',
    yes: [X],
  },
  { s: 'A pro-war commentator was killed by a car bomb near Moscow on Saturday.', yes: [X] },
  { s: 'Strikes by Ukrainian drones hit two refineries in the Samara region on Saturday.', yes: [X], no: [P] },
  { s: 'A Ukrainian strike on an airfield in Crimea destroyed two aircraft on Tuesday.', yes: [X], no: [P] },
  { s: 'Two explosive-laden drones slammed into a fuel depot in Novorossiysk on Friday.', yes: [X] },
];

export const riots: Row[] = [
  { s: 'Protesters clashed with police in Baymak on Wednesday after a court sentenced a local activist.', yes: [R] },
  { s: 'Rioters smashed windows at the police station in Khasavyurt on Sunday.', yes: [R] },
  { s: 'Unrest broke out in Makhachkala on Sunday after rumours spread about a flight from Tel Aviv.', yes: [R] },
  { s: 'A crowd of several hundred people stormed the airport in Makhachkala on Sunday evening.', yes: [R] },
  { s: 'Scuffles broke out between protesters and riot police outside the court in Ufa on Wednesday.', yes: [R] },
  { s: 'Demonstrators threw snowballs at the police in Baymak on Wednesday.', yes: [R] },
  { s: 'The protest in Nalchik turned violent on Wednesday as demonstrators hurled stones at officers.', yes: [R] },
  { s: 'Police and protesters clashed in Yakutsk on Wednesday.', yes: [R] },
  { s: 'Violent clashes erupted between residents and police in Baymak on Wednesday.', yes: [R] },
  { s: 'A mob attacked the police station in Khasavyurt on Sunday.', yes: [R] },
  { s: 'Protesters pelted riot police with stones in Baymak on Wednesday.', yes: [R] },
  {
    s: 'Dozens of people were injured in street fighting between protesters and police in Nalchik on Wednesday.',
    yes: [R],
  },
  { s: 'A brawl broke out between protesters and OMON officers outside the court in Ufa on Wednesday.', yes: [R] },
  {
    s: 'Protesters broke through the police cordon and forced their way into the administration building in Yakutsk on Monday.',
    yes: [R],
  },
  { s: 'Angry residents overturned a police car in Endirey on Sunday.', yes: [R] },
  { s: 'Several officers were injured when the crowd turned on the police in Makhachkala on Sunday.', yes: [R] },
  { s: 'Hundreds of men rampaged through the airport in Makhachkala on Sunday.', yes: [R] },
  { s: 'Mothers of mobilised men fought with police outside the enlistment office in Endirey on Sunday.', yes: [R] },
  { s: 'A scuffle with police broke out at the rally in Khabarovsk on Saturday.', yes: [R] },
  { s: 'Unrest gripped the town of Baymak on Wednesday as thousands confronted riot police.', yes: [R] },
];

export const arrests: Row[] = [
  { s: 'Police rounded up dozens of protesters in central Moscow on Sunday.', yes: [D] },
  { s: 'At least 60 people were taken into custody in St Petersburg on Saturday.', yes: [D] },
  { s: 'Police hauled in several activists in Yekaterinburg on Saturday.', yes: [D] },
  { s: 'A court in Ufa remanded the activist in custody for two months on Friday.', yes: [D] },
  { s: 'The journalist was placed under house arrest in Moscow on Thursday.', yes: [D] },
  { s: 'A court in Kazan jailed a teacher for six years on Tuesday over anti-war posts.', yes: [D] },
  { s: 'A court in Yekaterinburg handed a local man a 12-year sentence on Thursday.', yes: [D] },
  { s: 'OVD-Info reported detentions of 45 people in Moscow on Sunday.', yes: [D] },
  { s: 'In Novosibirsk, 20 people were held by police on Saturday.', yes: [D] },
  { s: 'At least 30 were held in Kazan on Sunday, OVD-Info said.', yes: [D] },
  { s: 'Belarusian KGB officers seized four railway workers in Gomel on Tuesday.', yes: [D] },
  { s: 'The activist was given a five-year term in a penal colony by a court in Krasnodar on Monday.', yes: [D] },
  { s: 'The FSB said it had apprehended a man in Rostov-on-Don on Friday.', yes: [D] },
  { s: 'More than 100 people were rounded up across Russia on Saturday.', yes: [D] },
  { s: 'Police in Omsk took the picketer to a police station on Saturday.', yes: [D] },
  { s: 'Four people were put behind bars in Minsk on Tuesday.', yes: [D] },
  { s: 'Police took away at least ten people from the square in Kazan on Sunday.', yes: [D] },
  { s: 'A woman was led away by police in Moscow on Saturday.', yes: [D] },
  { s: 'Officers bundled the protester into a police van in St Petersburg on Sunday.', yes: [D] },
  { s: 'A court in Minsk handed down a 10-year prison sentence to a railway worker on Wednesday.', yes: [D] },
  { s: 'A military court in Rostov-on-Don gave the man 19 years in a maximum-security colony on Tuesday.', yes: [D] },
  {
    s: 'The two men have been in custody since their detention in Bryansk on Monday.',
    yes: [D],
    gap: "a dated act after 'since' stays background",
  },
  { s: 'A Moscow court fined the activist 30,000 roubles on Monday.', yes: [D] },
  { s: 'Police in Perm carried out searches at the homes of five activists on Tuesday.', yes: [D] },
  { s: 'The man was convicted of sabotage by a court in Chita on Monday.', yes: [D], no: [S] },
  { s: 'Two men were charged with treason in Irkutsk on Friday.', yes: [D] },
  { s: 'Investigators in Ufa have opened criminal proceedings against the protesters.', yes: [D] },
  { s: 'A court in Ufa ordered the activist held in pre-trial detention for two months on Friday.', yes: [D] },
  { s: 'Police in Novosibirsk picked up a man holding a blank sheet of paper on Saturday.', yes: [D] },
  { s: 'The teacher was locked up for ten days in Kazan on Friday.', yes: [D] },
  { s: 'A court in Penza has sentenced seven men to between six and 18 years in prison.', yes: [D] },
  { s: 'Federal agents nabbed two men in Bryansk on Monday.', yes: [D] },
  { s: 'The railway worker was handed a life sentence by a court in Gomel on Friday.', yes: [D] },
  { s: 'The poet was ordered to serve seven years in a penal colony by a Moscow court on Thursday.', yes: [D] },
  { s: 'Police in Krasnodar briefly held the picketer on Saturday.', yes: [D] },
  { s: 'A court in Ufa extended the arrest of the activist on Tuesday.', yes: [D] },
];

export const protests: Row[] = [
  { s: 'A wave of protests swept Dagestan on Sunday after the mobilisation was announced.', yes: [P] },
  { s: 'Hundreds of people took to the streets of Yakutsk on Sunday.', yes: [P] },
  { s: 'Supporters of the opposition rallied in Khabarovsk on Saturday.', yes: [P] },
  { s: 'Activists staged a picket outside the court in Ufa on Monday.', yes: [P] },
  { s: 'Workers at the plant in Chelyabinsk walked out on Monday over unpaid wages.', yes: [P] },
  { s: 'Residents staged a protest against the landfill in Shiyes on Sunday.', yes: [P] },
  { s: 'Women in Makhachkala demonstrated against mobilisation on Sunday.', yes: [P] },
  { s: 'Several hundred people turned out for an anti-war rally in Novosibirsk on Saturday.', yes: [P] },
  { s: 'Students boycotted classes in protest at the arrest of their teacher in Kazan on Monday.', yes: [P] },
  { s: 'A crowd chanting anti-war slogans assembled outside the theatre in Tbilisi on Friday.', yes: [P] },
  { s: 'Several thousand people joined the march in Tbilisi on Sunday.', yes: [P] },
  { s: 'Activists held a vigil for the dead politician in Novosibirsk on Friday.', yes: [P] },
  { s: 'Crowds poured onto the streets of Tbilisi on Sunday night.', yes: [P] },
  {
    s: 'Relatives of mobilised soldiers held a demonstration outside the defence ministry in Moscow on Saturday.',
    yes: [P],
  },
  { s: 'Protests erupted in several districts of Dagestan on Sunday.', yes: [P] },
  { s: 'Thousands of people protested in Baymak on Wednesday against the sentence.', yes: [P] },
  { s: 'Farmers drove their tractors to the regional administration in Krasnodar on Monday to protest.', yes: [P] },
  { s: 'Dozens of women blocked the road to the military unit in Buryatia on Friday.', yes: [P] },
  { s: 'Residents of the village came out to protest against the quarry in Bashkortostan on Saturday.', yes: [P] },
  { s: 'Couriers in St Petersburg went on strike on Monday.', yes: [P] },
  { s: 'Pensioners picketed the regional parliament in Irkutsk on Thursday.', yes: [P] },
  { s: 'People brought flowers to the monument in Yekaterinburg on Friday evening.', yes: [P] },
  { s: 'Police dispersed the rally in Baymak with tear gas on Wednesday.', yes: [P], no: [R] },
  { s: 'Wives of mobilised men held a protest on Red Square in Moscow on Saturday.', yes: [P] },
  { s: 'Protesters marched on the parliament building in Tbilisi on Tuesday evening.', yes: [P] },
  { s: 'A demonstration against the war took place in Yekaterinburg on Sunday.', yes: [P] },
  { s: 'Residents of Shiyes held a rally against the landfill on Sunday.', yes: [P] },
  { s: 'Hundreds of residents protested outside the town hall in Ulan-Ude on Friday.', yes: [P] },
];

/** Things that look like acts but are not reported acts. */
export const traps: Row[] = [
  { s: 'The governor urged residents to report strangers near the railway to prevent sabotage.', no: [S] },
  { s: 'Russia tightened penalties for sabotage last year.', no: [S] },
  { s: 'The FSB said it found explosives and detonators in the man’s flat in Bryansk on Monday.', no: [X, S] },
  { s: 'A freight train derailed in the Amur region on Monday after heavy rain washed away the embankment.', no: [S] },
  { s: 'Officials called for stronger protection of railway infrastructure against sabotage.', no: [S] },
  { s: 'The partisan movement has published instructions on how to disable relay cabinets.', no: [S] },
  { s: 'Analysts say sabotage on the railways has become a serious problem for the Russian army.', no: [S] },
  { s: 'The Duma passed a law raising the maximum sentence for sabotage to life imprisonment.', no: [S, D] },
  { s: 'The FSB said on Monday it had thwarted a terrorist attack in Stavropol.', no: [S, A, X] },
  { s: 'The FSB said it had foiled a plot to blow up a railway bridge in Crimea.', no: [S, X] },
  { s: 'A power outage hit Belgorod on Monday after a storm damaged power lines.', no: [S] },
  { s: 'Pussy Riot performed in Berlin on Friday.', no: [R] },
  { s: 'OMON riot police surrounded the square in Ufa on Wednesday.', no: [R] },
  { s: 'She filed a protest with the election commission in Kazan on Monday.', no: [P] },
  { s: 'Moscow lodged a formal protest with the Estonian ambassador on Tuesday.', no: [P] },
  { s: 'The opposition has called for protests in Minsk on Sunday.', no: [P] },
  { s: 'Protests are rare in Russia because of the harsh penalties.', no: [P] },
  { s: 'Police warned that any unauthorised rally would be dispersed.', no: [P] },
  { s: 'The rouble rallied on Monday after the central bank raised rates.', no: [P] },
  { s: 'The company demonstrated its new drone at a fair in Kazan on Friday.', no: [P] },
  { s: 'The results demonstrated that the policy had failed.', no: [P] },
  { s: 'Voters in Moscow cast a protest vote on Sunday.', no: [P] },
  { s: 'The band played protest songs at a concert in Riga on Saturday.', no: [P] },
  { s: 'Residents threatened to block the highway if the landfill was not closed.', no: [P] },
  { s: 'Navalny’s team urged supporters to take to the streets on Saturday.', no: [P] },
  { s: 'A fire broke out at a warehouse in Omsk on Sunday because of faulty wiring.', no: [F] },
  { s: 'Forest fires burned 2,000 hectares in Yakutia last week.', no: [F] },
  { s: 'The police officer was wounded in a car crash on the highway near Kazan on Monday.', no: [A] },
  { s: 'Shooting began on the new film in St Petersburg on Monday.', no: [A] },
  { s: 'Russia has accused Ukraine of planning terrorist attacks on its territory.', no: [A, X] },
  { s: 'The minister said attacks on police would be punished severely.', no: [A] },
  { s: 'Weapons and ammunition were found in a cache in the forest near Nalchik, the FSB said on Monday.', no: [A, X] },
  { s: 'An exhibition about the 1968 demonstration on Red Square opened in Prague on Friday.', no: [P] },
  { s: 'The Kremlin fears a repeat of the mass protests of 2011.', no: [P] },
  { s: 'Protest leaders met the governor in Ulan-Ude on Monday.', no: [P] },
  { s: 'He is an activist of the Protest Movement of Belarus.', no: [P] },
  { s: 'The gallery in Warsaw showed protest art from Belarus on Friday.', no: [P] },
  { s: 'Sabotage of the railways is punishable by up to 20 years in prison.', no: [S, D] },
  { s: 'The detained man could face up to 20 years in prison.', no: [S] },
  { s: 'Officials say the fire at the depot was caused by a short circuit.', no: [F, S] },
  { s: 'The arrests follow a spate of arson attacks on enlistment offices.', no: [F] },
  {
    s: 'The governor said that rail sabotage was the work of Ukrainian intelligence.',
    no: [S],
    gap: 'an attribution of a kind of act reads as the act',
  },
  { s: 'Belarusian opposition leaders have praised the rail partisans for their sabotage.', no: [S] },
  { s: 'The clashes in the Donbas have continued for years.', no: [R] },
  { s: 'Russian and Ukrainian troops clashed near Bakhmut on Monday.', no: [R] },
];

/** Rows written after the first measurement, for the classes the challenge set's development half
 *  showed (in our own words): strikes from afar on infrastructure, figures of speech, drills,
 *  devices found, accidents and ordinary policing, designations, names. */
export const laterRows: Row[] = [
  { s: 'A Ukrainian drone struck an electrical substation in the Belgorod region on Monday.', yes: [X], no: [S] },
  { s: 'Shelling damaged a power line near Shebekino on Sunday.', yes: [X], no: [S] },
  { s: 'Partisans blew up a railway bridge near Melitopol on Sunday.', yes: [S] },
  { s: 'The row threatened to derail the peace talks in Istanbul on Monday.', no: [S] },
  { s: 'The negotiations were derailed in Minsk on Friday.', no: [S] },
  { s: 'Firefighters in Kazan held a drill on Tuesday simulating an explosion at the metro.', no: [X] },
  { s: 'Sappers removed an unexploded bomb from a garden in Kursk on Monday.', no: [X] },
  { s: 'Old artillery shells and a grenade found by a farmer near Bryansk were destroyed on Friday.', no: [X] },
  {
    s: 'Police said they had seized a stash of weapons, including a pistol, ammunition and a bomb, in Nalchik.',
    no: [X],
  },
  { s: 'Riot police fired stun grenades at the crowd in Tbilisi on Thursday night.', no: [X] },
  { s: 'A worker was killed in an accident at the plant in Cherepovets on Monday.', no: [A] },
  { s: 'Prosecutors in Kemerovo opened a criminal case for negligence after the mine flooded on Monday.', no: [D] },
  { s: 'The driver was detained on drunk-driving charges in Tver on Monday.', no: [D] },
  { s: 'Rescuers searched the rubble of the building in Belgorod on Monday.', no: [D] },
  { s: 'Police searched the flats of three activists in Kaliningrad on Monday.', yes: [D] },
  {
    s: 'The activist, who was shot in the leg as he tried to flee, was detained by the FSB in Kursk on Monday.',
    yes: [D],
    no: [A],
  },
  { s: 'A police officer was attacked with a knife at a checkpoint in Nazran on Monday.', yes: [A] },
  { s: 'Three residents were wounded.', no: [A] },
  { s: 'Mobs armed with sticks attacked police officers in Makhachkala on Sunday.', yes: [R], no: [A] },
  { s: 'Police stormed the flat of the blogger in Moscow on Tuesday.', no: [R] },
  {
    s: 'The justice ministry added two journalists and a human rights lawyer to its register of “foreign agents” on Friday.',
    yes: ['policy'],
  },
  { s: 'A court in Minsk declared the news site an “extremist formation” on Thursday.', yes: ['policy'] },
  {
    s: 'Hundreds of soldiers have gone absent without leave from units in the Belgorod region since the spring.',
    yes: ['desertion'],
  },
  { s: 'Partisans set fire to a mobile phone mast outside Sterlitamak on Saturday.', yes: [S], no: [F] },
  { s: 'Members of the Free Russia Forum met in Vilnius on Saturday for a two-day conference.', yes: ['organization'] },
  { s: 'The protesters stormed the governor’s office in Nalchik on Monday.', yes: [R] },
  { s: 'Police took the organiser into custody in Omsk on Saturday.', yes: [D] },
  { s: 'Dozens were detained in Minsk last week over old protest photos on their phones.', yes: [D], no: [P] },
  { s: 'He now plays with the Riot Squad, a punk band, in Prague.', no: [R] },
  { s: 'MOSCOW - Protesters gathered outside the court on Monday.', yes: [P] },
  { s: 'Police Detain Dozens Of Protesters In Moscow', yes: [D] },
  { s: 'Railway workers helped to thwart the advance of Russian troops in March.', yes: [S] },
  { s: 'Analysts say sabotage on the railways has become a serious problem for the army.', no: [S] },
];

export const ALL: { group: string; rows: Row[] }[] = [
  { group: 'armed attacks', rows: armedAttacks },
  { group: 'remote violence', rows: remoteViolence },
  { group: 'riots', rows: riots },
  { group: 'arrests', rows: arrests },
  { group: 'protests', rows: protests },
  { group: 'precision traps', rows: traps },
  { group: 'later rows', rows: laterRows },
];
