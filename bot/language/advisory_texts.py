"""Texts of advisories, subscriptions, verification and staff tools, in every supported
language. Merged into `texts.TEXTS`."""
from __future__ import annotations

ADVISORY_TEXTS: dict[str, dict[str, str]] = {
    # -- what a subscriber receives ----------------------------------------------------------
    "advisory_header": {"en": "📢 Embassy advisory", "ko": "📢 대사관 안내", "id": "📢 Pengumuman KBRI / kedutaan"},
    "advisory_correction_header": {
        "en": "📢 Correction to advisory {code}",
        "ko": "📢 안내 {code} 정정",
        "id": "📢 Ralat pengumuman {code}",
    },
    "advisory_withdrawal_header": {
        "en": "⚠️ Advisory {code} is withdrawn. Please disregard it.",
        "ko": "⚠️ 안내 {code} 는 철회되었어요. 내용을 따르지 마세요.",
        "id": "⚠️ Pengumuman {code} dicabut. Mohon abaikan.",
    },
    "advisory_verify_line": {
        "en": "🔐 Real? Check it: /verify {code}",
        "ko": "🔐 진짜인지 확인: /verify {code}",
        "id": "🔐 Asli? Cek: /verify {code}",
    },
    # -- /verify ---------------------------------------------------------------------------
    "verify_genuine": {
        "en": "✅ Genuine: {code} was sent by embassy staff through this bot on {date}. The original:\n\n{text}",
        "ko": "✅ 진짜예요: {code} 는 {date}에 대사관 직원이 이 봇으로 보낸 메시지예요. 원문:\n\n{text}",
        "id": "✅ Asli: {code} dikirim staf kedutaan lewat bot ini pada {date}. Aslinya:\n\n{text}",
    },
    "verify_unknown_code": {
        "en": "❌ {code} is not a code of any advisory or message from the embassy. Treat the message as fake.",
        "ko": "❌ {code} 는 대사관 안내나 메시지의 코드가 아니에요. 가짜로 보세요.",
        "id": "❌ {code} bukan kode pengumuman atau pesan dari kedutaan. Anggap pesan itu palsu.",
    },
    "verify_no_match": {
        "en": "❌ I can't find this among the embassy's advisories. A real one carries a code (ADV-…) that /verify confirms. Treat it as fake until the embassy confirms it on its official number.",
        "ko": "❌ 대사관 안내 중에 이 내용이 없어요. 진짜 안내에는 /verify 로 확인되는 코드(ADV-…)가 있어요. 대사관 공식 번호로 확인되기 전까지는 가짜로 보세요.",
        "id": "❌ Ini tidak ada di antara pengumuman kedutaan. Pengumuman asli punya kode (ADV-…) yang bisa dicek dengan /verify. Anggap palsu sampai kedutaan memastikannya lewat nomor resminya.",
    },
    "verify_how": {
        "en": "Send /verify with the code from the message (ADV-… or MSG-…), or forward the message to me.",
        "ko": "메시지에 있는 코드(ADV-… 또는 MSG-…)와 함께 /verify 를 보내거나, 메시지를 저에게 전달해 주세요.",
        "id": "Kirim /verify dengan kode dari pesan itu (ADV-… atau MSG-…), atau teruskan pesannya ke saya.",
    },
    "verify_from_this_bot": {
        "en": "✅ This message was sent by this bot.",
        "ko": "✅ 이 봇이 보낸 메시지예요.",
        "id": "✅ Pesan ini dikirim oleh bot ini.",
    },
    "verify_from_official_channel": {
        "en": "✅ This was forwarded from an official channel of the embassy.",
        "ko": "✅ 대사관 공식 채널에서 전달된 메시지예요.",
        "id": "✅ Ini diteruskan dari kanal resmi kedutaan.",
    },
    "verify_money_warning": {
        "en": "The embassy never asks for money through Telegram or a private account, nor for passwords or login codes. Official fees are paid only at the mission, with a receipt.",
        "ko": "대사관은 텔레그램이나 개인 계좌로 돈을 요구하지 않고, 비밀번호나 인증번호도 묻지 않아요. 공식 수수료는 공관에서만 내고 영수증을 받아요.",
        "id": "Kedutaan tidak pernah minta uang lewat Telegram atau rekening pribadi, juga tidak minta kata sandi atau kode login. Biaya resmi hanya dibayar di kantor perwakilan, dengan kuitansi.",
    },
    "staff_message_footer": {
        "en": "🔐 /verify {code}",
        "ko": "🔐 /verify {code}",
        "id": "🔐 /verify {code}",
    },
    # -- subscriptions ------------------------------------------------------------------------
    "subscribe_hosts": {
        "en": "You'll get the embassy's advisories. For which countries? Tap to choose (✅ = on), then Done.",
        "ko": "대사관 안내를 받게 돼요. 어느 나라 소식을 받을까요? 눌러서 고르고(✅ = 선택) '완료'를 누르세요.",
        "id": "Anda akan menerima pengumuman kedutaan. Untuk negara mana? Ketuk untuk memilih (✅ = aktif), lalu Selesai.",
    },
    "btn_done": {"en": "Done", "ko": "완료", "id": "Selesai"},
    "subscribe_saved": {
        "en": "Saved: advisories for {countries}. /unsubscribe stops them.",
        "ko": "저장했어요: {countries} 안내를 받아요. 그만 받으려면 /unsubscribe",
        "id": "Tersimpan: pengumuman untuk {countries}. /unsubscribe untuk berhenti.",
    },
    "subscribe_all_countries": {"en": "all countries", "ko": "모든 나라", "id": "semua negara"},
    "advisories_none": {
        "en": "No advisories for you yet. /subscribe to get them as they come.",
        "ko": "아직 받을 안내가 없어요. /subscribe 로 구독하면 바로 받아요.",
        "id": "Belum ada pengumuman untuk Anda. /subscribe supaya langsung menerimanya.",
    },
    "advisories_recent": {
        "en": "Recent advisories for you:",
        "ko": "최근 안내:",
        "id": "Pengumuman terbaru untuk Anda:",
    },
    # -- staff: advisories --------------------------------------------------------------------
    "adv_write": {
        "en": "Write the advisory. One language per paragraph, each starting with its code, e.g.\nen: Bavet and Poipet are under a travel ban.\nko: …\nid: …\nA text without a code is English. /cancel to stop.",
        "ko": "안내문을 적어 주세요. 언어마다 문단을 나누고 언어 코드로 시작하세요. 예:\nen: …\nko: 바벳과 포이펫은 여행금지 지역입니다.\nid: …\n코드가 없으면 영어로 봐요. 그만두려면 /cancel",
        "id": "Tulis pengumumannya. Satu bahasa per paragraf, diawali kodenya, mis.\nen: …\nko: …\nid: Bavet dan Poipet dilarang dikunjungi.\nTeks tanpa kode dianggap bahasa Inggris. /cancel untuk batal.",
    },
    "adv_pick_host": {
        "en": "Who should receive it? First the host country:",
        "ko": "누구에게 보낼까요? 먼저 체류 국가:",
        "id": "Siapa penerimanya? Pertama negara tujuan:",
    },
    "adv_pick_nationality": {
        "en": "Then the nationality of the readers:",
        "ko": "다음은 받는 사람의 국적:",
        "id": "Lalu kewarganegaraan penerima:",
    },
    "btn_adv_any": {"en": "Everyone", "ko": "전체", "id": "Semua"},
    "adv_preview": {
        "en": "Preview ({languages}). Audience: {audience} — {count} subscriber(s).\n\n{text}",
        "ko": "미리보기({languages}). 대상: {audience} — 구독자 {count}명.\n\n{text}",
        "id": "Pratinjau ({languages}). Penerima: {audience} — {count} pelanggan.\n\n{text}",
    },
    "btn_adv_send": {"en": "Send now", "ko": "지금 보내기", "id": "Kirim sekarang"},
    "btn_adv_ask_approval": {"en": "Ask a colleague to approve", "ko": "동료에게 승인 요청", "id": "Minta persetujuan rekan"},
    "btn_adv_cancel": {"en": "Cancel", "ko": "취소", "id": "Batal"},
    "btn_adv_approve": {"en": "Approve and send", "ko": "승인하고 보내기", "id": "Setujui dan kirim"},
    "adv_needs_approval": {
        "en": "Over {limit} readers: a second staff member must approve. Asked in the staff chat.",
        "ko": "받는 사람이 {limit}명을 넘어 다른 직원의 승인이 필요해요. 직원 대화방에 요청했어요.",
        "id": "Lebih dari {limit} penerima: perlu persetujuan staf lain. Sudah diminta di chat staf.",
    },
    "adv_approval_request": {
        "en": "Advisory {code} by {author} to {count} subscriber(s) ({audience}) needs a second staff member's approval:\n\n{text}",
        "ko": "{author} 님의 안내 {code} (대상 {audience}, {count}명)에 다른 직원의 승인이 필요해요:\n\n{text}",
        "id": "Pengumuman {code} dari {author} untuk {count} pelanggan ({audience}) perlu persetujuan staf lain:\n\n{text}",
    },
    "adv_own_approval": {
        "en": "A second staff member must approve it, not its author.",
        "ko": "작성자가 아닌 다른 직원이 승인해야 해요.",
        "id": "Harus disetujui staf lain, bukan penulisnya.",
    },
    "adv_sending": {
        "en": "Advisory {code}: sending to {count} subscriber(s).",
        "ko": "안내 {code}: 구독자 {count}명에게 보내는 중.",
        "id": "Pengumuman {code}: dikirim ke {count} pelanggan.",
    },
    "adv_progress": {
        "en": "Advisory {code}: {done}/{count} done — sent {sent}, blocked {blocked}, failed {failed}, unknown {unknown}.",
        "ko": "안내 {code}: {done}/{count} 처리 — 전송 {sent}, 차단 {blocked}, 실패 {failed}, 불명 {unknown}.",
        "id": "Pengumuman {code}: {done}/{count} selesai — terkirim {sent}, diblokir {blocked}, gagal {failed}, tidak pasti {unknown}.",
    },
    "adv_finished": {
        "en": "Advisory {code} finished: sent {sent}, blocked {blocked}, failed {failed}, unknown {unknown} (not resent: Telegram may have delivered them).",
        "ko": "안내 {code} 완료: 전송 {sent}, 차단 {blocked}, 실패 {failed}, 불명 {unknown} (불명은 이미 전달됐을 수 있어 다시 보내지 않아요).",
        "id": "Pengumuman {code} selesai: terkirim {sent}, diblokir {blocked}, gagal {failed}, tidak pasti {unknown} (tidak dikirim ulang: mungkin sudah sampai).",
    },
    "adv_cancelled": {"en": "Advisory cancelled; nothing was sent.", "ko": "안내를 취소했어요. 아무것도 보내지 않았어요.",
                      "id": "Pengumuman dibatalkan; tidak ada yang terkirim."},
    "adv_not_yours": {
        "en": "Officers send to their own mission's subscribers only.",
        "ko": "담당 공관의 구독자에게만 보낼 수 있어요.",
        "id": "Petugas hanya bisa mengirim ke pelanggan misinya sendiri.",
    },
    # -- staff: management and figures ---------------------------------------------------------
    "staff_usage": {
        "en": "/staff — list staff\n/staff add ID admin\n/staff add ID officer CITIZEN HOST (e.g. KR KH)\n/staff remove ID",
        "ko": "/staff — 직원 목록\n/staff add ID admin\n/staff add ID officer 국적 체류국 (예: KR KH)\n/staff remove ID",
        "id": "/staff — daftar staf\n/staff add ID admin\n/staff add ID officer WARGA NEGARA-TUJUAN (mis. ID KH)\n/staff remove ID",
    },
    "staff_changed": {"en": "Done: {what}", "ko": "완료: {what}", "id": "Selesai: {what}"},
    "btn_case_assign": {"en": "🙋 Assign to me", "ko": "🙋 내가 맡기", "id": "🙋 Saya yang tangani"},
    "btn_case_note": {"en": "📝 Note", "ko": "📝 메모", "id": "📝 Catatan"},
    "staff_assigned": {"en": "{code} is assigned to you.", "ko": "{code} 를 맡았어요.", "id": "{code} sekarang Anda tangani."},
    "staff_note_prompt": {
        "en": "Write the note for {code} (staff only; the reporter never sees it). /cancel to stop.",
        "ko": "{code} 메모를 적어 주세요(직원만 볼 수 있고 신고자는 못 봐요). 그만두려면 /cancel",
        "id": "Tulis catatan untuk {code} (hanya staf; pelapor tidak melihatnya). /cancel untuk batal.",
    },
    "staff_noted": {"en": "Note added to {code}.", "ko": "{code} 에 메모를 남겼어요.", "id": "Catatan ditambahkan ke {code}."},
    "staff_same_place": {
        "en": "📍 {count} cases name the same place: {place}",
        "ko": "📍 같은 장소를 말한 사건 {count}건: {place}",
        "id": "📍 {count} kasus menyebut tempat yang sama: {place}",
    },
    "stats_title": {"en": "Figures", "ko": "통계", "id": "Angka"},
}
