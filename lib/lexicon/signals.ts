// Words that tell whether a sentence states a win, names the giver, or only hopes or nominates.

/** Verbs and nouns of winning or receiving. */
export const WIN_WORDS = new Set([
  "meraih",
  "raih",
  "meraup",
  "memenangkan",
  "menyabet",
  "menerima",
  "terima",
  "mendapat",
  "mendapatkan",
  "memperoleh",
  "dianugerahi",
  "diraih",
  "dimenangkan",
  "dimenangi",
  "ditempati",
  "menempati",
  "menduduki",
  "dianugerahkan",
  "diberikan",
  "diterima",
  "diserahkan",
  "peraih",
  "penerima",
  "pemenang",
  "juara",
  "terpilih",
  "mempertahankan",
  "menjadi",
  "sebagai",
  "berhasil",
  "menggondol",
  "memboyong",
  "menorehkan",
  "dijuarai",
  "menjuarai",
  "diboyong",
  "dinobatkan",
  "menobatkan",
  "diperoleh",
  "menyandang",
  "mengantongi",
  "menggaet",
]);

/** Active verbs whose subject gives the award rather than receives it. */
export const GIVER_VERBS = new Set([
  "menyerahkan",
  "memberikan",
  "memberi",
  "menganugerahkan",
  "mengapresiasi",
  "menggelar",
  "mengadakan",
  "menyelenggarakan",
]);

/** Words after which the awardees named lost to the winner. */
export const DEFEAT_WORDS = new Set(["mengalahkan", "mengungguli", "menyisihkan", "menggeser"]);

/** A sentence with one of these states no result: candidates, finalists, hopes, the process. */
export const NOT_A_RESULT = new Set([
  "diusulkan",
  "sosialisasi",
  "kandidat",
  "nominasi",
  "nominator",
  "dinominasikan",
  "finalis",
  "berpeluang",
  "berharap",
  "harapannya",
  "semoga",
  "diharapkan",
  "wawancara",
  "menargetkan",
  "target",
  "optimis",
  "optimistis",
  "mewakili",
  "presentasi",
  "verifikasi",
  "mengikuti",
  "calon",
  "dihadiri",
  "disaksikan",
]);

/** Words of NOT_A_RESULT about who attended or stood in, not about hopes: a year named with the
 * award beside them is still the page's edition. */
export const ATTENDANCE_WORDS = new Set(["mewakili", "dihadiri", "disaksikan"]);

/** "lima besar", "10 besar": a shortlist, not a place. */
export const SHORTLIST_AFTER = "besar";
export const SHORTLIST_BEFORE = new Set(["tiga", "lima", "sepuluh", "3", "5", "6", "10", "enam", "dua"]);

/** Earlier wins recalled without a year are no record. */
export const RECALL_WORDS = new Set(["pernah", "sebelumnya"]);

/** Year words relative to the article's date. */
export const LAST_YEAR = [
  ["tahun", "lalu"],
  ["tahun", "kemarin"],
  ["tahun", "sebelumnya"],
] as const;

/** Other awards a page may report in the same words. */
export const OTHER_AWARDS = [
  "parasamya",
  "paramakarya",
  "parama",
  "uhc",
  "adipura",
  "apbd",
  "adhiprima",
  "upakarya",
  "kla",
  "pesona",
  "serambi",
  "wtp",
  "kalpataru",
  "adiwiyata",
  "swasti",
];

/** Words of a ceremony or result next to the award's name. */
export const CEREMONY_WORDS = new Set([
  "penyerahan",
  "menyerahkan",
  "diserahkan",
  "serahkan",
  "penganugerahan",
  "penganugrahan",
  "menganugerahkan",
  "dianugerahi",
  "meraih",
  "raih",
  "diraih",
  "menerima",
  "terima",
  "peraih",
  "penerima",
  "pemenang",
  "juara",
  "peringkat",
  "terbaik",
  "memenangkan",
  "menyabet",
  "memperoleh",
  "mendapat",
  "mendapatkan",
]);

/** Words of the process before any result: a page about them reports none. */
export const PROCESS_WORDS = new Set([
  "sosialisasi",
  "keikutsertaan",
  "diusulkan",
  "usulan",
  "wawancara",
  "kandidat",
  "nominasi",
  "seleksi",
  "berpeluang",
  "presentasi",
  "verifikasi",
  "finalis",
  "calon",
  "paparan",
  "pemaparan",
  "dinilai",
  "penilaian",
  "mengikuti",
]);

/** A sentence with one of these (and a winners word) announces a list: "Berikut daftar pemenangnya". */
export const LIST_ANNOUNCERS = new Set(["berikut", "berikutnya", "daftar", "sebagai"]);
/** The winners such a list names. */
export const WINNERS_WORDS = new Set([
  "pemenang",
  "pemenangnya",
  "penerima",
  "penerimanya",
  "peraih",
  "peraihnya",
]);

/** Words that may stand between a winner and its verb: "X kembali meraih", "X pun berhasil meraih". */
export const SUBJECT_VERB_FILLERS = new Set([
  "kembali",
  "masing-masing",
  "pernah",
  "pun",
  "juga",
  "telah",
  "sudah",
  "kini",
  "akhirnya",
  "lagi",
  "pula",
  "bahkan",
  "sekaligus",
  "resmi",
  "mampu",
  "berhak",
  "sukses",
]);

/** Adverbs that may open a clause before its subject: "Kini X meraih …", "Tahun 2024 X …". */
export const CLAUSE_OPENERS = new Set([
  "tahun",
  "kini",
  "akhirnya",
  "sedangkan",
  "adapun",
  "bahkan",
  "lalu",
  "kemudian",
  "selanjutnya",
  "alhasil",
  "hasilnya",
  "pada",
  "edisi",
]);

/** Nouns that make an adverb with "ini" or "itu" after them: "Kali ini X meraih …". */
export const DEICTIC_OPENERS = new Set(["kali", "tahun", "hari", "sementara", "selain"]);

/** "Mereka adalah A, B dan C", "Keempatnya yaitu …": the winners just announced, by name. */
export const PLURAL_SUBJECTS = new Set([
  "mereka",
  "keduanya",
  "ketiganya",
  "keempatnya",
  "kelimanya",
  "keenamnya",
]);

/** Verbs of saying: the clause after one reports a result ("…, mengatakan Kendal meraih …"). */
export const SPEECH_VERBS = new Set([
  "mengatakan",
  "menyebut",
  "menyebutkan",
  "mengungkapkan",
  "menjelaskan",
  "menuturkan",
  "menyampaikan",
  "menegaskan",
  "mengumumkan",
  "menambahkan",
]);
