// Heads of state and government news has named since 1945, with the state each served (ISO codes; the Soviet Union SU,
// West Germany DE). Data only: what an article need not say ("President Reagan", "Tony Blair is pressing the US").
// A name here gives a person a state only when the text ties none (src/stages/people/known-leader.ts).

/** Full names as news writes them, by state. */
export const LEADERS: Record<string, readonly string[]> = {
  US: [
    'Franklin D. Roosevelt', 'Franklin Roosevelt', 'Harry Truman', 'Harry S. Truman', 'Dwight Eisenhower', 'Dwight D. Eisenhower',
    'John F. Kennedy', 'John Kennedy', 'Lyndon Johnson', 'Lyndon B. Johnson', 'Richard Nixon', 'Gerald Ford', 'Jimmy Carter',
    'Ronald Reagan', 'George Bush', 'George H.W. Bush', 'George H. W. Bush', 'George W. Bush', 'Bill Clinton', 'Barack Obama',
    'Donald Trump', 'Donald J. Trump', 'Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Kamala Harris', 'Mike Pence', 'Dick Cheney',
    'Al Gore', 'Dan Quayle', 'Walter Mondale', 'JD Vance', 'J.D. Vance',
  ],
  GB: [
    'Winston Churchill', 'Clement Attlee', 'Anthony Eden', 'Harold Macmillan', 'Alec Douglas-Home', 'Harold Wilson', 'Edward Heath',
    'James Callaghan', 'Margaret Thatcher', 'John Major', 'Tony Blair', 'Gordon Brown', 'David Cameron', 'Theresa May',
    'Boris Johnson', 'Liz Truss', 'Rishi Sunak', 'Keir Starmer',
  ],
  CA: [
    'Pierre Trudeau', 'Pierre Elliott Trudeau', 'Joe Clark', 'John Turner', 'Brian Mulroney', 'Kim Campbell', 'Jean Chretien',
    'Jean Chrétien', 'Paul Martin', 'Stephen Harper', 'Justin Trudeau', 'Mark Carney',
  ],
  AU: [
    'Malcolm Fraser', 'Bob Hawke', 'Paul Keating', 'John Howard', 'Kevin Rudd', 'Julia Gillard', 'Tony Abbott', 'Malcolm Turnbull',
    'Scott Morrison', 'Anthony Albanese',
  ],
  FR: [
    'Charles de Gaulle', 'Georges Pompidou', 'Valery Giscard d\'Estaing', 'Valéry Giscard d\'Estaing', 'Francois Mitterrand',
    'François Mitterrand', 'Jacques Chirac', 'Nicolas Sarkozy', 'Francois Hollande', 'François Hollande', 'Emmanuel Macron',
  ],
  DE: [
    'Konrad Adenauer', 'Ludwig Erhard', 'Willy Brandt', 'Helmut Schmidt', 'Helmut Kohl', 'Gerhard Schroeder', 'Gerhard Schröder',
    'Angela Merkel', 'Olaf Scholz', 'Friedrich Merz',
  ],
  IT: ['Giulio Andreotti', 'Bettino Craxi', 'Silvio Berlusconi', 'Romano Prodi', 'Matteo Renzi', 'Mario Draghi', 'Giorgia Meloni'],
  ES: ['Felipe Gonzalez', 'Felipe González', 'Jose Maria Aznar', 'José María Aznar', 'Mariano Rajoy', 'Pedro Sanchez', 'Pedro Sánchez'],
  SU: ['Joseph Stalin', 'Nikita Khrushchev', 'Leonid Brezhnev', 'Yuri Andropov', 'Konstantin Chernenko', 'Mikhail Gorbachev'],
  RU: ['Boris Yeltsin', 'Vladimir Putin', 'Dmitry Medvedev', 'Dmitri Medvedev', 'Mikhail Mishustin'],
  CN: [
    'Mao Zedong', 'Mao Tse-tung', 'Zhou Enlai', 'Deng Xiaoping', 'Jiang Zemin', 'Hu Jintao', 'Xi Jinping', 'Li Peng', 'Zhu Rongji',
    'Wen Jiabao', 'Li Keqiang', 'Li Qiang', 'Zhao Ziyang', 'Hu Yaobang',
  ],
  JP: [
    'Yasuhiro Nakasone', 'Noboru Takeshita', 'Toshiki Kaifu', 'Kiichi Miyazawa', 'Morihiro Hosokawa', 'Tomiichi Murayama',
    'Ryutaro Hashimoto', 'Keizo Obuchi', 'Yoshiro Mori', 'Junichiro Koizumi', 'Shinzo Abe', 'Yasuo Fukuda', 'Taro Aso',
    'Yukio Hatoyama', 'Naoto Kan', 'Yoshihiko Noda', 'Yoshihide Suga', 'Fumio Kishida', 'Shigeru Ishiba', 'Sanae Takaichi',
  ],
  IN: [
    'Jawaharlal Nehru', 'Indira Gandhi', 'Rajiv Gandhi', 'Narasimha Rao', 'P.V. Narasimha Rao', 'Atal Bihari Vajpayee',
    'Manmohan Singh', 'Narendra Modi',
  ],
  PK: ['Zulfikar Ali Bhutto', 'Zia ul-Haq', 'Benazir Bhutto', 'Nawaz Sharif', 'Pervez Musharraf', 'Imran Khan', 'Shehbaz Sharif'],
  IL: [
    'David Ben-Gurion', 'Golda Meir', 'Menachem Begin', 'Yitzhak Shamir', 'Shimon Peres', 'Yitzhak Rabin', 'Benjamin Netanyahu',
    'Ehud Barak', 'Ariel Sharon', 'Ehud Olmert', 'Naftali Bennett', 'Yair Lapid',
  ],
  IR: [
    'Ruhollah Khomeini', 'Ali Khamenei', 'Akbar Hashemi Rafsanjani', 'Mohammad Khatami', 'Mahmoud Ahmadinejad', 'Hassan Rouhani',
    'Ebrahim Raisi', 'Masoud Pezeshkian',
  ],
  IQ: ['Saddam Hussein', 'Nouri al-Maliki', 'Haider al-Abadi'],
  SY: ['Hafez al-Assad', 'Bashar al-Assad', 'Bashar Assad'],
  EG: ['Gamal Abdel Nasser', 'Anwar Sadat', 'Hosni Mubarak', 'Mohamed Morsi', 'Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi'],
  SA: ['Mohammed bin Salman'],
  TR: ['Turgut Ozal', 'Turgut Özal', 'Suleyman Demirel', 'Süleyman Demirel', 'Bulent Ecevit', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Tayyip Erdogan'],
  ZA: ['P.W. Botha', 'F.W. de Klerk', 'Nelson Mandela', 'Thabo Mbeki', 'Jacob Zuma', 'Cyril Ramaphosa'],
  BR: [
    'Jose Sarney', 'José Sarney', 'Fernando Collor', 'Fernando Henrique Cardoso', 'Luiz Inacio Lula da Silva', 'Luiz Inácio Lula da Silva',
    'Dilma Rousseff', 'Michel Temer', 'Jair Bolsonaro',
  ],
  AR: ['Juan Peron', 'Juan Perón', 'Raul Alfonsin', 'Raúl Alfonsín', 'Carlos Menem', 'Nestor Kirchner', 'Néstor Kirchner', 'Cristina Fernandez de Kirchner', 'Mauricio Macri', 'Alberto Fernandez', 'Javier Milei'],
  CL: ['Salvador Allende', 'Augusto Pinochet', 'Patricio Aylwin', 'Ricardo Lagos', 'Michelle Bachelet', 'Sebastian Pinera', 'Sebastián Piñera', 'Gabriel Boric'],
  MX: ['Miguel de la Madrid', 'Carlos Salinas', 'Carlos Salinas de Gortari', 'Ernesto Zedillo', 'Vicente Fox', 'Felipe Calderon', 'Felipe Calderón', 'Enrique Pena Nieto', 'Enrique Peña Nieto', 'Andres Manuel Lopez Obrador', 'Andrés Manuel López Obrador', 'Claudia Sheinbaum'],
  VE: ['Hugo Chavez', 'Hugo Chávez', 'Nicolas Maduro', 'Nicolás Maduro'],
  CU: ['Fidel Castro', 'Raul Castro', 'Raúl Castro', 'Miguel Diaz-Canel', 'Miguel Díaz-Canel'],
  KP: ['Kim Il Sung', 'Kim Il-sung', 'Kim Jong Il', 'Kim Jong-il', 'Kim Jong Un', 'Kim Jong-un'],
  KR: [
    'Park Chung-hee', 'Chun Doo-hwan', 'Roh Tae-woo', 'Kim Young-sam', 'Kim Dae-jung', 'Roh Moo-hyun', 'Lee Myung-bak', 'Park Geun-hye',
    'Moon Jae-in', 'Yoon Suk Yeol', 'Yoon Suk-yeol', 'Lee Jae-myung',
  ],
  TW: ['Chiang Kai-shek', 'Chiang Ching-kuo', 'Lee Teng-hui', 'Chen Shui-bian', 'Ma Ying-jeou', 'Tsai Ing-wen', 'Lai Ching-te'],
  PH: ['Ferdinand Marcos', 'Corazon Aquino', 'Fidel Ramos', 'Joseph Estrada', 'Gloria Macapagal Arroyo', 'Benigno Aquino', 'Rodrigo Duterte', 'Ferdinand Marcos Jr.'],
  ID: ['Suharto', 'Sukarno', 'Megawati Sukarnoputri', 'Susilo Bambang Yudhoyono', 'Joko Widodo', 'Prabowo Subianto'],
  UA: ['Leonid Kravchuk', 'Leonid Kuchma', 'Viktor Yushchenko', 'Viktor Yanukovych', 'Petro Poroshenko', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
  YU: ['Josip Broz Tito', 'Slobodan Milosevic', 'Slobodan Milošević'],
  PL: ['Lech Walesa', 'Lech Wałęsa', 'Wojciech Jaruzelski', 'Donald Tusk', 'Andrzej Duda'],
  AF: ['Hamid Karzai', 'Ashraf Ghani'],
  LY: ['Muammar Gaddafi', 'Moammar Gadhafi', 'Muammar Qaddafi'],
  NG: ['Olusegun Obasanjo', 'Goodluck Jonathan', 'Muhammadu Buhari', 'Bola Tinubu', 'Ibrahim Babangida', 'Sani Abacha'],
  ZW: ['Robert Mugabe', 'Emmerson Mnangagwa'],
  KE: ['Jomo Kenyatta', 'Daniel arap Moi', 'Mwai Kibaki', 'Uhuru Kenyatta', 'William Ruto'],
  ET: ['Haile Selassie', 'Mengistu Haile Mariam', 'Meles Zenawi', 'Abiy Ahmed'],
  PS: ['Yasser Arafat', 'Mahmoud Abbas'],
  LB: ['Rafik Hariri', 'Saad Hariri'],
  VN: ['Ho Chi Minh'],
  SG: ['Lee Kuan Yew', 'Lee Hsien Loong', 'Lawrence Wong'],
  MY: ['Mahathir Mohamad', 'Najib Razak', 'Anwar Ibrahim'],
  TH: ['Thaksin Shinawatra', 'Yingluck Shinawatra', 'Prayuth Chan-ocha', 'Prayut Chan-o-cha'],
  HU: ['Viktor Orban', 'Viktor Orbán'],
  GR: ['Andreas Papandreou', 'Alexis Tsipras', 'Kyriakos Mitsotakis'],
  NL: ['Ruud Lubbers', 'Wim Kok', 'Mark Rutte'],
  SE: ['Olof Palme'],
  IE: ['Charles Haughey', 'Garret FitzGerald', 'Bertie Ahern', 'Enda Kenny', 'Leo Varadkar'],
  NZ: ['David Lange', 'Helen Clark', 'John Key', 'Jacinda Ardern'],
  BY: ['Alexander Lukashenko', 'Alyaksandr Lukashenka'],
  RS: ['Aleksandar Vucic', 'Aleksandar Vučić'],
};

/** Titles of a head of state or government: with one, a surname alone may name a listed leader ("President Reagan"). */
export const HEAD_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'supreme leader', 'president-elect',
]);
