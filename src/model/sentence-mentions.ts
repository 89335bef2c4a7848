// What the extraction stages find in a sentence and the lower layers (nlp dates, geo, actors) build:
// dates, places and actors with their offsets. They live in the model so those layers need not
// import the extract stage that consumes them; `extract/types.ts` re-exports them with the stage
// contracts. Every offset is relative to the string the finder was given (a sentence).

/** A date or date range written in the text (3-dates). */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text gives a day/month but the year is unknown */
  date: string | null;
  date_end: string | null;
  precision: 'day' | 'month' | 'year' | 'range';
  /** the expression is relative to publication ("on Monday", "yesterday", "since 24 February") */
  relative: boolean;
}

/** A place record from the gazetteer (4-places). */
export interface GeoPlace {
  /** settlement name in usual English spelling; for a region or country record, its English name */
  name: string;
  kind: 'settlement' | 'region' | 'country';
  country: string; // ISO 3166-1 alpha-2
  admin1: string | null; // ISO 3166-2
  lat: number | null;
  lon: number | null;
  population?: number;
}

/** A place named in the text (4-places). */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: GeoPlace;
  /** "near X", "outside X", "под X": the place is that town, at geo_precision 2 */
  near: boolean;
  /** told by a distance or bearing from the named place ("200 km from X"): where the act was, even
   * when that is only X's region */
  bearing?: boolean;
  /** matched via an adjective or demonym ("Dagestani", "Belarusian", "чеченские"): weaker evidence */
  adjective: boolean;
  /** 0..1: how sure the lookup is that this string is this place (ambiguity, common-word clash) */
  score: number;
}

/** Regions and countries named elsewhere in a document, to choose among same-named places. */
export interface PlaceHints {
  /** ISO 3166-2 regions named elsewhere in the document, most-mentioned first */
  admin1: string[];
  /** ISO countries named elsewhere in the document */
  countries: string[];
}

/** An actor named in the text (5-actors). */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** canonical English name */
  name: string;
  kind: 'armed_group' | 'movement' | 'organisation' | 'outlet' | 'state_body' | 'court' | 'person' | 'party';
  /** matched by a naming pattern rather than the registry */
  pattern: boolean;
}
