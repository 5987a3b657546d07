// Seats and bodies of government that stand for their state before an office or in an apposition:
// "White House spokesman X", "the State Department's deputy co-ordinator", "a Kremlin aide". Data only, by ISO code.
// Only names that belong to one state; "Parliament", "Senate" or "Congress" do not.

/** Names of government seats and bodies, as written, by the code of their state. */
const BODIES: Record<string, string[]> = {
  US: ['White House', 'State Department', 'Pentagon', 'Department of State', 'Department of Defense', 'Defense Department',
    'Justice Department', 'Treasury Department', 'Commerce Department', 'Capitol Hill', 'Oval Office', 'Foggy Bottom'],
  RU: ['Kremlin', 'State Duma', 'Duma'],
  GB: ['Downing Street', 'Whitehall', 'Foreign Office', 'Home Office', 'House of Commons', 'House of Lords'],
  FR: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', "Quai d'Orsay", 'Matignon'],
  DE: ['Bundestag'],
  KR: ['Blue House', 'Cheong Wa Dae'],
  CN: ['Zhongnanhai'],
  IL: ['Knesset'],
  UA: ['Verkhovna Rada'],
  IN: ['Lok Sabha', 'Rajya Sabha'],
};

/** The state a government body stands for, by its name as written ("White House" -> "US"). */
export const GOVERNMENT_BODIES: ReadonlyMap<string, string> = new Map(
  Object.entries(BODIES).flatMap(([code, names]) => names.map((n): [string, string] => [n, code])),
);
