"""What the job-offer checker says, in English, Korean and Indonesian.

`render()` turns an `Analysis` into the chat answer: the risk level, each red flag with
the offer's own words quoted and a one-line meaning, reported recruiters, then how to
verify the employer for the user's nationality (facts from
/work/shared/data/verify-and-advice.md section 1) and where to find help. Plain text, no
Markdown, and never a phone number: numbers live only in the contacts data behind
/contacts and /emergency, with their sources.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

import yaml

from bot import fast_yaml
from bot.language import SUPPORTED, nationality_guess
from bot.offers.risk import Analysis

LANGS = SUPPORTED  # every language the bot answers in (th, vi, zh from bot/language/i18n/)
# Languages whose recruiter idiom the red-flag patterns read (bot/offers/risk.py).
DETECTED = ("en", "ko", "id", "th", "vi", "zh")
MAX_CHARS = 3500

FLAG_TEXTS: dict[str, dict[str, str]] = {
    "destination_hub": {
        "en": "This place is a known hub of scam compounds, where people lured by offers like this are held.",
        "ko": "사기 작업장(스캠 단지)이 몰려 있는 지역입니다. 이런 구인 광고로 데려가 감금하는 일이 많습니다.",
        "id": "Daerah ini dikenal sebagai pusat markas penipuan online; banyak orang dijebak ke sana lewat lowongan seperti ini.",
    },
    "travel_ban_area": {
        "en": "One of the worst scam-compound areas: South Korea forbids its own citizens to go there (level 4). People taken there are held and forced to run scams.",
        "ko": "사기 작업장 피해가 가장 심한 지역 중 하나로, 한국 정부가 자국민의 방문까지 금지(여행금지 4단계)한 곳입니다. 그곳에 끌려간 사람들은 감금된 채 사기 범죄를 강요당합니다.",
        "id": "Salah satu kawasan markas penipuan paling berbahaya; Korea Selatan sampai melarang warganya sendiri ke sana (level 4). Orang yang dibawa ke sana ditahan dan dipaksa menipu.",
    },
    "vague_destination": {
        "en": "The ad won't say where the job actually is. Real employers name the city and the workplace.",
        "ko": "근무지를 정확히 밝히지 않습니다. 정상적인 회사라면 도시와 근무지 주소를 알려 줍니다.",
        "id": "Lokasi kerjanya tidak disebut jelas. Perusahaan resmi selalu menyebut kota dan alamat tempat kerja.",
    },
    "salary_too_high": {
        "en": "Pay far above the norm, about {ratio}x what such work usually pays. It is the main bait of compound recruiters.",
        "ko": "이런 일의 보통 급여보다 {ratio}배쯤 많습니다. 비현실적인 고수익은 사기 작업장 모집의 가장 흔한 미끼입니다.",
        "id": "Gajinya jauh di atas wajar, sekitar {ratio} kali gaji biasa untuk pekerjaan seperti ini. Ini umpan paling umum perekrut markas penipuan.",
    },
    "no_experience": {
        "en": "No experience or qualifications asked for: easy work with big pay is a classic lure.",
        "ko": "경력이나 자격을 따지지 않습니다. '쉬운 일, 높은 월급'은 전형적인 미끼입니다.",
        "id": "Tidak perlu pengalaman atau ijazah: kerja gampang bergaji besar adalah umpan klasik.",
    },
    "costs_paid": {
        "en": "Flights, visa or housing for free: later these are often turned into a debt you must work off.",
        "ko": "항공권·비자·숙소를 대 준다고 합니다. 나중에 이 비용을 빚으로 떠넘겨 떠나지 못하게 하는 경우가 많습니다.",
        "id": "Tiket, visa, atau tempat tinggal digratiskan: belakangan biaya ini sering dijadikan utang yang harus dilunasi dengan bekerja.",
    },
    "tourist_visa_work": {
        "en": "Working on a tourist visa or visa-free entry is illegal. A real employer gets you a work visa before you travel.",
        "ko": "관광비자나 무비자로 들어가 일하는 건 불법입니다. 정상적인 회사는 출국 전에 취업비자를 받아 줍니다.",
        "id": "Bekerja dengan visa turis atau bebas visa itu ilegal. Perusahaan resmi mengurus visa kerja sebelum Anda berangkat.",
    },
    "vague_office_job": {
        "en": "Vague office work (customer service, typing, marketing, translation) is how most compound jobs are advertised.",
        "ko": "고객 상담, 타자, 마케팅, 번역 같은 모호한 사무직은 사기 작업장 모집 광고에 가장 많이 쓰이는 직무입니다.",
        "id": "Pekerjaan kantor yang tidak jelas (CS, admin, mengetik, marketing, penerjemah) paling sering dipakai untuk iklan markas penipuan.",
    },
    "crypto_gambling": {
        "en": "Crypto, investment or gambling work: in the compounds this means scamming other people online.",
        "ko": "코인·투자·도박 관련 업무는 사기 작업장에서 실제로는 남을 속이는 온라인 사기를 뜻합니다.",
        "id": "Kerja di bidang kripto, investasi, atau judi online: di markas penipuan artinya menipu orang lain lewat internet.",
    },
    "messaging_app_only": {
        "en": "The only contact is a chat app or account, with nothing that ties the recruiter to a real company.",
        "ko": "연락 수단이 텔레그램·카톡 같은 메신저뿐이라 실제 회사와 이어지는 흔적이 없습니다.",
        "id": "Kontaknya hanya lewat aplikasi chat, tanpa apa pun yang menghubungkan perekrut dengan perusahaan nyata.",
    },
    "urgency_secrecy": {
        "en": "Pressure to go fast or keep quiet, so that you don't check the offer or tell anyone.",
        "ko": "서두르게 하거나 비밀로 하라고 합니다. 확인하거나 주변에 알릴 틈을 주지 않으려는 수법입니다.",
        "id": "Anda didesak cepat-cepat atau diminta merahasiakan, supaya tidak sempat mengecek atau cerita ke orang lain.",
    },
    "no_company_or_contract": {
        "en": "No company name, or no contract before departure: you would have nothing to hold them to.",
        "ko": "회사 이름을 숨기거나 출국 전에 계약서를 쓰지 않습니다. 문제가 생겨도 책임을 물을 근거가 없습니다.",
        "id": "Nama perusahaan disembunyikan atau tidak ada kontrak sebelum berangkat: Anda tidak punya pegangan apa pun.",
    },
    "passport_handover": {
        "en": "They want your passport or your phone. Never hand them over: without them you cannot leave or call for help.",
        "ko": "여권이나 휴대폰을 맡기라고 합니다. 절대 넘기지 마세요. 빼앗기면 스스로 빠져나올 수도, 도움을 요청할 수도 없습니다.",
        "id": "Mereka minta paspor atau HP Anda. Jangan pernah diserahkan: tanpa itu Anda tidak bisa pulang atau minta tolong.",
    },
    "fees_or_debt": {
        "en": "Fees, deductions or penalties: compounds hold people with made-up debts and 'compensation' for leaving.",
        "ko": "수수료·공제·위약금 이야기가 나옵니다. 사기 작업장은 지어낸 빚과 위약금으로 사람을 붙잡아 둡니다.",
        "id": "Ada biaya, potongan gaji, atau denda: markas penipuan menjerat orang dengan utang dan 'ganti rugi' yang dibuat-buat.",
    },
    "border_route": {
        "en": "Going first to Thailand or another country (Dubai, Malaysia) and then being driven across a border or moved on is the usual route into the compounds.",
        "ko": "태국이나 두바이·말레이시아 같은 제3국을 먼저 거친 뒤 차로 국경을 넘기거나 다른 나라로 옮기는 경로는 사기 작업장으로 끌려가는 전형적인 수법입니다.",
        "id": "Berangkat dulu ke Thailand atau negara lain (Dubai, Malaysia), lalu dibawa lewat darat menyeberangi perbatasan atau dipindah ke negara lain adalah rute umum ke markas penipuan.",
    },
    "kept_inside": {
        "en": "You would not be allowed out. No lawful employer locks workers in; a compound does, so that no one can leave or ask for help.",
        "ko": "밖에 나갈 수 없다고 합니다. 정상적인 회사는 직원을 가두지 않습니다. 사기 작업장은 아무도 도망치거나 도움을 청하지 못하게 이렇게 가둡니다.",
        "id": "Anda tidak akan boleh keluar. Perusahaan resmi tidak pernah mengurung pekerjanya; markas penipuan melakukannya supaya tidak ada yang bisa kabur atau minta tolong.",
    },
    "accounts_in_your_name": {
        "en": "They want bank accounts, cards or SIMs in your name. Scam money passes through them, and you are the one the police will look for. Never hand them over.",
        "ko": "본인 명의 통장·카드·유심을 요구합니다. 사기 피해금이 그 계좌로 오가고, 경찰이 찾는 사람은 명의자인 당신이 됩니다. 절대 넘기지 마세요.",
        "id": "Mereka minta rekening, kartu ATM, atau SIM atas nama Anda. Uang hasil penipuan akan lewat situ, dan Andalah yang akan dicari polisi. Jangan pernah diserahkan.",
    },
    "scam_work": {
        "en": "The work they describe is the scam itself: chatting under a fake profile to lead strangers into 'investments'. This is the forced work of the compounds.",
        "ko": "설명하는 일이 바로 사기 그 자체입니다. 가짜 프로필로 낯선 사람과 대화하며 '투자'로 끌어들이는 일로, 사기 작업장에서 강제로 시키는 일입니다.",
        "id": "Pekerjaan yang mereka gambarkan adalah penipuan itu sendiri: chat pakai profil palsu untuk menjerat orang ke 'investasi'. Inilah kerja paksa di markas penipuan.",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "level_high": {
        "en": "🔴 HIGH RISK. This offer has the marks of recruitment into a scam compound. Don't travel, and don't send documents or money.",
        "ko": "🔴 위험도 높음. 해외 사기 작업장(스캠 단지) 모집 광고의 특징이 뚜렷합니다. 출국하지 마시고, 서류나 돈도 보내지 마세요.",
        "id": "🔴 RISIKO TINGGI. Tawaran ini punya ciri-ciri perekrutan ke markas penipuan online. Jangan berangkat, dan jangan kirim dokumen atau uang.",
    },
    "level_medium": {
        "en": "🟠 MEDIUM RISK. Some warning signs. Check the employer carefully before you go any further.",
        "ko": "🟠 위험도 보통. 주의할 신호가 몇 가지 있습니다. 더 진행하기 전에 회사를 꼼꼼히 확인하세요.",
        "id": "🟠 RISIKO SEDANG. Ada beberapa tanda bahaya. Periksa perusahaannya baik-baik sebelum melangkah lebih jauh.",
    },
    "level_low": {
        "en": "🟢 LOW RISK on what I can see. That doesn't prove the job is real, so still check the employer before you leave.",
        "ko": "🟢 위험도 낮음(글만 봤을 때). 그래도 진짜 일자리라는 보장은 아니니, 출국 전에 회사를 꼭 확인하세요.",
        "id": "🟢 RISIKO RENDAH dari yang terlihat. Itu belum membuktikan lowongannya asli, jadi tetap periksa perusahaannya sebelum berangkat.",
    },
    "score": {
        "en": "Risk score: {score}/100",
        "ko": "위험 점수: {score}/100",
        "id": "Skor risiko: {score}/100",
    },
    "quoted_as_written": {
        "en": "The offer is in {language}; I quote it as written.",
        "ko": "광고가 {language}로 되어 있어 원문 그대로 인용합니다.",
        "id": "Tawarannya dalam {language}; saya kutip sesuai aslinya.",
    },
    "flags_heading": {
        "en": "Warning signs:",
        "ko": "위험 신호:",
        "id": "Tanda bahaya:",
    },
    "held_back_no_job": {
        "en": "There is no job in this text (it reads like a trip, a price or a question), so these signs weigh less. If someone offers you work with it, send me their offer.",
        "ko": "이 글에는 일자리 이야기가 없어요(여행, 가격, 질문으로 보여요). 그래서 아래 신호들의 무게를 낮췄어요. 이걸 내세워 누가 일자리를 제안하면 그 제안을 보내 주세요.",
        "id": "Teks ini tidak menawarkan pekerjaan (isinya seperti perjalanan, harga, atau pertanyaan), jadi tanda-tanda di bawah tidak terlalu berat. Kalau ada yang menawari kerja dengan ini, kirim tawarannya ke saya.",
    },
    "held_back_warning": {
        "en": "This reads like a warning or a news report about such offers, not an offer: it quotes their warning signs.",
        "ko": "이 글은 제안이 아니라 이런 제안을 경고하는 글이나 기사로 보여요. 그래서 위험 신호를 인용하고 있어요.",
        "id": "Teks ini tampaknya peringatan atau berita tentang tawaran seperti itu, bukan tawaran: ia mengutip tanda-tanda bahayanya.",
    },
    "held_back_local": {
        "en": "This reads like a job at home (no journey abroad in it, no pay far above the usual), so these signs weigh less. If they later ask you to travel abroad, send me that message.",
        "ko": "이 글은 국내 일자리로 보여요(해외로 가는 이야기도, 지나치게 높은 급여도 없어요). 그래서 아래 신호들의 무게를 낮췄어요. 나중에 해외로 가자고 하면 그 메시지를 보내 주세요.",
        "id": "Ini tampaknya lowongan di dalam negeri (tidak ada perjalanan ke luar negeri, gajinya juga tidak jauh di atas biasanya), jadi tanda-tanda di bawah tidak terlalu berat. Kalau nanti kamu diajak berangkat ke luar negeri, kirim pesannya ke saya.",
    },
    "held_back_wording": {
        "en": "These signs are there, but the text is worded much more like the real job ads and warnings I know than like recruiters' lures, so they weigh less. Check each of them before you decide.",
        "ko": "위험 신호가 보이긴 하지만, 글의 표현이 모집책의 미끼보다는 제가 아는 실제 채용 공고나 경고문에 훨씬 가까워서 무게를 낮췄어요. 결정하기 전에 하나하나 확인하세요.",
        "id": "Tanda-tanda ini memang ada, tapi cara teks ini ditulis jauh lebih mirip lowongan resmi dan peringatan yang saya kenal daripada umpan perekrut, jadi bobotnya lebih ringan. Cek satu per satu sebelum memutuskan.",
    },
    "wording_like_lures": {
        "en": "It is worded like the compound recruiters' ads I know: {words}.",
        "ko": "글의 표현이 제가 아는 사기 단지 모집 광고와 비슷해요: {words}.",
        "id": "Gaya bahasanya mirip iklan perekrut sindikat penipuan yang saya kenal: {words}.",
    },
    "assurances_heading": {
        "en": "Signs of a real employer, if they are true (check them before you trust them):",
        "ko": "정상적인 회사라는 신호(사실인지 먼저 확인하세요):",
        "id": "Tanda perusahaan resmi, kalau memang benar (cek dulu sebelum percaya):",
    },
    "no_flags": {
        "en": "I found none of the usual warning signs in this text.",
        "ko": "이 글에서는 흔히 보이는 위험 신호를 찾지 못했습니다.",
        "id": "Saya tidak menemukan tanda bahaya yang biasa dalam teks ini.",
    },
    "reported_heading": {
        "en": "⛔ Already reported as a scam recruiter:",
        "ko": "⛔ 사기 모집책으로 이미 신고된 연락처:",
        "id": "⛔ Sudah pernah dilaporkan sebagai perekrut penipuan:",
    },
    "reported_phone": {
        "en": "the phone number in this offer",
        "ko": "이 광고에 적힌 전화번호",
        "id": "nomor telepon dalam tawaran ini",
    },
    # A recruiting ad pasted minutes after the emergency card: what a held person (or their family)
    # does with it is keep it as evidence, not decide whether to travel.
    "evidence_head": {
        "en": "🔴 This ad has the marks of a scam-compound recruiter: nobody should go. Keep it: it is evidence for the police and the embassy.",
        "ko": "🔴 사기 작업장(스캠 단지) 모집 광고의 특징이 뚜렷합니다. 누구도 가면 안 되는 곳입니다. 지우지 말고 보관하세요. 경찰과 대사관에 낼 증거가 됩니다.",
        "id": "🔴 Iklan ini punya ciri-ciri perekrut markas penipuan online: jangan ada yang berangkat. Simpan baik-baik, ini bukti untuk polisi dan kedutaan.",
    },
    "evidence_what_to_do": {
        "en": "What to do with it:\n1. Keep a screenshot where the recruiter's name, number or account shows.\n2. Give it to the police and the embassy with the report (/report), or read it to them when you call (/emergency).\n3. Don't reply to the recruiter or let them know.",
        "ko": "이렇게 하세요:\n1. 모집책 이름, 번호, 계정이 보이게 화면을 캡처해 두세요.\n2. 신고서(/report)와 함께 경찰과 대사관에 내거나, 전화할 때(/emergency) 그대로 읽어 주세요.\n3. 모집책에게 답하거나 눈치채게 하지 마세요.",
        "id": "Yang perlu dilakukan:\n1. Simpan tangkapan layar yang menunjukkan nama, nomor, atau akun perekrutnya.\n2. Serahkan ke polisi dan kedutaan bersama laporannya (/report), atau bacakan saat menelepon (/emergency).\n3. Jangan membalas perekrut atau membuatnya curiga.",
    },
    "what_to_do": {
        "en": "What to do:",
        "ko": "이렇게 확인하세요:",
        "id": "Yang perlu dilakukan:",
    },
    "followup_high": {
        "en": "About the last offer you sent me: please don't go. It is HIGH RISK ({score}/100), with the marks of recruitment into a scam compound. Don't send documents or money, even if they say it is legal or that a friend already works there. If you have already paid or handed over your passport, tell your family and call one of the numbers in /contacts.",
        "ko": "방금 확인한 일자리에는 가지 마세요. 위험도 높음({score}/100)으로, 해외 사기 작업장(스캠 단지) 모집의 특징이 뚜렷합니다. 합법이라고 하든, 아는 사람이 이미 거기서 일한다고 하든 서류나 돈을 보내지 마세요. 이미 돈을 보냈거나 여권을 넘겼다면 가족에게 알리고 /contacts 의 번호로 연락하세요.",
        "id": "Soal tawaran terakhir yang Anda kirim: tolong jangan berangkat. Risikonya TINGGI ({score}/100), dengan ciri-ciri perekrutan ke markas penipuan online. Jangan kirim dokumen atau uang, walaupun mereka bilang resmi atau ada teman yang sudah kerja di sana. Kalau sudah terlanjur bayar atau menyerahkan paspor, beri tahu keluarga dan hubungi salah satu nomor di /contacts.",
    },
    "followup_medium": {
        "en": "About the last offer you sent me: I can't call it safe. It is MEDIUM RISK ({score}/100). Don't travel, pay or send documents until you have checked the employer as below; a real employer will wait while you check.",
        "ko": "방금 확인한 제안은 안전하다고 말씀드릴 수 없습니다. 위험도 보통({score}/100)입니다. 아래 방법으로 회사를 확인하기 전에는 출국하지 마시고 돈이나 서류도 보내지 마세요. 정상적인 회사라면 확인할 시간을 기다려 줍니다.",
        "id": "Soal tawaran terakhir yang Anda kirim: saya tidak bisa bilang aman. Risikonya SEDANG ({score}/100). Jangan berangkat, bayar, atau kirim dokumen sebelum perusahaannya dicek dengan cara di bawah; perusahaan resmi mau menunggu Anda mengecek.",
    },
    "followup_low": {
        "en": "About the last offer you sent me: I found no clear sign of a scam compound ({score}/100), but that doesn't prove the job is real. Before you decide, check the employer as below, and never hand over your passport.",
        "ko": "방금 확인한 제안에서는 사기 작업장의 뚜렷한 신호를 찾지 못했습니다({score}/100). 그렇다고 진짜 일자리라는 보장은 아닙니다. 결정하기 전에 아래 방법으로 회사를 확인하시고, 여권은 절대 맡기지 마세요.",
        "id": "Soal tawaran terakhir yang Anda kirim: saya tidak menemukan tanda jelas markas penipuan ({score}/100), tapi itu belum membuktikan pekerjaannya asli. Sebelum memutuskan, cek perusahaannya dengan cara di bawah, dan jangan pernah serahkan paspor.",
    },
    "followup_why": {
        "en": "What I found in it:",
        "ko": "확인된 점:",
        "id": "Yang saya temukan:",
    },
    "travel_ban_area_kr": {  # the travel_ban_area flag for a Korean citizen: their own government's ban
        "en": "An area under South Korea's travel ban (level 4): going there without a passport-use permit can bring up to 1 year in prison or a KRW 10 million fine. People taken there are held and forced to run scams.",
        "ko": "정부가 여행금지(4단계)로 정한 지역입니다. 허가 없이 가면 여권법으로 처벌(1년 이하 징역 또는 1천만 원 이하 벌금)받을 수 있고, 사기 작업장 감금 피해가 잇따르는 곳입니다.",
        "id": "Wilayah larangan perjalanan pemerintah Korea Selatan (level 4): ke sana tanpa izin khusus paspor bisa dihukum penjara hingga 1 tahun atau denda 10 juta won. Orang yang dibawa ke sana ditahan dan dipaksa menipu.",
    },
    "closing": {
        "en": "Embassy and hotline contacts: /contacts. If someone is already held against their will: /emergency.",
        "ko": "대사관·신고 연락처는 /contacts, 이미 갇혀 있는 사람이 있다면 /emergency 를 눌러 주세요.",
        "id": "Kontak KBRI dan hotline: /contacts. Kalau ada yang sudah ditahan di sana: /emergency.",
    },
}

# How to verify an employer, by the user's nationality (verify-and-advice.md section 1).
VERIFY: dict[str, dict[str, str]] = {
    "KR": {
        "en": (
            "1. Get a work visa before you leave. 'No visa needed' or 'come as a tourist' means a scam.\n"
            "2. Check the company name, address and business registration number yourself, then ask KOTRA's overseas-job help desk (company-information check) whether it is real.\n"
            "3. See whether the job is posted on WorldJob+, the government's overseas-job portal.\n"
            "4. KOTRA and HRD Korea hold no job fairs in Cambodia (the last was in 2020): an invitation to a 'job fair in Cambodia' is a warning sign.\n"
            "5. Sign a written contract you can read before departure, and never hand your passport to anyone.\n"
            "6. Register your trip with MOFA's 'Donghaeng' service and leave a passport copy and the recruiter's contacts with your family."
        ),
        "ko": (
            "1. 출국 전에 취업비자를 받으세요. '비자 없이', '관광으로 입국'이라고 하면 사기입니다.\n"
            "2. 회사 이름·주소·사업자등록번호를 직접 확인하고, KOTRA 해외취업 헬프데스크의 '기업정보 확인 서비스'로 실제 있는 회사인지 물어보세요.\n"
            "3. 정부 해외취업 포털 월드잡플러스에 올라온 공고인지 확인하세요.\n"
            "4. KOTRA와 한국산업인력공단은 캄보디아에서 취업박람회를 열지 않아요(마지막이 2020년). '캄보디아 취업박람회' 초대는 위험 신호예요.\n"
            "5. 읽을 수 있는 언어로 된 계약서를 출국 전에 쓰고, 여권은 누구에게도 맡기지 마세요.\n"
            "6. 외교부 해외안전여행 '동행'에 등록하고, 가족에게 여권 사본과 모집책 연락처를 남겨 두세요."
        ),
        "id": (
            "1. Urus visa kerja sebelum berangkat. 'Tidak perlu visa' atau 'masuk sebagai turis' berarti penipuan.\n"
            "2. Cek sendiri nama, alamat, dan nomor registrasi usaha perusahaan, lalu tanyakan ke help desk kerja luar negeri KOTRA (layanan cek informasi perusahaan).\n"
            "3. Lihat apakah lowongannya ada di WorldJob+, portal kerja luar negeri pemerintah Korea.\n"
            "4. KOTRA dan HRD Korea tidak mengadakan bursa kerja di Kamboja (terakhir tahun 2020): undangan 'bursa kerja di Kamboja' adalah tanda bahaya.\n"
            "5. Tanda tangani kontrak tertulis yang bisa Anda baca sebelum berangkat, dan jangan pernah serahkan paspor.\n"
            "6. Daftarkan perjalanan di layanan 'Donghaeng' Kemlu Korea dan tinggalkan salinan paspor serta kontak perekrut pada keluarga."
        ),
    },
    "ID": {
        "en": (
            "1. Cambodia and Myanmar are not official placement countries for Indonesian workers, so any job offer there is unofficial.\n"
            "2. Go only through a licensed placement agency (P3MI). Check its licence (SIP3MI) and the job in SISKOP2MI, or ask your local Disnaker or LTSA.\n"
            "3. A lawful placement has a work visa, a work contract signed before departure and pre-departure orientation at BP3MI. Never leave on a tourist or visit visa.\n"
            "4. Jobs in Korea go only through the government EPS programme with the EPS-TOPIK test; brokers promising a shortcut are lying.\n"
            "5. Never hand over your passport, and don't pay a 'registration fee' to someone you only know from WA or Telegram."
        ),
        "ko": (
            "1. 캄보디아와 미얀마는 인도네시아 정부가 인정하는 노동자 송출 국가가 아닙니다. 그곳 일자리 제안은 모두 비공식입니다.\n"
            "2. 정식 등록된 송출업체(P3MI)를 통해서만 가세요. 업체 허가(SIP3MI)와 공고는 SISKOP2MI에서 확인하거나 지역 노동사무소(Disnaker)·LTSA에 물어보세요.\n"
            "3. 합법적인 송출에는 취업비자, 출국 전에 서명한 근로계약서, BP3MI의 출국 전 교육이 있습니다. 관광비자나 방문비자로 떠나지 마세요.\n"
            "4. 한국 취업은 EPS-TOPIK 시험을 거치는 정부 간 고용허가제(EPS)로만 가능합니다. 지름길을 약속하는 브로커는 거짓말입니다.\n"
            "5. 여권을 넘기지 말고, WA나 텔레그램으로만 아는 사람에게 '등록비'를 보내지 마세요."
        ),
        "id": (
            "1. Kamboja dan Myanmar bukan negara penempatan resmi pekerja migran Indonesia, jadi tawaran kerja ke sana pasti tidak resmi.\n"
            "2. Berangkat hanya lewat P3MI resmi. Cek izinnya (SIP3MI) dan lowongannya di SISKOP2MI, atau tanyakan ke Disnaker atau LTSA setempat.\n"
            "3. Penempatan resmi punya visa kerja, perjanjian kerja yang ditandatangani sebelum berangkat, dan Orientasi Pra Pemberangkatan di BP3MI. Jangan berangkat pakai visa turis atau visa kunjungan.\n"
            "4. Kerja ke Korea hanya lewat program G to G (EPS) dengan ujian EPS-TOPIK; calo yang menjanjikan jalur cepat itu bohong.\n"
            "5. Jangan serahkan paspor, dan jangan bayar 'biaya pendaftaran' ke orang yang hanya Anda kenal lewat WA atau Telegram."
        ),
    },
    "other": {
        "en": (
            "1. Get a work visa and a written contract before you leave. Never travel on a tourist visa or visa-free entry to work.\n"
            "2. Check that the recruiter is licensed by your government's overseas-employment office (in the Philippines, the DMW list of licensed agencies).\n"
            "3. Look the company up yourself: its registration, address and a phone number you find on your own, not the one in the ad.\n"
            "4. Never hand over your passport, and don't pay fees to someone you only know from a chat app.\n"
            "5. Leave a copy of your passport, the contract and the recruiter's contacts with your family."
        ),
        "ko": (
            "1. 출국 전에 취업비자와 서면 계약서를 받으세요. 관광비자나 무비자로 일하러 가지 마세요.\n"
            "2. 모집업체가 본국 정부의 해외취업 담당 기관에 등록된 곳인지 확인하세요(필리핀은 이주노동부 DMW의 허가 업체 목록).\n"
            "3. 광고에 적힌 연락처 말고, 직접 찾은 정보로 회사 등록·주소·연락처를 확인하세요.\n"
            "4. 여권을 절대 맡기지 말고, 메신저로만 아는 사람에게 수수료를 보내지 마세요.\n"
            "5. 가족에게 여권 사본, 계약서, 모집책 연락처를 남겨 두세요."
        ),
        "id": (
            "1. Urus visa kerja dan kontrak tertulis sebelum berangkat. Jangan pernah bekerja dengan visa turis atau bebas visa.\n"
            "2. Pastikan perekrut punya izin dari lembaga penempatan kerja luar negeri di negara Anda (di Filipina: daftar agensi resmi DMW).\n"
            "3. Cek sendiri perusahaannya: registrasi, alamat, dan nomor telepon yang Anda cari sendiri, bukan yang ada di iklan.\n"
            "4. Jangan serahkan paspor, dan jangan bayar biaya ke orang yang hanya Anda kenal dari aplikasi chat.\n"
            "5. Tinggalkan salinan paspor, kontrak, dan kontak perekrut pada keluarga."
        ),
    },
}

# The name of an offer's language (inner key) in the reader's language (outer key).
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "ko": "Korean", "id": "Indonesian", "th": "Thai", "vi": "Vietnamese", "zh": "Chinese"},
    "ko": {"en": "영어", "ko": "한국어", "id": "인도네시아어", "th": "태국어", "vi": "베트남어", "zh": "중국어"},
    "id": {"en": "bahasa Inggris", "ko": "bahasa Korea", "id": "bahasa Indonesia", "th": "bahasa Thailand",
           "vi": "bahasa Vietnam", "zh": "bahasa Mandarin"},
    "th": {"en": "ภาษาอังกฤษ", "ko": "ภาษาเกาหลี", "id": "ภาษาอินโดนีเซีย", "th": "ภาษาไทย", "vi": "ภาษาเวียดนาม",
           "zh": "ภาษาจีน"},
    "vi": {"en": "tiếng Anh", "ko": "tiếng Hàn", "id": "tiếng Indonesia", "th": "tiếng Thái", "vi": "tiếng Việt",
           "zh": "tiếng Trung"},
    "zh": {"en": "英文", "ko": "韩文", "id": "印尼文", "th": "泰文", "vi": "越南文", "zh": "中文"},
}

# Anything that could be a phone number: a "+" or "0" then 7+ more digits, spaces or
# dashes between them, or any run of 8+ digits (a wa.me link).
_PHONE_LIKE = re.compile(r"(?:\+|(?<![\d.,])0)\d(?:[\s().-]?\d){6,}|\d{8,}")
MAX_EVIDENCE = 90


def _merge_translations() -> None:
    """The offer checker's texts in the languages kept in bot/language/i18n/<lang>.yml."""
    from bot.language.texts import translations

    for section, table in (("offers_flags", FLAG_TEXTS), ("offers_texts", TEXTS)):
        for language, entries in translations(section).items():
            for key, text in (entries or {}).items():
                if key in table and isinstance(text, str):
                    table[key][language] = text
    for language, text in translations("offers_verify_other").items():
        if isinstance(text, str):
            VERIFY["other"][language] = text


_merge_translations()


def t(key: str, lang: str, **values: Any) -> str:
    table = TEXTS[key]
    return table.get(lang, table["en"]).format(**values)


def safe_quote(evidence: str) -> str:
    """The offer's words, shortened, with anything like a phone number hidden."""
    quote = " ".join(evidence.split())
    quote = _PHONE_LIKE.sub("…", quote)
    if len(quote) > MAX_EVIDENCE:
        quote = quote[: MAX_EVIDENCE - 1].rstrip() + "…"
    return quote


def explain(flag: Any, lang: str, citizen: Optional[str] = None) -> str:
    """One flag's meaning for this reader: a travel-ban area is their own government's ban
    (with its penalty) only for Korean citizens; for everyone else, a measure of the danger."""
    if flag.flag == "travel_ban_area" and verify_group(citizen, lang) == "KR":
        return t("travel_ban_area_kr", lang)
    template = FLAG_TEXTS[flag.flag].get(lang, FLAG_TEXTS[flag.flag]["en"])
    ratio = (flag.detail or {}).get("ratio")
    return template.format(ratio=_ratio(ratio, lang)) if ratio else _without_ratio(template, lang)


def _ratio(value: float, lang: str) -> str:
    text = f"{value:.0f}" if value >= 3 else f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text  # Indonesian decimal comma


def _without_ratio(template: str, lang: str) -> str:
    if "{ratio}" not in template:
        return template
    # a salary flag built without figures (tests, older callers): drop the number
    fallback = {"en": "Pay far above the norm for such work. It is the main bait of compound recruiters.",
                "ko": "이런 일의 보통 급여보다 훨씬 많습니다. 비현실적인 고수익은 사기 작업장 모집의 가장 흔한 미끼입니다.",
                "id": "Gajinya jauh di atas wajar untuk pekerjaan seperti ini. Ini umpan paling umum perekrut markas penipuan.",
                "th": "ค่าจ้างสูงกว่างานแบบนี้ตามปกติมาก ซึ่งเป็นเหยื่อล่อหลักของนายหน้าหาคนเข้าฐานสแกมเมอร์",
                "vi": "Lương cao hơn hẳn mức thường của việc như thế này. Đây là mồi nhử chính của kẻ tuyển người vào khu lừa đảo.",
                "zh": "工资远高于这类工作的正常水平。这是园区招聘者最主要的诱饵。"}
    return fallback.get(lang, fallback["en"])


VERIFY_SOURCES = Path(__file__).resolve().parents[2] / "db" / "sources" / "verify-advice-th-vn-cn.md"


def _sourced_verify_advice() -> None:
    """Verification steps for Thai, Vietnamese and Chinese applicants, as researched and
    cited in db/sources/verify-advice-th-vn-cn.md (its closing YAML block), in English and
    the applicant's language; other readers get the English."""
    try:
        text = VERIFY_SOURCES.read_text(encoding="utf-8")
        block = re.findall(r"```yaml\n(.*?)```", text, re.S)[-1]
        advice = (fast_yaml.safe_load(block) or {}).get("verify") or {}
    except (OSError, IndexError, yaml.YAMLError):
        return
    for group, variants in advice.items():
        if isinstance(variants, dict) and variants.get("en"):
            VERIFY[group] = {lang: _one_step_a_line(str(t_).strip()) for lang, t_ in variants.items() if t_}


def _one_step_a_line(steps: str) -> str:
    """"1. … 2. … 3. …" folded onto one line by YAML: each numbered step on its own line again,
    as the other groups' steps are (the next step's number only, so a hotline number that ends a
    sentence stays whole)."""
    for number in range(2, 10):
        steps = re.sub(rf"(?:[ \t]+|(?<=[。！？；]))(?={number}\.(?:\s|[^\d\s]))", "\n", steps, count=1)
    return steps


_sourced_verify_advice()


def verify_group(citizen: Optional[str], lang: str) -> str:
    """KR, ID, TH, VN, CN or other: whose verification steps to show."""
    code = (citizen or nationality_guess(lang) or "").upper()[:2]
    return code if code in VERIFY else "other"


def _reported(rows: Iterable[Mapping[str, Any]], lang: str) -> list[str]:
    lines = []
    for row in rows:
        if row.get("kind") == "phone":
            who = t("reported_phone", lang)
        elif row.get("kind") == "handle":
            who = "@" + str(row.get("value"))
        else:
            who = safe_quote(str(row.get("value")))
        lines.append(f"• {who}")
    return lines


def render(
    analysis: Analysis,
    lang: str,
    citizen: Optional[str] = None,
    reported: Iterable[Mapping[str, Any]] = (),
    evidence: bool = False,
) -> str:
    """The answer to a checked offer, in `lang`, for a user of nationality `citizen`; with
    `evidence` (the emergency card was just given), a lure is answered as evidence to keep.

    `reported` are rows of `bot.offers.recruiters.match()` (identifiers already reported).
    """
    lang = lang if lang in LANGS else "en"
    evidence = evidence and analysis.risk == "high"
    head = [t("evidence_head" if evidence else f"level_{analysis.risk}", lang), t("score", lang, score=round(analysis.score * 100))]
    if analysis.held_back:
        head.append(t(f"held_back_{analysis.held_back}", lang))
    if analysis.telling:
        head.append(t("wording_like_lures", lang, words=", ".join(f"«{safe_quote(w.evidence)}»" for w in analysis.telling)))
    if analysis.language != lang and (analysis.flags or analysis.telling):
        head.append(t("quoted_as_written", lang, language=LANGUAGE_NAMES[lang].get(analysis.language, analysis.language)))
    parts = ["\n".join(head)]

    reported_lines = _reported(reported, lang)
    if reported_lines:
        parts.append("\n".join([t("reported_heading", lang), *reported_lines]))

    if analysis.flags:
        lines = [t("flags_heading", lang)]
        for flag in analysis.flags:
            lines.append(f"• «{safe_quote(flag.evidence)}»: {explain(flag, lang, citizen)}")
        parts.append("\n".join(lines))
    elif not analysis.telling:
        parts.append(t("no_flags", lang))
    if analysis.assurances:
        parts.append("\n".join([t("assurances_heading", lang)] + [f"• «{safe_quote(a.evidence)}»" for a in analysis.assurances]))

    if evidence:
        parts.append(t("evidence_what_to_do", lang))
    else:
        group = VERIFY[verify_group(citizen, lang)]
        parts.append(t("what_to_do", lang) + "\n" + (group.get(lang) or group["en"]))
    parts.append(t("closing", lang))
    text = "\n\n".join(parts)
    return text if len(text) <= MAX_CHARS else _shorten(parts, lang)


def _shorten(parts: list[str], lang: str) -> str:
    """Keep the level, the reports, advice and contacts; cut flag lines from the end."""
    text = "\n\n".join(parts)
    while len(text) > MAX_CHARS:
        flag_part = next((i for i, p in enumerate(parts) if p.startswith(t("flags_heading", lang))), None)
        if flag_part is None or parts[flag_part].count("\n") < 1:
            return text[: MAX_CHARS - 1] + "…"
        parts[flag_part] = parts[flag_part].rsplit("\n", 1)[0]
        text = "\n\n".join(parts)
    return text
