import { BODY_WORDS } from './body-words.js';

// Phrases that contain a country word but do not name a country (data only). Matched like any phrase,
// so the longer phrase swallows the country word inside it ("New Mexico", "Indian Ocean").
/** Capitalised phrases that are not countries, their people or their capitals. */
export const NOT_COUNTRIES: string[] = [
  // regions and continents
  'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'South Americans',
  'North America', 'North American', 'North Americans', 'Central America', 'Central American', 'Central Americans',
  'Central Asia', 'Central African', 'Central Africans', 'Korean Peninsula', 'Korean peninsula', 'Korean War',
  // peoples that are not a country's people
  'American Indian', 'American Indians', 'Native American', 'Native Americans', 'African American', 'African Americans',
  'African-American', 'African-Americans', 'Inter-American', 'Ibero-American', 'Pan-American', 'Pan American',
  'Afro-American', 'Afro-Americans', 'West Indian', 'West Indians', 'West Indies', 'East Indies',
  // US states and places, and other places named after a country
  'Northern Ireland', 'Northern Irish',
  'New Mexico', 'New Mexican', 'New Jersey', 'New Guinea', 'New South Wales', 'British Columbia', 'District of Columbia',
  'Jersey City', 'Georgia Tech', 'Washington State', 'Washington state', 'State of Washington', 'state of Washington',
  'University of Washington', 'Washington Post', 'Washington Times', 'Paris Hilton', 'Lake Chad', 'Lake Victoria',
  'Victoria Falls', 'Mount Lebanon', 'Little Havana',
  // seas, rivers, gulfs
  'Indian Ocean', 'South China Sea', 'East China Sea', 'Sea of Japan', 'Gulf of Mexico', 'Gulf of Guinea',
  'Jordan River', 'River Jordan', 'Jordan Valley', 'Niger River', 'River Niger', 'Niger Delta', 'Congo River', 'Congo Basin',
  'Gulf of Oman', 'Gulf of Thailand', 'Persian Gulf', 'Arabian Sea', 'Arabian Peninsula', 'Irish Sea', 'English Channel',
  // things named after a place
  'Guinea pig', 'Guinea pigs', 'Paris Agreement', 'Paris Accord', 'Paris Accords', 'Paris Club', 'Turkey Point',
  // news agencies, broadcasters and airlines named after a country
  'Agence France-Presse', 'Agence France Presse', 'Radio France', 'Air France', 'Air China', 'Air India', 'Air Canada',
  'Air New Zealand', 'Air Jamaica', 'Voice of America', 'Radio Free Europe',
  'Brazil nut', 'Brazil nuts', 'Panama Canal', 'Panama Papers',
];

/** Country and capital words that are also common first names or surnames; a name next to them makes them a person. */
export const PERSON_LIKE = new Set([
  'Jordan', 'Chad', 'Georgia', 'Israel', 'Washington', 'Kingston', 'Victoria', 'Paris', 'London', 'Sofia', 'Santiago',
  'Lima', 'Cuba', 'Holland', 'America', 'India', 'Kenya', 'French', 'Dane', 'Turk', 'Pole', 'Finn', 'Brit', 'Georgetown',
  'Jamaica', 'Dominica', 'Trinidad', 'Wellington', 'Florence', 'Brunei', 'Tonga',
]);

const CALENDAR = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Words that may follow a country word without making it part of a person's or a thing's name. */
export const FOLLOWERS_OK = new Set([...CALENDAR,
  'President', 'Prime', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Trade', 'Energy', 'King', 'Queen',
  'Crown', 'Minister', 'Ministry', 'Government', 'Army', 'Police', 'Parliament', 'Embassy', 'Ambassador', 'National',
  'Secretary', 'Senator', 'Governor', 'Sheikh', 'Emir', 'General', 'Gen', 'Chief', 'Vice', 'Deputy', 'State', 'Supreme', 'Central', 'Communist',
  'Islamic', 'Human', 'Red', 'Olympic', 'Security', 'Navy', 'Air', 'Coast', 'Special', 'Opposition', 'Labor', 'Labour',
]);

/** Direction and region words that may come before a country word without making it a person's surname. */
export const LEADERS_OK = new Set([...CALENDAR,
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower',
  'Greater', 'Mainland', 'Communist', 'Soviet', 'Imperial', 'Modern', 'Ancient', 'Neighboring', 'Neighbouring',
]);

/** Georgian places: "Tbilisi, Georgia" is the country, "Atlanta, Georgia" the US state. */
export const GEORGIAN_PLACES = new Set(['Tbilisi', 'Batumi', 'Kutaisi', 'Gori', 'Rustavi', 'Zugdidi', 'Poti', 'Abkhazia', 'Ossetia']);
/** Words that, anywhere in an article, make "Georgia" the US state unless the country's own words appear too. */
export const US_GEORGIA_SIGNS = ['Atlanta', 'Savannah', 'Augusta', 'Macon'];
/** Words that mark the country Georgia in an article. */
export const GEORGIA_COUNTRY_SIGNS = ['Tbilisi', 'Georgian', 'Abkhazia', 'Ossetia', 'Saakashvili', 'Caucasus'];

/** Heads of formal institution names: a country after "Bank of (the)" is part of the name ("Reserve Bank of India"). */
export const INSTITUTION_HEADS = new Set([
  'Bank', 'University', 'College', 'Institute', 'School', 'Museum', 'Library', 'Church', 'Chamber', 'Academy',
  'Federation', 'Association', 'Society', 'Foundation', 'Corporation', 'Company', 'Exchange', 'Hospital', 'Court',
  'Commission', 'Party', 'Conservatory', 'Orchestra', 'Opera', 'Zoo', 'Club', 'Festival', 'Tribunal',
]);

/** Capitalised words that, right after a country word, make the two a natural feature's name ("Senegal River", "Congo Basin"). */
export const FEATURE_TAILS = new Set([
  'River', 'Delta', 'Basin', 'Valley', 'Lake', 'Sea', 'Gulf', 'Bay', 'Desert', 'Mountains', 'Plateau', 'Strait',
  'Straits', 'Canal', 'Peninsula', 'Rift', 'Highlands', 'Estuary',
]);

/** Last words of institution names that open with a country word ("American Red Cross", "British Broadcasting Corporation"). */
export const INSTITUTION_TAILS = new Set([
  ...BODY_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)),
  'Corporation', 'Company', 'University', 'College', 'Cross', 'Crescent', 'Airlines', 'Airways', 'Church', 'Academy',
  'Museum', 'League', 'Federation', 'Union', 'Unions', 'Bank', 'Party', 'Broadcasting', 'Railways', 'Telecom', 'Television',
  'Radio', 'Petroleum', 'Steel', 'Motors', 'Tobacco', 'Aerospace', 'Express', 'Telecommunications', 'Holdings', 'Inc', 'Corp', 'Ltd',
]);

/** Words right before a capital that make it a place, not its government ("talks in Hanoi", "left Jakarta"). */
export const PLACE_CUES = new Set([
  'in', 'at', 'to', 'into', 'onto', 'near', 'outside', 'inside', 'around', 'across', 'via', 'through', 'toward',
  'towards', 'of', 'within', 'throughout', 'left', 'leave', 'leaves', 'leaving', 'visited', 'visit', 'visits',
  'visiting', 'reached', 'toured', 'the', 'a', 'an', 'downtown', 'central',
]);

/** Motion words that make "from" a place cue ("returned from Moscow"; but "pressure from Washington"). */
export const FROM_MOTION = new Set([
  'returned', 'returning', 'return', 'returns', 'flew', 'fly', 'flying', 'arrived', 'arriving', 'came', 'come', 'coming',
  'back', 'travelled', 'traveled', 'travelling', 'traveling', 'fled', 'reporting', 'reported', 'departed', 'home',
]);
