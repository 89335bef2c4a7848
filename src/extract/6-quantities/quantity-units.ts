// Which counted nouns fit which event type, and the unit a record reports them in.
import type { EventType } from '../../model/event.js';

const PEOPLE =
  /^(?:people|persons?|protesters?|demonstrators?|detainees?|activists?|participants?|women|men|residents?|students?|russians?|belarusians?|ukrainians?|individuals?|citizens?|conscripts?|journalists?|picketers?|soldiers?|troops?|servicem[ae]n|deserters?|recruits?|reservists?|mobili[sz]ed|refuseniks?|volunteers?|fighters?|members?|supporters?|delegates?|emigrants?|human beings|teenagers?|youths?|boys|girls|suspects?|them|those|others|politicians?|experts?|lawyers?|teachers?|doctors?|workers?|employees?|officers?|policem[ae]n|prisoners?|inmates?|children|minors?|pensioners?|mothers?|wives|relatives|mobilised men|mobilized men|человек|люд\p{L}*|участник\p{L}*|участниц\p{L}*|задержанн\p{L}*|протестующ\p{L}*|активист\p{L}*|жител\p{L}*|граждан\p{L}*|россиян\p{L}*|женщин\p{L}*|мужчин\p{L}*|военнослужащ\p{L}*|солдат\p{L}*|призывник\p{L}*|мобилизованн\p{L}*|резервист\p{L}*|подрост\p{L}*|подозреваем\p{L}*|делегат\p{L}*|политик\p{L}*|журналист\p{L}*|эксперт\p{L}*|юрист\p{L}*|учител\p{L}*|врач\p{L}*|рабоч\p{L}*|сотрудник\p{L}*|заключённ\p{L}*|заключенн\p{L}*|дет\p{L}*|матер\p{L}*|жён|жен|родственник\p{L}*)$/iu;
/** more Russian nouns for people that reports count ("1416 политзаключённых", "17 пикетчиков") */
const PEOPLE_RU =
  /^(?:политзаключ\p{L}*|узник\p{L}*|пикетчик\p{L}*|пикетчиц\p{L}*|демонстрант\p{L}*|митингующ\p{L}*|студент\p{L}*|пенсионер\p{L}*|школьник\p{L}*|волонт[её]р\p{L}*|курьер\p{L}*|водител\p{L}*|шахт[её]р\p{L}*|полицейск\p{L}*|силовик\p{L}*|пограничник\p{L}*|пассажир\p{L}*|прихожан\p{L}*)$/iu;
const PLACES =
  /^(?:cities|towns|regions|settlements|villages|places|locations|городах|городов|город\p{L}*|регион\p{L}*|населённ\p{L}*|населенн\p{L}*)$/iu;
/** units that are no count of acts or people: time, measures, money, and the sides of a fight */
const TIME =
  /^(?:groups?|units?|sides|wagons?|cars?|carriages?|trains?|vehicles?|вагон\p{L}*|поезд\p{L}*|автомобил\p{L}*|машин\p{L}*|organi[sz]ations?|battalions?|групп\p{L}*|years?|months?|weeks?|days?|hours?|minutes?|лет|год\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|час\p{L}*|минут\p{L}*|percent|per cent|процент\p{L}*|%|kilometres?|kilometers?|km|км|metres?|meters?|m|м|square|километр\p{L}*|метр\p{L}*|квадратн\p{L}*|rubles?|roubles?|dollars?|euros?|рубл\p{L}*|доллар\p{L}*|евро)$/iu;
/** the means of an act, not acts or people: "two Molotov cocktails", "four bottles", "six shots" */
const INSTRUMENTS =
  /^(?:bottles?|cocktails?|molotovs?|canisters?|cans|litres?|liters?|shots|rounds|bullets|cartridges|grenades?|charges|fuses?|matches|lighters?|rocks|stones|bricks|eggs|бутыл\p{L}*|коктейл\p{L}*|канистр\p{L}*|литр\p{L}*|выстрел\p{L}*|патрон\p{L}*|гранат\p{L}*|камн\p{L}*|кирпич\p{L}*|покрыш\p{L}*|шин|доск\p{L}*|досок)$/iu;
const EVENT_NOUN =
  /^(?:incidents?|cases?|attacks?|arsons?|fires?|derailments?|explosions?|blasts?|acts?|actions?|protests?|rallies|pickets?|episodes?|raids?|strikes?|sentences?|verdicts?)$/i;

export type UnitKind = 'people' | 'incidents' | 'places' | 'none';

function head(unit: string): string {
  return unit.trim().split(/\s+/).pop() ?? unit;
}

const kinds = new Map<string, UnitKind>();

/** What a counted noun counts (memoised: units repeat, and their expressions are long). */
export function unitKind(unit: string | null): UnitKind {
  if (!unit) return 'incidents';
  let k = kinds.get(unit);
  if (k === undefined) {
    if (kinds.size > 2000) kinds.clear();
    kinds.set(unit, (k = computeKind(unit)));
  }
  return k;
}

function computeKind(unit: string): UnitKind {
  const h = head(unit);
  if (TIME.test(h) || INSTRUMENTS.test(h)) return 'none';
  if (PEOPLE.test(h) || PEOPLE.test(unit) || PEOPLE_RU.test(h)) return 'people';
  if (PLACES.test(h)) return 'places';
  return 'incidents';
}

/** Whether a count with this unit can be the quantity of an event of this type. */
export function fitsType(type: EventType, unit: string | null): boolean {
  const kind = unitKind(unit);
  switch (type) {
    case 'arrest':
      return (
        kind === 'people' ||
        (kind === 'incidents' && !!unit && EVENT_NOUN.test(head(unit))) ||
        /^(?:протокол|приговор|дел)/iu.test(unit ?? '')
      );
    case 'protest':
    case 'riot':
      return kind === 'people' || kind === 'places';
    case 'desertion':
    case 'organization':
    case 'policy':
      return kind === 'people';
    case 'arson':
    case 'sabotage':
    case 'explosion':
    case 'armed_attack':
      return (kind === 'incidents' && !!unit) || kind === 'places';
    case 'other':
      return kind !== 'none';
    default:
      return false;
  }
}

/** The unit a record carries: people for people, an English event noun as written, else incidents. */
export function recordUnit(unit: string | null): string | null {
  if (!unit) return null;
  const kind = unitKind(unit);
  if (kind === 'people') return 'people';
  const h = head(unit);
  if (kind === 'places') return /^[a-z]+$/i.test(h) ? h.toLowerCase() : 'places';
  return EVENT_NOUN.test(h) ? h.toLowerCase() : 'incidents';
}
