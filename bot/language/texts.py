"""Texts the bot writes outside Rasa's responses, in every supported language.

Dialogue answers live in `responses/`; these are the frontend's own words (language
menu, non-text messages, errors) and the labels of the contact cards that code builds
from the contacts data. `tests/test_texts.py` checks every key exists in every language.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from bot import fast_yaml
from bot.language.advisory_texts import ADVISORY_TEXTS
from bot.language.report_texts import REPORT_TEXTS

TEXTS: dict[str, dict[str, str]] = {
    "choose_language": {
        "en": "Choose your language:",
        "ko": "사용할 언어를 골라 주세요:",
        "id": "Pilih bahasa Anda:",
    },
    "language_changed": {
        "en": "OK, I'll write in English from now on.",
        "ko": "네, 이제부터 한국어로 안내할게요.",
        "id": "Baik, mulai sekarang saya pakai Bahasa Indonesia.",
    },
    "empty_message": {
        "en": "I got an empty message. Write me in a few words what you need, or tap /help.",
        "ko": "빈 메시지가 왔어요. 어떤 도움이 필요한지 짧게 적어 주시거나 /help 를 눌러 주세요.",
        "id": "Pesan Anda kosong. Tulis singkat apa yang Anda perlukan, atau ketuk /help.",
    },
    "emoji_only": {
        "en": "I can only read words, not emoji. Tell me in a sentence what you need, or tap /help. In danger? Tap /emergency.",
        "ko": "이모티콘만으로는 이해하기 어려워요. 필요한 걸 한 문장으로 적어 주시거나 /help 를 눌러 주세요. 위험한 상황이면 /emergency 를 누르세요.",
        "id": "Saya belum bisa membaca emoji. Tulis dalam satu kalimat apa yang Anda perlukan, atau ketuk /help. Dalam bahaya? Ketuk /emergency.",
    },
    "non_text": {
        "en": "I can't read stickers, voice messages, photos or files yet, only text. Please type what you need. In danger? Tap /emergency for the numbers.",
        "ko": "아직 스티커, 음성 메시지, 사진, 파일은 읽지 못하고 글자만 읽을 수 있어요. 필요한 내용을 글로 적어 주세요. 위험한 상황이면 /emergency 를 누르면 연락처가 나와요.",
        "id": "Saya belum bisa membaca stiker, pesan suara, foto, atau file, hanya teks. Silakan ketik apa yang Anda perlukan. Dalam bahaya? Ketuk /emergency untuk nomor darurat.",
    },
    "truncated": {
        "en": "Your message was very long; I read the first {limit} characters.",
        "ko": "메시지가 아주 길어서 앞부분 {limit}자까지만 읽었어요.",
        "id": "Pesan Anda sangat panjang; saya baca {limit} karakter pertama.",
    },
    "unknown_command": {
        "en": "I don't know that command. Tap /help to see what I can do.",
        "ko": "모르는 명령어예요. /help 를 누르면 제가 할 수 있는 일이 나와요.",
        "id": "Perintah itu tidak saya kenal. Ketuk /help untuk melihat apa yang bisa saya bantu.",
    },
    "flood": {
        "en": "You are sending messages faster than I can read them, so I will skip some for a few seconds. If you are in danger, write \"help\" or tap /emergency: that always gets through.",
        "ko": "메시지가 너무 빨리 와서 몇 초 동안은 일부를 읽지 못해요. 위험한 상황이면 \"살려주세요\"라고 쓰거나 /emergency 를 누르세요. 그건 언제나 바로 전달돼요.",
        "id": "Pesan Anda masuk lebih cepat dari yang bisa saya baca, jadi beberapa detik ini sebagian saya lewati. Kalau Anda dalam bahaya, tulis \"tolong\" atau ketuk /emergency: itu selalu sampai.",
    },
    "case_code_invalid": {
        "en": "That does not look like a case code. A case code looks like CASE-2026-00042: send /status followed by it, or just /status.",
        "ko": "사건 번호 형식이 아니에요. 사건 번호는 CASE-2026-00042 같은 모양이에요. /status 뒤에 붙여 보내거나 /status 만 보내 주세요.",
        "id": "Itu bukan kode kasus. Kode kasus bentuknya seperti CASE-2026-00042: kirim /status diikuti kode itu, atau /status saja.",
    },
    "staff_only": {
        "en": "This command is for embassy staff only.",
        "ko": "이 명령어는 대사관 직원만 쓸 수 있어요.",
        "id": "Perintah ini khusus untuk staf kedutaan.",
    },
    "expired_button": {
        "en": "That button no longer works. Here is the menu again.",
        "ko": "이 버튼은 더 이상 쓸 수 없어요. 메뉴를 다시 보여 드릴게요.",
        "id": "Tombol itu sudah tidak berlaku. Ini menunya lagi.",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again in a moment. In danger? Tap /emergency: the numbers always work.",
        "ko": "죄송해요, 제 쪽에서 문제가 생겼어요. 잠시 후 다시 시도해 주세요. 위험한 상황이면 /emergency 를 누르세요. 연락처는 언제나 나와요.",
        "id": "Maaf, ada masalah di sistem saya. Coba lagi sebentar lagi. Dalam bahaya? Ketuk /emergency: nomor darurat selalu bisa dibuka.",
    },
    "no_answer": {
        "en": "I'm not sure how to help with that. Could you say it in another way? Tap /help for the menu, or /emergency if you are in danger.",
        "ko": "그 말은 어떻게 도와드려야 할지 잘 모르겠어요. 다르게 한 번 더 말해 주실래요? 메뉴는 /help, 위험한 상황이면 /emergency 예요.",
        "id": "Saya kurang paham maksudnya. Bisa dijelaskan dengan kata lain? Ketuk /help untuk menu, atau /emergency kalau Anda dalam bahaya.",
    },
    "delete_confirm": {
        "en": "Delete everything I keep about you (language, subscription) and this conversation's memory? This can't be undone.",
        "ko": "저장된 내 정보(언어 설정, 알림 구독)와 대화 기록을 모두 지울까요? 지우면 되돌릴 수 없어요.",
        "id": "Hapus semua data Anda yang saya simpan (bahasa, langganan) dan riwayat percakapan ini? Tindakan ini tidak bisa dibatalkan.",
    },
    "delete_yes": {"en": "Yes, delete", "ko": "네, 지워 주세요", "id": "Ya, hapus"},
    "delete_no": {"en": "No, keep it", "ko": "아니요", "id": "Tidak, simpan"},
    "delete_cases_note": {
        "en": "Your reports ({codes}) stay with embassy staff so they can keep working on them; only your profile and our conversation go. Staff can no longer update you here.",
        "ko": "신고하신 사건({codes})은 대사관 직원이 계속 처리할 수 있도록 남아 있어요. 지워지는 건 내 정보와 대화 기록이에요. 이후에는 직원의 진행 상황 알림을 여기서 받을 수 없어요.",
        "id": "Laporan Anda ({codes}) tetap ada pada staf kedutaan supaya mereka bisa terus menanganinya; yang dihapus hanya profil dan percakapan kita. Staf tidak bisa lagi mengabari Anda di sini.",
    },
    "delete_done": {
        "en": "Done: I deleted what I kept about you. You can delete the messages in this chat too (long-press → Delete).",
        "ko": "지웠어요. 이 대화방의 메시지도 직접 지울 수 있어요(메시지를 길게 누르고 → 삭제).",
        "id": "Selesai: data Anda sudah saya hapus. Pesan di chat ini juga bisa Anda hapus sendiri (tekan lama → Hapus).",
    },
    "delete_cancelled": {
        "en": "OK, nothing was deleted.",
        "ko": "알겠어요. 아무것도 지우지 않았어요.",
        "id": "Baik, tidak ada yang dihapus.",
    },
    "group_chat": {
        "en": "For your safety I only talk in private chats. Open a private chat with me to get help.",
        "ko": "안전을 위해 1:1 대화에서만 도와드려요. 저와 1:1 대화를 열어 주세요.",
        "id": "Demi keamanan Anda, saya hanya melayani lewat chat pribadi. Silakan buka chat pribadi dengan saya.",
    },
    # -- emergency card (bot/emergency.py): no machine learning on this path ------------
    "detained_intro": {
        "en": "You are not alone. Numbers first:",
        "ko": "혼자가 아니에요. 연락처부터 드릴게요.",
        "id": "Anda tidak sendirian. Ini nomor daruratnya dulu:",
    },
    "cambodia_self_report": {
        "en": "In Cambodia, report to the police yourself: call 117 or message the 117 police hotline on Telegram. Send:\n• a short description in English\n• your contact number\n• your GPS location or a photo of the building (name, floor, unit number)\n• a passport copy, if you have one\n• a current photo of your face\n• a short video saying you want to be rescued\nPolice accept only reports from the person themself, and only complete ones (Korea's foreign ministry, 28 Oct 2025).\n117 is free, works even with no phone credit, and answers in English, Vietnamese and Chinese (VietnamPlus, 31 Aug 2022).",
        "ko": "캄보디아에서는 본인이 직접 경찰에 신고해야 해요. 117에 전화하거나 117 경찰 신고 텔레그램으로 보내세요. 보낼 것:\n• 영어로 쓴 짧은 상황 설명\n• 연락 가능한 번호\n• GPS 위치나 건물 사진(건물 이름, 층, 호수)\n• 여권 사본(있다면)\n• 지금 얼굴 사진\n• 구조를 요청하는 짧은 영상\n경찰은 본인이 보낸, 빠진 것 없는 신고만 받아요(외교부, 2025년 10월 28일).\n117은 무료이고 통화 잔액이 없어도 걸리며, 영어·베트남어·중국어로 받아요(VietnamPlus, 2022년 8월 31일).",
        "id": "Di Kamboja, lapor sendiri ke polisi: telepon 117 atau kirim pesan ke hotline polisi 117 lewat Telegram. Kirim:\n• penjelasan singkat dalam bahasa Inggris\n• nomor yang bisa dihubungi\n• lokasi GPS atau foto gedung (nama, lantai, nomor unit)\n• fotokopi paspor, kalau ada\n• foto wajah terbaru\n• video singkat yang menyatakan Anda minta diselamatkan\nPolisi hanya menerima laporan lengkap dari korban sendiri (panduan Kementerian Luar Negeri Korea Selatan, 28 Okt 2025; belum ada panduan Kemlu RI yang kami temukan untuk langkah ini).\n117 gratis, bisa ditelepon walau pulsa habis, dan melayani bahasa Inggris, Vietnam, dan Mandarin (VietnamPlus, 31 Agu 2022).",
    },
    "detained_next": {
        "en": "If you can, send your location pin to the police and your embassy. Tell no one in the building. If your phone may be checked, delete this chat afterwards.\nIn another country? Tap it:",
        "ko": "가능하면 경찰과 대사관에 위치를 보내세요. 건물 안 누구에게도 알리지 마세요. 휴대폰을 검사당할 수 있다면 연락한 뒤 이 대화를 지우세요.\n다른 나라에 있나요? 눌러 주세요:",
        "id": "Kalau bisa, kirim pin lokasi Anda ke polisi dan KBRI. Jangan beri tahu siapa pun di gedung itu. Kalau HP Anda bisa diperiksa, hapus chat ini setelahnya.\nDi negara lain? Ketuk:",
    },
    "nationality_confirm": {
        "en": "I showed the contacts for {country} citizens. Is that your nationality?",
        "ko": "{country} 국민용 연락처를 보여 드렸어요. 국적이 맞나요?",
        "id": "Yang saya tampilkan kontak untuk warga negara {country}. Benar itu kewarganegaraan Anda?",
    },
    "nationality_ask": {
        "en": "Which country's passport do you hold? Tap it and I'll show your own embassy.",
        "ko": "어느 나라 여권을 갖고 계세요? 누르시면 그 나라 대사관 연락처를 보여 드릴게요.",
        "id": "Paspor negara mana yang Anda pegang? Ketuk, nanti saya tunjukkan kedutaan negara Anda.",
    },
    "nationality_yes": {
        "en": "Yes, {country}",
        "ko": "네, {country} 맞아요",
        "id": "Ya, {country}",
    },
    "nationality_saved": {
        "en": "Saved: {country} citizen. You can change it any time with /contacts.",
        "ko": "{country} 국적으로 저장했어요. /contacts 에서 언제든 바꿀 수 있어요.",
        "id": "Tersimpan: warga negara {country}. Bisa diganti kapan saja lewat /contacts.",
    },
    "nationality_other": {
        "en": "Other nationality",
        "ko": "다른 국적",
        "id": "Negara lain",
    },
    "limited_mode": {
        "en": "I'm running in limited mode right now and can't read free text, but the emergency numbers and embassy contacts work. Tap /emergency or /contacts. If you are in danger, write \"help\".",
        "ko": "지금은 제한 모드로 동작하고 있어서 자유롭게 쓴 글을 읽지 못해요. 그래도 긴급 연락처와 대사관 연락처는 바로 볼 수 있어요. /emergency 나 /contacts 를 누르세요. 위험한 상황이면 \"살려주세요\"라고 써 주세요.",
        "id": "Saat ini saya berjalan dalam mode terbatas dan belum bisa membaca pesan bebas, tapi nomor darurat dan kontak KBRI tetap bisa dibuka. Ketuk /emergency atau /contacts. Kalau Anda dalam bahaya, tulis \"tolong\".",
    },
    "location_in": {
        "en": "Your pin is in {place}. I keep only the country, not the pin. The numbers there:",
        "ko": "보내 주신 위치는 {place}예요. 위치는 저장하지 않고 나라만 기억해요. 그곳 연락처예요:",
        "id": "Pin Anda ada di {place}. Saya hanya mengingat negaranya, bukan pin-nya. Nomor di sana:",
    },
    "location_which": {
        "en": "Your pin is near a border and I can't tell which side. Which country are you in? Tap it for the numbers there:",
        "ko": "보내 주신 위치가 국경 근처라 어느 쪽인지 알 수 없어요. 지금 어느 나라에 있나요? 누르면 그 나라 연락처가 나와요:",
        "id": "Pin Anda dekat perbatasan, saya tidak bisa memastikan di sisi mana. Anda di negara mana? Ketuk untuk nomor di sana:",
    },
    "unknown_value": {"en": "not known", "ko": "모름", "id": "tidak diketahui"},
    "form_want_place": {
        "en": "I need a place here: a city, a province or a country (for example Sihanoukville or Cambodia). If you don't know, say \"don't know\".",
        "ko": "여기에는 장소가 필요해요. 도시나 지역, 나라 이름을 알려 주세요(예: 시아누크빌, 캄보디아). 모르면 \"몰라요\"라고 해 주세요.",
        "id": "Di sini saya perlu nama tempat: kota, provinsi, atau negara (misalnya Sihanoukville atau Kamboja). Kalau tidak tahu, bilang \"tidak tahu\".",
    },
    "form_want_relation": {
        "en": "Who is the person to you? For example: my brother, my daughter, my husband, a friend.",
        "ko": "그분이 어떤 관계인지 알려 주세요. 예: 동생, 딸, 남편, 친구.",
        "id": "Orang itu siapa bagi Anda? Misalnya: adik, anak, suami, teman.",
    },
    "form_want_date": {
        "en": "When did you last hear from them? A date or \"two weeks ago\" is enough. If you don't know, say \"don't know\".",
        "ko": "마지막으로 연락된 게 언제예요? 날짜나 \"2주 전\"처럼 알려 주세요. 모르면 \"몰라요\"라고 해 주세요.",
        "id": "Kapan terakhir ada kabar? Tanggal atau \"2 minggu lalu\" sudah cukup. Kalau tidak tahu, bilang \"tidak tahu\".",
    },
    "form_cancel_confirm": {
        "en": "Stop the questions about your relative? What you told me so far will be dropped.",
        "ko": "가족에 관한 질문을 그만할까요? 지금까지 알려 주신 내용은 지워져요.",
        "id": "Hentikan pertanyaan soal keluarga Anda? Yang sudah Anda ceritakan akan dihapus.",
    },
    "btn_form_stop": {"en": "Yes, stop", "ko": "네, 그만할게요", "id": "Ya, hentikan"},
    "btn_form_keep": {"en": "No, go on", "ko": "아니요, 계속할게요", "id": "Tidak, lanjut"},
    "form_cancelled": {
        "en": "OK, I stopped the questions. Nothing was kept. Tap /help for the menu, or /emergency if someone is in danger.",
        "ko": "알겠어요, 질문을 그만할게요. 아무것도 남기지 않았어요. 메뉴는 /help, 위험한 상황이면 /emergency 예요.",
        "id": "Baik, pertanyaannya saya hentikan. Tidak ada yang disimpan. Ketuk /help untuk menu, atau /emergency kalau ada yang dalam bahaya.",
    },
    "form_stopped_for_command": {
        "en": "(I stopped the report's questions; nothing was sent.)",
        "ko": "(신고 질문은 멈췄어요. 아무것도 보내지 않았어요.)",
        "id": "(Pertanyaan laporan saya hentikan; tidak ada yang terkirim.)",
    },
    "staff_new_case": {
        "en": "New case {code}: {kind}, in {host}, nationality {nationality}{age}. Details go to your private chat when you tap Show.",
        "ko": "새 사건 {code}: {kind}, 위치 {host}, 국적 {nationality}{age}. '보기'를 누르면 상세 내용은 개인 대화로 보내요.",
        "id": "Kasus baru {code}: {kind}, di {host}, kewarganegaraan {nationality}{age}. Detail dikirim ke chat pribadi Anda saat Anda mengetuk Lihat.",
    },
    "btn_case_ack": {"en": "Acknowledge", "ko": "접수 확인", "id": "Terima"},
    "btn_case_progress": {"en": "In progress", "ko": "처리 중", "id": "Sedang ditangani"},
    "btn_case_resolved": {"en": "Resolved", "ko": "해결", "id": "Selesai"},
    "btn_case_closed": {"en": "Close", "ko": "종결", "id": "Tutup"},
    "btn_case_show": {"en": "Show details", "ko": "상세 보기", "id": "Lihat detail"},
    "status_new": {"en": "received", "ko": "접수됨", "id": "diterima"},
    "status_acknowledged": {"en": "seen by embassy staff", "ko": "대사관 직원이 확인함", "id": "sudah dilihat staf kedutaan"},
    "status_in_progress": {"en": "being worked on", "ko": "처리 중", "id": "sedang ditangani"},
    "status_resolved": {"en": "resolved", "ko": "해결됨", "id": "selesai"},
    "status_closed": {"en": "closed", "ko": "종결됨", "id": "ditutup"},
    "case_status_changed": {
        "en": "Update on {code}: {status}.",
        "ko": "{code} 진행 상황: {status}.",
        "id": "Kabar {code}: {status}.",
    },
    "case_summary_ask": {
        "en": "Send this as a report to embassy staff? They will see what you told me above and can follow up. Only you and staff can see it.",
        "ko": "위 내용을 대사관 직원에게 신고로 보낼까요? 직원이 내용을 보고 후속 조치를 할 수 있어요. 본인과 직원만 볼 수 있어요.",
        "id": "Kirim ini sebagai laporan ke staf kedutaan? Mereka akan melihat yang Anda ceritakan di atas dan bisa menindaklanjuti. Hanya Anda dan staf yang bisa melihatnya.",
    },
    "btn_case_send": {"en": "Send the report", "ko": "신고 보내기", "id": "Kirim laporan"},
    "btn_case_drop": {"en": "Don't send", "ko": "보내지 않기", "id": "Jangan kirim"},
    "case_received": {
        "en": "Your report is saved and sent to embassy staff. Your case code is {code}. Ask /status any time; I'll tell you here when staff update it.",
        "ko": "신고가 저장되어 대사관 직원에게 전달됐어요. 사건 번호는 {code}예요. 언제든 /status 로 확인할 수 있고, 직원이 상황을 바꾸면 여기로 알려 드릴게요.",
        "id": "Laporan Anda sudah disimpan dan dikirim ke staf kedutaan. Kode kasus Anda {code}. Tanya /status kapan saja; saya kabari di sini kalau staf memperbaruinya.",
    },
    "case_not_sent": {
        "en": "OK, I did not send it. Nothing of it was kept.",
        "ko": "알겠어요, 보내지 않았어요. 내용은 남기지 않았어요.",
        "id": "Baik, tidak saya kirim. Isinya tidak disimpan.",
    },
    "cases_none": {
        "en": "You have no reports with me yet. Tell me what happened and I'll help you file one.",
        "ko": "아직 저에게 접수된 신고가 없어요. 무슨 일인지 알려 주시면 신고를 도와드릴게요.",
        "id": "Anda belum punya laporan di sini. Ceritakan yang terjadi, nanti saya bantu membuat laporan.",
    },
    "cases_yours": {
        "en": "Your reports:",
        "ko": "내 신고:",
        "id": "Laporan Anda:",
    },
    "case_line": {
        "en": "{code}: {status} (last change {updated})",
        "ko": "{code}: {status} (마지막 변경 {updated})",
        "id": "{code}: {status} (terakhir berubah {updated})",
    },
    "staff_case_changed": {
        "en": "{code} is now {status}.",
        "ko": "{code} 상태가 {status}(으)로 바뀌었어요.",
        "id": "{code} sekarang {status}.",
    },
    "staff_no_case": {
        "en": "No case with that code.",
        "ko": "그 번호의 사건이 없어요.",
        "id": "Tidak ada kasus dengan kode itu.",
    },
    "staff_open_cases": {
        "en": "Open cases, oldest first ({count}):",
        "ko": "진행 중인 사건, 오래된 순 ({count}건):",
        "id": "Kasus terbuka, yang terlama dulu ({count}):",
    },
    "staff_no_open_cases": {
        "en": "No open cases.",
        "ko": "진행 중인 사건이 없어요.",
        "id": "Tidak ada kasus terbuka.",
    },
    "discreet_menu": {
        "en": "Discreet mode: I delete this chat's messages (mine and yours) some minutes after they are sent, in case someone checks your phone. After how long?",
        "ko": "조용히 모드: 누가 휴대폰을 검사할 경우를 대비해, 이 대화의 메시지(제 것과 당신 것)를 보낸 뒤 몇 분 지나면 지워요. 몇 분 뒤에 지울까요?",
        "id": "Mode rahasia: pesan di chat ini (dari saya dan dari Anda) saya hapus beberapa menit setelah dikirim, kalau-kalau HP Anda diperiksa. Setelah berapa lama?",
    },
    "discreet_on": {
        "en": "Discreet mode is on: messages here are deleted {minutes} minutes after they are sent (this one too). Your reports stay with embassy staff.",
        "ko": "조용히 모드가 켜졌어요. 여기 메시지는 보낸 지 {minutes}분 뒤에 지워져요(이 메시지도요). 신고 내용은 대사관 직원에게 남아 있어요.",
        "id": "Mode rahasia aktif: pesan di sini dihapus {minutes} menit setelah dikirim (pesan ini juga). Laporan Anda tetap ada pada staf kedutaan.",
    },
    "discreet_off": {
        "en": "Discreet mode is off: I no longer delete messages here.",
        "ko": "조용히 모드를 껐어요. 이제 메시지를 지우지 않아요.",
        "id": "Mode rahasia mati: pesan di sini tidak saya hapus lagi.",
    },
    "btn_minutes": {"en": "{minutes} min", "ko": "{minutes}분", "id": "{minutes} menit"},
    "btn_discreet_off": {"en": "Turn off", "ko": "끄기", "id": "Matikan"},
    "wipe_confirm": {
        "en": "Delete the messages of this chat that Telegram still lets me delete, and what I remember of our conversation? Reports you sent stay with embassy staff.",
        "ko": "텔레그램이 아직 지울 수 있게 해 주는 이 대화의 메시지와 제가 기억하는 대화 내용을 지울까요? 보낸 신고는 대사관 직원에게 남아요.",
        "id": "Hapus pesan di chat ini yang masih bisa saya hapus, dan yang saya ingat dari percakapan kita? Laporan yang sudah dikirim tetap ada pada staf kedutaan.",
    },
    "btn_wipe_yes": {"en": "Yes, wipe", "ko": "네, 지워 주세요", "id": "Ya, hapus"},
    "btn_wipe_no": {"en": "No", "ko": "아니요", "id": "Tidak"},
    "wipe_done": {
        "en": "Wiping now. Messages older than 48 hours can't be deleted by me: delete those yourself (long-press → Delete).",
        "ko": "지금 지우고 있어요. 48시간이 지난 메시지는 제가 지울 수 없으니 직접 지워 주세요(길게 누르고 → 삭제).",
        "id": "Sedang dihapus. Pesan yang lebih dari 48 jam tidak bisa saya hapus: hapus sendiri (tekan lama → Hapus).",
    },
    "btn_yes": {"en": "Yes", "ko": "네", "id": "Ya"},
    "btn_no": {"en": "No", "ko": "아니요", "id": "Tidak"},
    "btn_detained_report": {"en": "📝 Report for police & embassy", "ko": "📝 경찰·대사관 신고서 만들기", "id": "📝 Laporan untuk polisi & KBRI"},
    "ask_detained_safe": {
        "en": "I can prepare a report for the police and your embassy with a few short questions. Is it safe to write now?",
        "ko": "몇 가지 짧은 질문으로 경찰과 대사관에 보낼 신고서를 만들어 드릴 수 있어요. 지금 글을 써도 안전한가요?",
        "id": "Saya bisa siapkan laporan untuk polisi dan KBRI dengan beberapa pertanyaan singkat. Aman untuk menulis sekarang?",
    },
    "detained_not_safe": {
        "en": "Then stop here. Turn on discreet mode so this chat disappears, and come back when it is safe: the numbers above always work.",
        "ko": "그럼 여기서 멈추세요. 조용히 모드를 켜면 이 대화가 지워져요. 안전할 때 다시 오세요. 위 연락처는 언제든 쓸 수 있어요.",
        "id": "Kalau begitu berhenti dulu. Nyalakan mode rahasia supaya chat ini terhapus, dan kembali saat aman: nomor di atas selalu bisa dipakai.",
    },
    "ask_detained_place": {
        "en": "Where are you? The city or the compound's name, or share your location (📎 → Location).",
        "ko": "지금 어디에 있나요? 도시나 단지 이름을 쓰거나 위치를 공유해 주세요(📎 → 위치).",
        "id": "Anda di mana? Nama kota atau kompleksnya, atau bagikan lokasi (📎 → Lokasi).",
    },
    "ask_detained_building": {
        "en": "The building or compound name, floor and room number, as you see them written.",
        "ko": "건물이나 단지 이름, 층, 호수를 보이는 그대로 적어 주세요.",
        "id": "Nama gedung atau kompleks, lantai, dan nomor kamar, seperti yang tertulis.",
    },
    "ask_detained_count": {
        "en": "How many people are held with you? A number is enough.",
        "ko": "함께 갇혀 있는 사람은 몇 명인가요? 숫자만 적어도 돼요.",
        "id": "Berapa orang yang ditahan bersama Anda? Angka saja cukup.",
    },
    "ask_detained_passport": {
        "en": "Did they take your passport?",
        "ko": "여권을 빼앗겼나요?",
        "id": "Apakah paspor Anda diambil?",
    },
    "ask_detained_contact": {
        "en": "A number or account the police or embassy can reach you on (or \"none\").",
        "ko": "경찰이나 대사관이 연락할 수 있는 번호나 계정을 알려 주세요(없으면 \"없음\").",
        "id": "Nomor atau akun yang bisa dihubungi polisi atau KBRI (atau \"tidak ada\").",
    },
    "ask_detained_consent": {
        "en": "May I pass your report to your embassy's staff? Only they will see it.",
        "ko": "신고 내용을 대사관 직원에게 전달해도 될까요? 직원만 볼 수 있어요.",
        "id": "Boleh laporan Anda saya teruskan ke staf KBRI/kedutaan? Hanya mereka yang bisa melihatnya.",
    },
    "form_want_count": {
        "en": "Just a number, please (for example 5). If you don't know, say \"don't know\".",
        "ko": "숫자만 적어 주세요(예: 5). 모르면 \"몰라요\"라고 해 주세요.",
        "id": "Angka saja ya (misalnya 5). Kalau tidak tahu, bilang \"tidak tahu\".",
    },
    "detained_report_kh": {
        "en": "Below is your report in English. Call 117 first if you can (free, works without credit) and your embassy; then copy or forward the report to them. Never send it to a Telegram account that claims to be the police unless the embassy gave it to you.",
        "ko": "아래는 영어로 된 신고서예요. 가능하면 먼저 117(무료, 잔액 없이도 됨)과 대사관에 전화하고, 이 신고서를 복사하거나 전달하세요. 경찰이라고 하는 텔레그램 계정이라도 대사관이 알려 준 것이 아니면 보내지 마세요.",
        "id": "Di bawah ini laporan Anda dalam bahasa Inggris. Kalau bisa, telepon dulu 117 (gratis, bisa tanpa pulsa) dan KBRI; lalu salin atau teruskan laporan ini ke mereka. Jangan kirim ke akun Telegram yang mengaku polisi kecuali KBRI yang memberikannya.",
    },
    "detained_report_other": {
        "en": "Below is your report in English for your embassy. I know of no police procedure in {country} that I can point you to, so I don't invent one: call your embassy's line above.",
        "ko": "아래는 대사관에 보낼 영어 신고서예요. {country}의 경찰 신고 절차는 확인된 것이 없어서 알려 드리지 않아요. 위의 대사관 번호로 연락하세요.",
        "id": "Di bawah ini laporan Anda dalam bahasa Inggris untuk KBRI/kedutaan. Saya tidak tahu prosedur polisi di {country} yang bisa saya tunjukkan, jadi tidak saya karang: hubungi nomor kedutaan di atas.",
    },
    "detained_checklist": {
        "en": "The police also need, and this report does not carry yet:\n{items}",
        "ko": "경찰에게 함께 보내야 하지만 이 신고서에 아직 없는 것(영어로 적었어요):\n{items}",
        "id": "Yang juga dibutuhkan polisi dan belum ada di laporan ini (ditulis dalam bahasa Inggris):\n{items}",
    },
    "detained_case_filed": {
        "en": "Your embassy's staff have your report: case {code}. /status shows it; /discreet deletes this chat after a few minutes.",
        "ko": "대사관 직원에게 신고가 전달됐어요: 사건 번호 {code}. /status 로 확인할 수 있고, /discreet 를 누르면 몇 분 뒤 이 대화가 지워져요.",
        "id": "Staf kedutaan sudah menerima laporan Anda: kasus {code}. /status untuk melihatnya; /discreet menghapus chat ini setelah beberapa menit.",
    },
    "detained_no_consent": {
        "en": "I did not send it to anyone and kept nothing of it. The report above is yours to send.",
        "ko": "아무에게도 보내지 않았고 내용도 남기지 않았어요. 위 신고서는 직접 보내시면 돼요.",
        "id": "Tidak saya kirim ke siapa pun dan tidak saya simpan. Laporan di atas bisa Anda kirim sendiri.",
    },
    "maybe_danger": {
        "en": "I'm not sure I understood. If you or someone with you is held or threatened, tap for the emergency numbers; or tell me in other words.",
        "ko": "제가 잘 이해했는지 모르겠어요. 본인이나 함께 있는 사람이 갇혀 있거나 위협받고 있다면 아래를 눌러 긴급 연락처를 받으세요. 아니면 다른 말로 한 번 더 알려 주세요.",
        "id": "Saya kurang yakin paham. Kalau Anda atau orang bersama Anda ditahan atau diancam, ketuk untuk nomor darurat; atau ceritakan dengan kata lain.",
    },
    "offer_itself_please": {  # asked about an offer again right after the questions to ask of one
        "en": "To tell you more about this offer I need the offer itself: paste or forward the recruiter's message here, with the pay, the place and how they contact you. Until then, go by the questions above: two \"yes\" answers, or no work visa or written contract, mean treat it as a trap.",
        "ko": "이 제안에 대해 더 말씀드리려면 제안 내용 자체가 필요해요. 모집책이 보낸 메시지를 급여, 근무지, 연락 방법까지 그대로 붙여넣거나 전달해 주세요. 그 전까지는 위 질문으로 판단하세요. '예'가 두 개 이상이거나 취업비자나 서면 계약서가 없다면 함정으로 보셔야 해요.",
        "id": "Untuk menilai tawaran ini saya perlu isi tawarannya: tempel atau teruskan pesan perekrutnya ke sini, lengkap dengan gaji, lokasi, dan cara mereka menghubungi Anda. Sampai saat itu, pakai pertanyaan di atas: dua jawaban \"ya\", atau tidak ada visa kerja atau kontrak tertulis, berarti anggap itu jebakan.",
    },
    "danger_words": {  # beside an answer to a message with words of someone held or threatened
        "en": "If you or someone with you is held or threatened right now, tap here for the emergency numbers.",
        "ko": "지금 본인이나 함께 있는 사람이 갇혀 있거나 위협받고 있다면 여기를 눌러 긴급 연락처를 받으세요.",
        "id": "Kalau Anda atau orang bersama Anda sedang ditahan atau diancam sekarang, ketuk di sini untuk nomor darurat.",
    },
    "relative_danger": {  # a family's report whose relative's words are of danger: the card first, one tap
        "en": "If they are held or in danger right now, tap here for the emergency numbers and their embassy. The report's questions follow.",
        "ko": "그분이 지금 갇혀 있거나 위험한 상황이라면 여기를 눌러 긴급 연락처와 대사관 연락처를 받으세요. 신고서 질문은 아래에 이어집니다.",
        "id": "Kalau dia sedang ditahan atau dalam bahaya sekarang, ketuk di sini untuk nomor darurat dan kedutaannya. Pertanyaan laporannya menyusul di bawah.",
    },
    "danger_check": {
        "en": "If you yourself are held or threatened right now, tap here for the emergency numbers.",
        "ko": "지금 본인이 갇혀 있거나 위협받고 있다면 여기를 눌러 긴급 연락처를 받으세요.",
        "id": "Kalau Anda sendiri sedang ditahan atau diancam sekarang, ketuk di sini untuk nomor darurat.",
    },
    "btn_full_card": {"en": "Full card and what to do", "ko": "전체 안내 보기", "id": "Kartu lengkap dan langkahnya"},
    "card_also_via": {
        "en": "People freed from {place} are usually handed over across the border in {country}. Your mission there:",
        "ko": "{place}에서 풀려난 사람들은 보통 국경 너머 {country}에서 인계돼요. 그곳 공관:",
        "id": "Orang yang dibebaskan dari {place} biasanya diserahkan di seberang perbatasan, di {country}. Perwakilan Anda di sana:",
    },
    "btn_emergency": {"en": "🚨 Emergency numbers", "ko": "🚨 긴급 연락처", "id": "🚨 Nomor darurat"},
    "btn_contacts": {"en": "🏛 Embassy contacts", "ko": "🏛 대사관 연락처", "id": "🏛 Kontak KBRI/kedutaan"},
    # -- contact cards ------------------------------------------------------------
    "card_local_title": {
        "en": "🚨 Emergency numbers in {country}",
        "ko": "🚨 {country} 긴급 연락처",
        "id": "🚨 Nomor darurat di {country}",
    },
    "card_embassy_title": {
        "en": "🏛 {name}",
        "ko": "🏛 {name}",
        "id": "🏛 {name}",
    },
    "card_home_title": {"en": "☎️ {name}", "ko": "☎️ {name}", "id": "☎️ {name}"},
    "card_no_contacts": {  # no mission in the host country and no 24-hour line at home in the data
        "en": "Our data has no contact for a {citizen} embassy or consulate in {country}, nor a 24-hour line of your government. In danger, call the local emergency numbers (/emergency); your government's website lists its embassies in neighbouring countries.",
        "ko": "{country}에 있는 {citizen} 대사관·영사관 연락처도, 본국 정부의 24시간 번호도 저희 자료에 없어요. 위험하면 현지 긴급번호(/emergency)로 연락하세요. 이웃 나라에 있는 대사관은 본국 정부 웹사이트에서 찾을 수 있어요.",
        "id": "Data kami tidak punya kontak kedutaan atau konsulat {citizen} di {country}, juga tidak punya hotline 24 jam pemerintah Anda. Kalau dalam bahaya, hubungi nomor darurat setempat (/emergency); situs pemerintah Anda mencantumkan kedutaannya di negara tetangga.",
    },
    "card_no_embassy": {
        "en": "No contact for a {citizen} embassy or consulate in {country} is in our data. Use your country's 24-hour consular line below, or the nearest embassy in a neighbouring country.",
        "ko": "{country}에 있는 {citizen} 대사관·영사관 연락처는 저희 자료에 없어요. 아래 본국 24시간 영사 상담 번호나 가까운 이웃 나라의 대사관으로 연락하세요.",
        "id": "Kontak kedutaan atau konsulat {citizen} di {country} belum ada di data kami. Hubungi hotline konsuler 24 jam negara Anda di bawah, atau kedutaan terdekat di negara tetangga.",
    },
    "card_no_local": {
        "en": "No emergency number for {country} is in our data. Call your embassy or your country's 24-hour line.",
        "ko": "{country}의 긴급 번호는 저희 자료에 없어요. 대사관이나 24시간 영사 콜센터로 연락하세요.",
        "id": "Nomor darurat untuk {country} belum ada di data kami. Hubungi KBRI atau hotline 24 jam Kemlu.",
    },
    "card_missing_24h": {
        "en": "24-hour line: not found in our data; use the main line or the consular line.",
        "ko": "24시간 긴급전화: 저희 자료에 없어요. 대표번호나 영사 콜센터를 이용하세요.",
        "id": "Hotline 24 jam: tidak ada di data kami; pakai nomor utama atau hotline Kemlu.",
    },
    "card_source": {"en": "as of {date}", "ko": "{date} 기준", "id": "per {date}"},
    "card_undated": {"en": "source undated", "ko": "출처 날짜 없음", "id": "sumber tanpa tanggal"},
    "card_unverified": {"en": "unverified", "ko": "미확인", "id": "belum terverifikasi"},
    "card_other_country": {
        "en": "In another country? Tap it:",
        "ko": "다른 나라에 있나요? 눌러 주세요:",
        "id": "Di negara lain? Ketuk:",
    },
    "card_embassy_both": {
        "en": "Contacts I have in {country} for Korean and Indonesian citizens (citizens of other countries: see your foreign ministry's website):",
        "ko": "{country} 주재 공관 연락처예요:",
        "id": "Kontak perwakilan RI di {country}:",
    },
    "svc_police": {"en": "Police", "ko": "경찰", "id": "Polisi"},
    "svc_anti_trafficking": {
        "en": "Trafficking / illegal detention",
        "ko": "인신매매·불법감금 신고",
        "id": "Perdagangan orang / penyekapan",
    },
    "svc_tourist_police": {"en": "Tourist police", "ko": "관광경찰", "id": "Polisi pariwisata"},
    "svc_ambulance": {"en": "Ambulance", "ko": "구급차", "id": "Ambulans"},
    "svc_fire": {"en": "Fire", "ko": "화재", "id": "Pemadam kebakaran"},
    "svc_scam_report": {"en": "Online scam reports", "ko": "온라인 사기 신고", "id": "Laporan penipuan online"},
    "line_emergency": {"en": "24h / emergency", "ko": "24시간 긴급", "id": "Darurat 24 jam"},
    "line_main": {"en": "Main line", "ko": "대표번호", "id": "Nomor utama"},
    "line_other": {"en": "Other line", "ko": "기타 번호", "id": "Nomor lain"},
    "line_address": {"en": "Address", "ko": "주소", "id": "Alamat"},
    "line_email": {"en": "Email", "ko": "이메일", "id": "Email"},
    "line_web": {"en": "Website", "ko": "웹사이트", "id": "Situs web"},
    # country names
    "country_KH": {"en": "Cambodia", "ko": "캄보디아", "id": "Kamboja"},
    "country_MM": {"en": "Myanmar", "ko": "미얀마", "id": "Myanmar"},
    "country_LA": {"en": "Laos", "ko": "라오스", "id": "Laos"},
    "country_TH": {"en": "Thailand", "ko": "태국", "id": "Thailand"},
    "country_VN": {"en": "Vietnam", "ko": "베트남", "id": "Vietnam"},
    "country_KR": {"en": "South Korea", "ko": "한국", "id": "Korea Selatan"},
    "country_ID": {"en": "Indonesia", "ko": "인도네시아", "id": "Indonesia"},
    "country_PH": {"en": "Philippines", "ko": "필리핀", "id": "Filipina"},
    "country_CN": {"en": "China", "ko": "중국", "id": "Tiongkok"},
    "country_MY": {"en": "Malaysia", "ko": "말레이시아", "id": "Malaysia"},
    "country_TW": {"en": "Taiwan", "ko": "대만", "id": "Taiwan"},
    "country_HK": {"en": "Hong Kong", "ko": "홍콩", "id": "Hong Kong"},
    "country_JP": {"en": "Japan", "ko": "일본", "id": "Jepang"},
    "country_IN": {"en": "India", "ko": "인도", "id": "India"},
}

TEXTS.update(REPORT_TEXTS)
TEXTS.update(ADVISORY_TEXTS)

I18N_DIR = Path(__file__).resolve().parent / "i18n"


@functools.lru_cache(maxsize=1)
def _i18n_files() -> dict[str, dict[str, Any]]:
    """Each bot/language/i18n/<language>.yml, read once per process."""
    return {path.stem: fast_yaml.safe_load(path.read_text(encoding="utf-8")) or {} for path in sorted(I18N_DIR.glob("*.yml"))}


def translations(section: str) -> dict[str, Any]:
    """{language: the `section` of bot/language/i18n/<language>.yml}: the texts of the
    languages added after en, ko and id, kept one file per language for their translators."""
    return {language: data[section] for language, data in _i18n_files().items() if section in data}


def _merge(table: dict[str, dict[str, str]], section: str) -> None:
    for language, entries in translations(section).items():
        for key, text in (entries or {}).items():
            if key in table and isinstance(text, str):
                table[key][language] = text


_merge(TEXTS, "texts")


def t(key: str, language: str, **values: Any) -> str:
    """The text for `key` in `language` (English if missing), with `{values}` filled in."""
    variants = TEXTS[key]
    text = variants.get(language) or variants["en"]
    return text.format(**values) if values else text


def country_name(code: str | None, language: str) -> str:
    key = f"country_{code}"
    return t(key, language) if key in TEXTS else (code or "")


# Telegram's command menu, per language (set with setMyCommands).
COMMAND_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "discreet": {"en": "Discreet mode: delete messages after a few minutes", "ko": "조용히 모드: 몇 분 뒤 메시지 삭제",
                 "id": "Mode rahasia: hapus pesan setelah beberapa menit"},
    "wipe": {"en": "Delete this chat's messages now", "ko": "이 대화 메시지 지금 지우기", "id": "Hapus pesan chat ini sekarang"},
    "start": {"en": "Start and see what I can do", "ko": "시작하기, 할 수 있는 일 보기", "id": "Mulai dan lihat yang bisa saya bantu"},
    "help": {"en": "Menu and commands", "ko": "메뉴와 명령어", "id": "Menu dan daftar perintah"},
    "emergency": {"en": "Emergency numbers now", "ko": "긴급 연락처 바로 보기", "id": "Nomor darurat sekarang"},
    "contacts": {"en": "Embassy contacts", "ko": "대사관 연락처", "id": "Kontak KBRI / kedutaan"},
    "check": {"en": "Check a job offer", "ko": "해외 일자리 제안 확인하기", "id": "Cek tawaran kerja"},
    "report": {"en": "Report: held, a missing relative, a recruiter", "ko": "신고: 감금, 연락 끊긴 가족, 모집책",
               "id": "Lapor: ditahan, keluarga hilang, perekrut"},
    "verify": {"en": "Is a message really from the embassy?", "ko": "대사관 메시지가 진짜인지 확인",
               "id": "Cek apakah pesan benar dari kedutaan"},
    "advisories": {"en": "Recent advisories for you", "ko": "최근 대사관 안내", "id": "Pengumuman terbaru untuk Anda"},
    "cancel": {"en": "Stop the current questions", "ko": "지금 질문 그만하기", "id": "Hentikan pertanyaan sekarang"},
    "status": {"en": "Status of a report (case code)", "ko": "신고 진행 상황(사건 번호)", "id": "Status laporan (kode kasus)"},
    "subscribe": {"en": "Get safety advisories", "ko": "안전 공지 받기", "id": "Terima peringatan keamanan"},
    "unsubscribe": {"en": "Stop advisories", "ko": "안전 공지 그만 받기", "id": "Berhenti menerima peringatan"},
    "language": {"en": "Change language", "ko": "언어 바꾸기", "id": "Ganti bahasa"},
    "delete": {"en": "Delete my data", "ko": "내 정보 지우기", "id": "Hapus data saya"},
}

_merge(COMMAND_DESCRIPTIONS, "commands")
