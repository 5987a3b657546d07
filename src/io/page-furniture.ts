// Page furniture: the words and shapes of what surrounds an article on a news page (captions, bylines,
// "Read more" and related-link lists, newsletter, share and comment boxes). Data only; clean-body.ts applies it.

/** Elements that are never article text, whatever they hold. */
export const FURNITURE_TAGS = new Set(['ASIDE', 'BUTTON', 'DIALOG', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'IFRAME', 'NAV', 'SELECT']);

/**
 * Words in an element's class or id that mark furniture: a caption or credit, a byline, date or reading
 * time, sharing and social buttons, newsletter and subscription boxes, related and recommended links,
 * breadcrumbs, tags, comments, galleries and advertising. Matched as parts of the class or id, so
 * `article__image-caption`, `wp-caption-text` and `ArticleBody-InlineImage` all count.
 */
export const FURNITURE_CLASS =
  /caption|credit|byline|dateline|timestamp|author|read-?time|reading-?time|share|sharing|social|newsletter|subscri|signup|sign-up|related|recommend|breadcrumb|comment(?!ary)|disclaimer|attribution|gallery|slideshow|carousel|lightbox|advert|sponsor|promo|outbrain|taboola|print-(?:header|only)|inline-?image|image-?embed|video|(?:^|[^a-z])(?:tags?|meta|ad|ads|photo|image|trending|more-stories)(?:$|[^a-z])/i;

/** Whole blocks that are a label, a button or an ad marker, in any case, punctuation aside. */
export const FURNITURE_LINES = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'anzeige', 'werbung', 'publicidade', 'publicidad', 'pubblicità', 'publicité', 'iklan', 'реклама', '광고',
  'skip to content', 'skip to main content', 'comments', 'comment', 'post comment', 'leave a comment', 'share', 'share this',
  'share this article', 'share this story', 'subscribe', 'sign in', 'log in', 'login', 'register', 'close', 'caption', 'menu',
  'loading', 'loading content', 'read more', 'continue reading', 'continue reading below', 'story continues below',
  'article continues below', 'more', 'related', 'related articles', 'related stories', 'related content', 'recommended',
  'trending', 'latest', 'latest news', 'popular', 'most popular', 'most read', 'recent articles', 'popular this week',
  'highlights', 'getty images', 'getty', 'ap photo', 'reuters', 'breaking news', 'view author archive', 'email the author',
  'about the author', 'tags', 'print', 'email', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit',
]);

/** A block that opens a run of links to other stories: it, and the links after it, go. */
export const RELATED_HEADING =
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|more (?:great |top )?(?:\p{L}+ )?(?:stories|news|articles|from|on|coverage)|related(?: (?:stories|articles|news|content|links|coverage|reading))?|recommended(?: for you| stories| articles)?|read (?:more|next|also)|also read|see also|don'?t miss|most (?:read|popular|viewed)|trending(?: now| stories)?|popular (?:now|stories|this week)|recent (?:articles|posts|stories)|latest (?:news|stories|articles)|want more stories like this|more:|tags|tagged|topics|top stories|editor'?s picks|what to read next|further reading)\W*$/iu;

/** Short blocks that are furniture by their words (tested on blocks of a few dozen words at most). */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  // "Read more: ...", "RELATED: ...", "See also ...", "Don't miss ...": a link to another story
  /^(?:read more|read also|also read|related|see also|more|watch|listen|don'?t miss|recommended|click here|tap here|opinion|analysis)\b\s*[:|>»-]/iu,
  /^(?:click|tap) here\b/i,
  /^(?:get|download) (?:the )?[\p{L} ]{0,30}\bapp\b/iu,
  /\bby clicking here\b/i,
  // captions and credits
  /^(?:image|photo|picture|media|video) (?:copyright|caption|credit)/i,
  /^(?:photo|image|picture|credit|source|foto|fotos|bild|imagem|gambar)s?\s*[:©]/i,
  /[([](?:image|photo|picture|credit|pictured|source)s?\s*:[^)\]]*[)\]]\s*$/i,
  /\b(?:credit|photo|image)s?\s*:\s*[^.!?]{0,60}$/i,
  /(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|epa|reuters)(?:\s*\/\s*[^|]*)?\)?\s*$/i,
  /^image \d+ of \d*/i,
  /^\d+ of \d+$/,
  // bylines, dates and reading time
  /^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Oo]leh)\s+\p{Lu}[^.!?]{0,80}$/u,
  /^(?:tempo de leitura|reading time|lesezeit|tiempo de lectura)\b/i,
  /^\d+\s*(?:min(?:ute)?s?|mins?) read$/i,
  /^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b/i,
  // newsletters, subscriptions, following, sharing
  /\b(?:sign up|signup|sign-up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b/i,
  /\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|delivered|e-?mail)\b/i,
  /\b(?:delivered|straight|right|directly) (?:to|in|into) your inbox\b|^subscribe\b/i,
  /(?:^|[.!?]\s+)follow (?:us|\p{L}+(?: \p{L}+)?) on (?:twitter|facebook|instagram|youtube|linkedin)\b/iu,
  /^(?:share|tweet) (?:this|on)\b/i,
  // legal lines, cookie notices, citations, comment rules
  /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b|\bsubject to copyright\b|\bno part may be reproduced\b|무단전재|재배포 금지/i,
  /\bcookies?\b.{0,120}\b(?:accept|consent|opt[- ]out|privacy)\b/i,
  /^citation:/i,
  /\b(?:this (?:post|article|page) (?:may )?contains? affiliate)\b/i,
  /^(?:comments?|atenção: comentários)\b.{0,200}\b(?:moderat|aprovad)/i,
  /^(?:filed under|tags?|tagged|categories|category)\s*[:|]/i,
];

/** "Published ...", "Updated: ...", "Posted on ...": furniture when a date follows (the word after it a number or a date word). */
export const PUBLISHED_LEAD = /^(?:published|updated|posted|first published|last updated|modified|created)(?:\s+(?:on|at))?\s*:?\s*(?<next>[\p{L}\p{N}]+)/iu;

/** How long (in words) a block may be for FURNITURE_PATTERNS to apply: longer blocks are article text. */
export const FURNITURE_MAX_WORDS = 40;

/** Words a date line is made of (besides numbers): months, weekdays, times of day and zones, and their glue. */
export const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'am', 'pm', 'a', 'm', 'p', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'bst', 'cet', 'cest', 'ist',
  'today', 'yesterday', 'ago', 'hour', 'hours', 'minute', 'minutes', 'day', 'days', 'at', 'on', 'of', 'the', 'st', 'nd', 'rd', 'th',
  'published', 'updated', 'posted', 'modified', 'last', 'first', 'date',
  // Portuguese, Spanish, Italian, German, French, Indonesian month and weekday names and glue
  'de', 'às', 'del', 'di', 'le', 'um', 'pukul', 'wib',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'décembre',
  'januari', 'februari', 'maret', 'mei', 'agustus', 'desember',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'sábado', 'domingo',
]);
