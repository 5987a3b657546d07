// Page furniture: the words and shapes of what surrounds an article on a news page (captions, bylines,
// "Read more" and related-link lists, newsletter, share and comment boxes). Data only; clean-body.ts and
// is-furniture-text.ts apply it. Words that differ by language are listed for the same languages each time
// (English, German, French, Spanish, Italian, Portuguese, Indonesian; labels also Russian and Korean): a class
// of furniture, translated, never one site's wording.

/** Elements that are never article text, whatever they hold (a figure that holds a table, list or code aside). */
export const FURNITURE_TAGS = new Set(['ASIDE', 'BUTTON', 'DIALOG', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'HEADER', 'IFRAME', 'NAV', 'SELECT']);

/**
 * Words in an element's class or id that mark furniture: a caption or credit, a byline, date or reading
 * time, sharing and social buttons, newsletter and subscription boxes, related and recommended links,
 * breadcrumbs, tags, comments, galleries and advertising. Matched as parts of the class or id, so
 * `article__image-caption`, `wp-caption-text` and `ArticleBody-InlineImage` all count.
 */
export const FURNITURE_CLASS =
  /caption|credit|byline|dateline|timestamp|author|read-?time|reading-?time|share|sharing|social|newsletter|subscri|signup|sign-up|related|recommend|breadcrumb|comment(?!ary)|disclaimer|attribution|gallery|slideshow|carousel|lightbox|advert|sponsor|promo|outbrain|taboola|print-(?:header|only)|inline-?image|image-?embed|video|(?:^|[^a-z])(?:tags?|meta|ad|ads|photo|image|trending|more-stories)(?:$|[^a-z])/i;

/** The label over an advertisement, by language. */
const AD_LABELS = ['advertisement', 'advert', 'ad', 'ads', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'iklan', 'реклама', '광고'];

/** Whole blocks that are a label, a button or an ad marker, in any case, punctuation aside. */
export const FURNITURE_LINES = new Set([
  ...AD_LABELS,
  'skip to content', 'skip to main content', 'comments', 'comment', 'post comment', 'leave a comment', 'share', 'share this',
  'share this article', 'share this story', 'subscribe', 'sign in', 'log in', 'login', 'register', 'close', 'caption', 'menu',
  'loading', 'loading content', 'read more', 'continue reading', 'more', 'related', 'related articles', 'related stories',
  'related content', 'recommended', 'trending', 'latest', 'latest news', 'popular', 'most popular', 'most read', 'recent articles',
  'highlights', 'getty images', 'getty', 'ap photo', 'reuters', 'breaking news', 'about the author', 'tags', 'print', 'email',
  'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit',
]);

/** A block that opens a run of links to other stories: it, and the links after it, go. */
export const RELATED_HEADING =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|more (?:great |top )?(?:\p{L}+ )?(?:stories|news|articles|from|on|coverage)|related(?: (?:stories|articles|news|content|links|coverage|reading))?|recommended(?: for you| stories| articles)?|read (?:more|next|also)|also read|see also|don'?t miss|most (?:read|popular|viewed)|trending(?: now| stories)?|popular (?:now|today|stories|articles|posts|this (?:week|month))|recent (?:articles|posts|stories)|latest (?:news|stories|articles)|more:|tags|tagged|topics|top stories|editor'?s picks|what to read next|further reading)\W*$/iu;

/** A caption's label for its picture or credit, by language ("Photo:", "Photo credit:", "Foto:", "Bild:"). */
const PICTURE_LABEL = '(?:(?:photo|image|picture) )?(?:photo|image|picture|credit|foto|bild|imagem|imagen|immagine|gambar|фото)s?';
/** Picture agencies and wire services that credit a photo. */
const PHOTO_AGENCY = '(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|epa|reuters)';

/** Short blocks that are furniture by their words (tested on blocks of a few dozen words at most). */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  // "Read more: ...", "RELATED: ...", "See also ...", "Don't miss ...": a label, then a link to another story
  /^(?:read more|read also|also read|related|see also|don'?t miss|recommended|click here|tap here)\b\s*[:|>»-]/iu,
  /^(?:click|tap) here\b/i,
  // the marker where an advertisement breaks the story
  /^(?:(?:the )?(?:story|article|text) continues|continue reading) below\W*$/i,
  /^(?:get|download) (?:the|our) [\p{L} ]{0,30}\bapp\b[^.!?]{0,40}[.!]?$/iu,
  // captions and credits: a label or an agency at the start, after a sentence or a separator, or in brackets at the end
  /^(?:image|photo|picture|media|video) (?:copyright|caption|credit)/i,
  new RegExp(`^(?:${PICTURE_LABEL}|source)\\s*[:©]`, 'iu'),
  new RegExp(`[([](?:${PICTURE_LABEL}|pictured)\\s*:[^)\\]]*[)\\]]\\s*$`, 'iu'),
  new RegExp(`(?:^|[.!?|]\\s+|[([]\\s*)${PICTURE_LABEL}\\s*:\\s*[^.!?]{0,60}$`, 'iu'),
  new RegExp(`(?:^|[|/(©]\\s*|[.!?]\\s+|\\bvia\\s+)${PHOTO_AGENCY}\\b(?:\\s*/\\s*[^|.!?]*)?\\)?\\.?\\s*$`, 'i'),
  /^image \d+ of \d*/i,
  /^\d+ of \d+$/,
  // bylines ("By", by language) and reading time
  /^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Oo]leh)\s+\p{Lu}[^.!?]{0,80}$/u,
  /^(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|waktu baca)\s*:?\s*\d+\s*\p{L}*\.?$/iu,
  /^\d+\s*(?:min(?:ute)?s?|mins?) read$/i,
  // "Reporting by Name in Place; Editing by Name": names and their glue only
  /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|REPORTING|WRITING|EDITING) (?:by|BY) \p{Lu}[\p{L}.'-]*(?![\p{L}.'-])(?:\p{Lu}[\p{L}.'-]*(?![\p{L}.'-])|\s|[,;&]|\b(?:and|in|from|at|by|additional|reporting|writing|editing|de|da|van|von)\b)*\.?$/u,
  // newsletters and following: an invitation to sign up or to follow, at the start of the block
  /^(?:sign up|signup|sign-up|subscribe|register|get|receive|join)\b[^.!?]{0,80}\b(?:newsletters?|(?:to|in|into) your inbox)\b/i,
  /(?:^|[.!?]\s+)(?:sign up|subscribe)\b[^.!?]{0,80}\bnewsletters?\b[^.!?]{0,60}[.!]?$/i,
  /^(?:[Ss]ubscribe|SUBSCRIBE) (?:now|today|here|to (?:our|the) [\p{L}\d ]{0,30}(?:channel|podcast|newsletter|magazine)|to \p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)? and\b)/u,
  /(?:^|[.!?]\s+)(?:[Ff]ollow|FOLLOW) (?:us|him|her|them|US|HIM|HER|THEM|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) (?:on|ON) (?:[Tt]witter|[Ff]acebook|[Ii]nstagram|[Yy]ou[Tt]ube|[Ll]inked[Ii]n|X|TWITTER|FACEBOOK|INSTAGRAM|YOUTUBE|LINKEDIN)\b[^.!?]{0,60}[.!]?$/u,
  /^(?:share|tweet) (?:this|on)\b[^.!?]{0,30}[.!?]?$/i,
  // legal lines (by language), cookie notices, citations, affiliate notices, comment rules, tag lists
  /^(?:copyright\s*(?:©|ⓒ|\(c\)|\d{4})|©|ⓒ|\(c\)\s*\d{4})/i,
  /(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|hak cipta dilindungi undang-undang|все права защищены|무단\s?전재 및 재배포\s?금지)\.?$/iu,
  /^this (?:document|article|material|content) is subject to copyright\b/i,
  /^(?:we(?: and our partners)? use|(?:this|our) (?:site|website) uses|by (?:continuing|using)\b[^.]{0,40}(?:site|website))\b[^.]{0,60}\bcookies?\b/i,
  /^citation:/i,
  /^(?:this (?:post|article|page|story) (?:may )?contains? affiliate\b[^.]{0,30}\blinks|we (?:may )?(?:earn|receive) (?:a )?(?:small )?commission\b[^.]{0,80}\b(?:links?|purchases?|buy))\b/i,
  /^comments? (?:are|will be|may be) (?:moderated|reviewed)\b/i,
  /^(?:filed under|tags?|tagged|categories|category)\s*[:|]/i,
];

/** Labels that open a link to another story only when the block is mostly that link ("MORE: ...", "WATCH: ..."). */
export const LINK_LABEL = /^(?:more|watch|listen|opinion|analysis)\s*[:|>»-]/i;

/** "Published ...", "Updated: ...", "Posted on ...": the words that open a publication line. */
export const PUBLISHED_LEAD = /^(?:first published|last updated|published|updated|posted|modified|created)(?:\s+on)?\s*:?\s*/iu;

/** "by Admin", "| Reuters", "/ CBS News": who posted it, after a publication line's date. */
export const POSTED_BY = /\s*(?:\bby\s+|[|/]\s*)\p{Lu}[\p{L}.' ]{0,40}$/u;

/** How long (in words) a block may be for FURNITURE_PATTERNS to apply: longer blocks are article text. */
export const FURNITURE_MAX_WORDS = 40;

/** Month and weekday names, by language (abbreviations too): a date line is made of them and numbers. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'januari', 'februari', 'maret', 'mei', 'agustus', 'desember',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
]);

/** The other words of a date line: times of day, time zones, and the glue between date parts, by language. */
export const DATE_GLUE = new Set([
  'am', 'pm', 'a', 'm', 'p', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'bst', 'cet', 'cest', 'ist', 'wib', 'wita', 'wit',
  'today', 'yesterday', 'at', 'on', 'of', 'the', 'st', 'nd', 'rd', 'th',
  'published', 'updated', 'posted', 'modified', 'date',
  'um', 'à', 'le', 'de', 'del', 'às', 'alle', 'di', 'pukul',
]);
