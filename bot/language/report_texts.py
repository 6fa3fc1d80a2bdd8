"""Texts of the report flows (the /report chooser, the family's and the recruiter report's
questions, following a case), in every supported language. Merged into `texts.TEXTS`."""
from __future__ import annotations

REPORT_TEXTS: dict[str, dict[str, str]] = {
    # -- the chooser ---------------------------------------------------------------------
    "report_menu": {
        "en": "What do you want to report? Everything stays between you and embassy staff.",
        "ko": "무엇을 신고하시겠어요? 내용은 본인과 대사관 직원만 봐요.",
        "id": "Mau melaporkan apa? Isinya hanya Anda dan staf kedutaan yang bisa lihat.",
    },
    "btn_report_detained": {"en": "I am held / not free to leave", "ko": "제가 갇혀 있어요", "id": "Saya ditahan / tidak bisa pergi"},
    "btn_report_missing": {"en": "A relative or friend is missing", "ko": "가족·지인과 연락이 끊겼어요", "id": "Keluarga/teman hilang kontak"},
    "btn_report_recruiter": {"en": "A fake recruiter or job ad", "ko": "가짜 구인 광고·모집책", "id": "Perekrut / lowongan palsu"},
    # -- form buttons ----------------------------------------------------------------------
    "btn_skip": {"en": "Skip ➡", "ko": "건너뛰기 ➡", "id": "Lewati ➡"},
    "btn_back": {"en": "⬅ Back", "ko": "⬅ 이전 질문", "id": "⬅ Kembali"},
    "skipped": {"en": "(skipped)", "ko": "(건너뜀)", "id": "(dilewati)"},
    "form_no_back": {
        "en": "This is the first question.",
        "ko": "첫 번째 질문이에요.",
        "id": "Ini pertanyaan pertama.",
    },
    "form_not_optional": {
        "en": "I need this one to pass the report on. If you don't know, say \"don't know\".",
        "ko": "신고를 전달하려면 이 답이 필요해요. 모르면 \"몰라요\"라고 적어 주세요.",
        "id": "Yang ini perlu untuk meneruskan laporan. Kalau tidak tahu, tulis \"tidak tahu\".",
    },
    "form_want_text": {
        "en": "I can't read pictures or voice here. Please type the answer.",
        "ko": "여기서는 사진이나 음성을 읽을 수 없어요. 답을 글로 적어 주세요.",
        "id": "Di sini saya tidak bisa membaca gambar atau suara. Tolong ketik jawabannya.",
    },
    # -- the family"s report ---------------------------------------------------------------
    "ask_missing_relation": {
        "en": "Who has gone missing? (for example: my brother, my daughter, a friend)",
        "ko": "누구와 연락이 끊겼나요? (예: 아들, 동생, 친구)",
        "id": "Siapa yang hilang kontak? (misalnya: adik, anak, suami, teman)",
    },
    "ask_missing_where": {
        "en": "Where were they when you last heard from them? A city or a country is enough.",
        "ko": "마지막으로 연락됐을 때 어디에 있었나요? 도시나 나라 이름만 적어도 돼요.",
        "id": "Waktu terakhir ada kabar, dia ada di mana? Cukup nama kota atau negaranya.",
    },
    "ask_missing_last_seen": {
        "en": "When did you last hear from them, and how (call, WhatsApp, Telegram...)?",
        "ko": "마지막으로 연락된 게 언제이고, 어떻게 연락했나요? (전화, 카카오톡, 텔레그램 등)",
        "id": "Kapan terakhir ada kabar, dan lewat apa (telepon, WhatsApp, Telegram)?",
    },
    "ask_missing_name": {
        "en": "What is their full name, as in their passport if you know it?",
        "ko": "그분의 이름을 적어 주세요. 알면 여권에 적힌 영문 이름도 함께요.",
        "id": "Siapa nama lengkapnya? Kalau tahu, tulis seperti di paspor.",
    },
    "ask_missing_age": {
        "en": "How old are they?",
        "ko": "나이가 어떻게 되나요?",
        "id": "Umurnya berapa?",
    },
    "ask_missing_recruited": {
        "en": "How were they recruited? Who offered the job: a name, @handle, phone number, company or link. "
              "You can also paste or forward the ad. Skip if you don't know.",
        "ko": "어떻게 모집됐나요? 일자리를 소개한 사람의 이름, 텔레그램 아이디, 전화번호, 회사나 링크를 적어 주세요. "
              "광고를 붙여 넣거나 전달해도 돼요. 모르면 건너뛰세요.",
        "id": "Bagaimana dia direkrut? Siapa yang menawarkan kerja: nama, akun @, nomor HP, perusahaan atau link. "
              "Boleh juga tempel atau teruskan iklannya. Lewati kalau tidak tahu.",
    },
    "ask_missing_job": {
        "en": "What job were they promised, and what pay?",
        "ko": "어떤 일을 얼마 받는다고 했나요?",
        "id": "Dijanjikan kerja apa, dan gajinya berapa?",
    },
    "ask_missing_ransom": {
        "en": "Has anyone asked you for money to free them (a \"ransom\", a \"debt\", a \"fine\" or \"compensation\")?",
        "ko": "그분을 풀어 주는 대가로 돈(몸값, 빚, 벌금, 위약금 등)을 요구받았나요?",
        "id": "Apakah ada yang minta uang supaya dia dilepas (\"tebusan\", \"utang\", \"denda\" atau \"ganti rugi\")?",
    },
    "ransom_guidance": {
        "en": "Please don't pay anything before you have talked to the police and the embassy: families who paid "
              "have seen their relative held longer or sold to another compound. Keep every message, number and "
              "account of whoever asks, and don't delete the chat. The embassy never asks for money through "
              "Telegram or a private account.",
        "ko": "경찰과 대사관에 먼저 알리기 전에는 돈을 보내지 마세요. 돈을 보낸 뒤에도 풀려나지 못하거나 다른 단지로 "
              "팔려 간 사례가 있어요. 요구한 사람의 메시지, 번호, 계좌를 모두 남겨 두고 대화를 지우지 마세요. "
              "대사관은 텔레그램이나 개인 계좌로 돈을 요구하지 않아요.",
        "id": "Jangan bayar apa pun sebelum bicara dengan polisi dan KBRI: ada keluarga yang sudah membayar tapi "
              "korbannya tetap ditahan atau dijual ke kompleks lain. Simpan semua pesan, nomor, dan rekening orang "
              "yang meminta, jangan hapus chatnya. KBRI tidak pernah minta uang lewat Telegram atau rekening pribadi.",
    },
    "ask_missing_passport": {
        "en": "Their passport number, if you have it (a copy of the passport helps the embassy most).",
        "ko": "여권 번호를 알면 적어 주세요(여권 사본이 있으면 대사관에 가장 도움이 돼요).",
        "id": "Nomor paspornya, kalau ada (fotokopi paspor paling membantu KBRI).",
    },
    "ask_missing_photo": {
        "en": "A recent photo of their face helps the police and the embassy find them. Send one here, or skip.",
        "ko": "최근 얼굴 사진이 있으면 경찰과 대사관이 찾는 데 도움이 돼요. 여기로 보내 주시거나 건너뛰세요.",
        "id": "Foto wajah terbaru membantu polisi dan KBRI mencarinya. Kirim fotonya di sini, atau lewati.",
    },
    "ask_missing_reporter": {
        "en": "Last: your name and a phone number or Telegram account where the embassy can reach you.",
        "ko": "마지막으로, 신고하시는 분의 이름과 대사관이 연락할 수 있는 전화번호나 텔레그램 아이디를 적어 주세요.",
        "id": "Terakhir: nama Anda dan nomor HP atau akun Telegram yang bisa dihubungi KBRI.",
    },
    "form_question_not_answer": {  # "what is a compound?" typed where the report asks for a name
        "en": "That looks like a question, not the answer. I can answer it once the report is done, or type /cancel to stop here.",
        "ko": "질문처럼 보여요. 신고서를 다 작성한 뒤에 답해 드릴게요. 여기서 그만하려면 /cancel 을 입력하세요.",
        "id": "Sepertinya itu pertanyaan, bukan jawabannya. Saya bisa menjawabnya setelah laporan selesai, atau ketik /cancel untuk berhenti di sini.",
    },
    "form_want_age": {
        "en": "Just the age in years, please (for example 24). If you don't know, say \"don't know\".",
        "ko": "나이만 숫자로 적어 주세요(예: 24). 모르면 \"몰라요\"라고 적어 주세요.",
        "id": "Umurnya saja ya, dalam angka (misalnya 24). Kalau tidak tahu, tulis \"tidak tahu\".",
    },
    "form_hello_again": {
        "en": "Hello again 👋 Your report is not finished yet. Here is the question we stopped at (/cancel to stop):",
        "ko": "다시 오셨네요 👋 신고가 아직 끝나지 않았어요. 멈췄던 질문부터 이어서 할게요 (그만하시려면 /cancel):",
        "id": "Halo lagi 👋 Laporan Anda belum selesai. Kita lanjut dari pertanyaan terakhir ya (ketik /cancel untuk berhenti):",
    },
    "form_thanks_in_report": {
        "en": "You're welcome 🙏 The report is not finished yet. Here is the question we are at (/cancel to stop):",
        "ko": "천만에요 🙏 신고가 아직 끝나지 않았어요. 지금 질문부터 이어서 할게요 (그만하시려면 /cancel):",
        "id": "Sama-sama 🙏 Laporannya belum selesai. Kita lanjut dari pertanyaan ini ya (ketik /cancel untuk berhenti):",
    },
    "photo_kept": {
        "en": "Photo received. It is kept only with the report.",
        "ko": "사진을 받았어요. 신고 내용에만 보관돼요.",
        "id": "Foto sudah diterima. Hanya disimpan bersama laporan.",
    },
    "missing_summary": {
        "en": "Your report:\n{lines}",
        "ko": "신고 내용:\n{lines}",
        "id": "Laporan Anda:\n{lines}",
    },
    "field_relation": {"en": "Who", "ko": "관계", "id": "Hubungan"},
    "field_name": {"en": "Name", "ko": "이름", "id": "Nama"},
    "field_age": {"en": "Age", "ko": "나이", "id": "Umur"},
    "field_last_place": {"en": "Last place", "ko": "마지막 위치", "id": "Lokasi terakhir"},
    "field_last_contact": {"en": "Last contact", "ko": "마지막 연락", "id": "Kabar terakhir"},
    "field_recruited": {"en": "Recruited by", "ko": "모집 경로", "id": "Direkrut oleh"},
    "field_job": {"en": "Promised job", "ko": "약속된 일", "id": "Kerja yang dijanjikan"},
    "field_ransom": {"en": "Money demanded", "ko": "돈 요구", "id": "Diminta uang"},
    "field_passport": {"en": "Passport no.", "ko": "여권 번호", "id": "No. paspor"},
    "field_photo": {"en": "Photo", "ko": "사진", "id": "Foto"},
    "field_reporter": {"en": "Your contact", "ko": "신고자 연락처", "id": "Kontak Anda"},
    "field_who": {"en": "Recruiter", "ko": "모집책", "id": "Perekrut"},
    "field_ad": {"en": "Ad", "ko": "광고", "id": "Iklan"},
    "field_identifiers": {"en": "Numbers and accounts", "ko": "번호·계정", "id": "Nomor dan akun"},
    "value_yes": {"en": "yes", "ko": "예", "id": "ya"},
    "value_no": {"en": "no", "ko": "아니요", "id": "tidak"},
    "value_photo_attached": {"en": "attached", "ko": "첨부됨", "id": "terlampir"},
    # -- the recruiter report ---------------------------------------------------------------
    "ask_recruiter_who": {
        "en": "Who is the recruiter? Send every @handle, phone number, link or company name you have, in one message.",
        "ko": "모집책이 누구인가요? 알고 있는 텔레그램 아이디, 전화번호, 링크, 회사 이름을 한 메시지에 모두 적어 주세요.",
        "id": "Siapa perekrutnya? Kirim semua akun @, nomor HP, link, atau nama perusahaan yang Anda tahu, dalam satu pesan.",
    },
    "ask_recruiter_ad": {
        "en": "Paste or forward the ad or their messages here, or skip.",
        "ko": "광고나 모집책이 보낸 메시지를 여기에 붙여 넣거나 전달해 주세요. 없으면 건너뛰세요.",
        "id": "Tempel atau teruskan iklan atau pesan mereka di sini, atau lewati.",
    },
    "form_want_recruiter": {
        "en": "I need at least one way to identify them: an @handle, a phone number, a link or a company name.",
        "ko": "모집책을 알아볼 수 있는 것이 하나는 필요해요: 텔레그램 아이디, 전화번호, 링크나 회사 이름.",
        "id": "Perlu minimal satu petunjuk: akun @, nomor HP, link, atau nama perusahaan.",
    },
    "recruiter_summary": {
        "en": "Found in your report:\n{lines}\n\nIf you send it, anyone who later checks an offer naming these will be warned, and embassy staff see the report.",
        "ko": "신고에서 찾은 내용:\n{lines}\n\n보내 주시면, 앞으로 이 번호나 계정이 들어간 제안을 확인하는 사람에게 경고가 나가고 대사관 직원도 신고를 봐요.",
        "id": "Yang saya temukan di laporan Anda:\n{lines}\n\nKalau dikirim, siapa pun yang nanti mengecek tawaran dengan nomor atau akun ini akan diperingatkan, dan staf kedutaan melihat laporannya.",
    },
    "recruiter_none_found": {
        "en": "(no phone number, @handle or link: only the name you gave)",
        "ko": "(전화번호·아이디·링크 없음: 적어 주신 이름만)",
        "id": "(tidak ada nomor, akun @, atau link: hanya nama yang Anda tulis)",
    },
    "recruiter_received": {
        "en": "Thank you. Report {code} is with embassy staff; {count} number(s) or account(s) now warn anyone who checks an offer naming them.",
        "ko": "감사합니다. 신고 {code} 가 대사관 직원에게 전달됐어요. 이제 번호·계정 {count}개가 들어간 제안을 확인하는 사람에게 경고가 나가요.",
        "id": "Terima kasih. Laporan {code} sudah diterima staf kedutaan; {count} nomor atau akun sekarang memberi peringatan kepada siapa pun yang mengecek tawaran dengan nomor/akun itu.",
    },
    # -- following a case ------------------------------------------------------------------
    "btn_case_add": {"en": "➕ Add information", "ko": "➕ 정보 추가", "id": "➕ Tambah informasi"},
    "btn_case_safe": {"en": "✅ They are safe now", "ko": "✅ 이제 안전해요", "id": "✅ Sudah aman"},
    "case_add_prompt": {
        "en": "Write what you want to add to {code}, or send a photo. /cancel to stop.",
        "ko": "{code} 에 추가할 내용을 적거나 사진을 보내 주세요. 그만두려면 /cancel",
        "id": "Tulis yang ingin ditambahkan ke {code}, atau kirim foto. /cancel untuk batal.",
    },
    "case_added": {
        "en": "Added to {code}. Embassy staff have been told.",
        "ko": "{code} 에 추가했어요. 대사관 직원에게도 알렸어요.",
        "id": "Sudah ditambahkan ke {code}. Staf kedutaan sudah diberi tahu.",
    },
    "case_safe_noted": {
        "en": "Thank you, and we are glad. {code}: staff are told they are safe and will close the case.",
        "ko": "알려 주셔서 감사하고 정말 다행이에요. {code}: 안전하다는 사실을 직원에게 알렸고, 직원이 사건을 종결할 거예요.",
        "id": "Terima kasih, syukurlah. {code}: staf sudah diberi tahu bahwa dia aman dan akan menutup kasusnya.",
    },
    "nothing_to_cancel": {
        "en": "There is nothing to cancel. /help shows what I can do.",
        "ko": "취소할 것이 없어요. /help 를 누르면 할 수 있는 일을 볼 수 있어요.",
        "id": "Tidak ada yang perlu dibatalkan. /help untuk melihat yang bisa saya bantu.",
    },
    "add_cancelled": {
        "en": "OK, nothing was added.",
        "ko": "알겠어요. 아무것도 추가하지 않았어요.",
        "id": "Baik, tidak ada yang ditambahkan.",
    },
    "staff_question_to_reporter": {
        "en": "A question from embassy staff about {code}:\n\n{text}\n\nTap \"Add information\" to answer.",
        "ko": "{code} 에 대한 대사관 직원의 질문:\n\n{text}\n\n답하려면 \"정보 추가\"를 누르세요.",
        "id": "Pertanyaan dari staf kedutaan tentang {code}:\n\n{text}\n\nTekan \"Tambah informasi\" untuk menjawab.",
    },
    # Staff-facing (in the staff chat's language).
    "kind_detained": {"en": "person held (self-report)", "ko": "감금 피해자 본인 신고", "id": "korban ditahan (lapor sendiri)"},
    "kind_missing": {"en": "missing relative (family)", "ko": "가족의 실종 신고", "id": "keluarga hilang kontak"},
    "kind_recruiter": {"en": "recruiter report", "ko": "모집책 신고", "id": "laporan perekrut"},
    "staff_age": {"en": ", age {age}", "ko": ", 나이 {age}", "id": ", umur {age}"},
    "btn_case_ask": {"en": "❓ Ask the reporter", "ko": "❓ 신고자에게 질문", "id": "❓ Tanya pelapor"},
    "staff_ask_prompt": {
        "en": "Write the question for the reporter of {code} (it is sent as written, through the bot). /cancel to stop.",
        "ko": "{code} 신고자에게 보낼 질문을 적어 주세요(적은 그대로 봇을 통해 전달돼요). 그만두려면 /cancel",
        "id": "Tulis pertanyaan untuk pelapor {code} (dikirim apa adanya lewat bot). /cancel untuk batal.",
    },
    "staff_question_sent": {
        "en": "Sent to the reporter of {code}.",
        "ko": "{code} 신고자에게 보냈어요.",
        "id": "Terkirim ke pelapor {code}.",
    },
    "staff_reporter_added": {
        "en": "{code}: the reporter added information.",
        "ko": "{code}: 신고자가 정보를 추가했어요.",
        "id": "{code}: pelapor menambahkan informasi.",
    },
    "staff_reporter_safe": {
        "en": "{code}: the reporter says the person is safe now.",
        "ko": "{code}: 신고자가 당사자가 이제 안전하다고 알려 왔어요.",
        "id": "{code}: pelapor mengabarkan orangnya sudah aman.",
    },
}
