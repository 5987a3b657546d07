// Verbs of saying (and a few only people do): a name right before one ("Tajani said") or right after
// ("said Tajani") is a speaker.

/** Lower-case verb forms that report speech. */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained',
  'explains', 'announced', 'announces', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists',
  'acknowledged', 'acknowledges', 'claimed', 'claims', 'asked', 'asks', 'replied', 'replies', 'wrote', 'writes',
  'commented', 'comments', 'confirmed', 'confirms', 'denied', 'denies', 'urged', 'urges', 'declared',
  'declares', 'stressed', 'stresses', 'emphasized', 'emphasizes', 'emphasised', 'emphasises', 'predicted',
  'predicts', 'suggested', 'suggests', 'admitted', 'admits', 'recalled', 'recalls', 'vowed', 'vows',
  'pledged', 'pledges', 'promised', 'promises', 'accused', 'accuses', 'praised', 'praises', 'criticized',
  'criticised', 'criticizes', 'condemned', 'condemns', 'welcomed', 'welcomes', 'thanked', 'thanks',
  'expressed', 'expresses', 'highlighted', 'highlights', 'indicated', 'indicates', 'underlined', 'underlines',
  'mentioned', 'mentions', 'described', 'describes', 'believes', 'believed', 'thinks', 'thought', 'hopes',
  'hoped', 'resigned', 'resigns', 'died', 'dies', 'reports', 'reported',
]);
