"""The job-offer analyser and its answer: flags with evidence in en, ko, id, th, vi and zh, levels,
hard negatives, rendering across languages, and the check-offer command."""
from __future__ import annotations

import io
import json
import math
import re
from pathlib import Path

import pytest

from bot.cli.offers import check_offers
from bot.offers import wording
from bot.offers.risk import ASSURANCE_IDS, DECISIVE_SCORE, FLAG_IDS, HIGH_THRESHOLD, MEDIUM_THRESHOLD, WEIGHTS, analyse, detect_language
from bot.offers.texts import DETECTED, FLAG_TEXTS, LANGS, MAX_CHARS, TEXTS, VERIFY, render, safe_quote

DATA = Path(__file__).parent / "data" / "offers.jsonl"

# (flag, language, a realistic sentence, the exact words that must be quoted)
CASES = [
    ("destination_hub", "en", "Hotel staff needed in Sihanoukville, good pay.", "Sihanoukville"),
    ("destination_hub", "ko", "프놈펜 현지 사무실 근무 가능하신 분.", "프놈펜"),
    ("destination_hub", "id", "Dibutuhkan staf kantor, penempatan Kamboja.", "Kamboja"),
    ("travel_ban_area", "en", "Office work in Poipet, apply now.", "Poipet"),
    ("travel_ban_area", "ko", "미야와디 현지 근무자 모집합니다.", "미야와디"),
    ("travel_ban_area", "id", "Lowongan di Golden Triangle, Laos utara.", "Golden Triangle"),
    ("vague_destination", "en", "The office is somewhere in Southeast Asia.", "Southeast Asia"),
    ("vague_destination", "ko", "근무지는 합격 후 알려 드립니다.", "근무지는 합격 후"),
    ("vague_destination", "id", "Penempatan di Asia Tenggara, info lanjut menyusul.", "Asia Tenggara"),
    ("salary_too_high", "en", "Chat support agent, salary 2.5k USD/month.", "2.5k USD/month"),
    ("salary_too_high", "ko", "고객 상담 업무 월 800만원 지급.", "월 800만원"),
    ("salary_too_high", "id", "Admin online gaji 25 juta per bulan.", "25 juta per bulan"),
    ("no_experience", "en", "No experience needed, we train you.", "No experience needed"),
    ("no_experience", "ko", "경력 무관, 성실한 분이면 됩니다.", "경력 무관"),
    ("no_experience", "id", "Tanpa pengalaman, langsung kerja.", "Tanpa pengalaman"),
    ("costs_paid", "en", "We offer free flight and accommodation.", "free flight"),
    ("costs_paid", "ko", "왕복 항공권 제공, 숙소도 있습니다.", "왕복 항공권 제공"),
    ("costs_paid", "id", "Tiket pesawat ditanggung perusahaan.", "Tiket pesawat ditanggung"),
    ("tourist_visa_work", "en", "You can start work on a tourist visa.", "tourist visa"),
    ("tourist_visa_work", "ko", "무비자로 입국해서 바로 근무합니다.", "무비자"),
    ("tourist_visa_work", "id", "Berangkat pakai visa turis saja.", "Berangkat pakai visa turis"),
    ("vague_office_job", "en", "We need typists for our office.", "typists"),
    ("vague_office_job", "ko", "간단한 데이터 입력 업무입니다.", "데이터 입력"),
    ("vague_office_job", "id", "Dicari operator game online.", "operator game"),
    ("crypto_gambling", "en", "Join an online casino support team.", "casino"),
    ("crypto_gambling", "ko", "바카라 사이트 관리 직원 모집.", "바카라"),
    ("crypto_gambling", "id", "Admin judi online, kerja santai.", "judi"),
    ("messaging_app_only", "en", "Interested? Contact us on Telegram.", "Telegram"),
    ("messaging_app_only", "ko", "카톡 오픈채팅으로 문의 주세요.", "카톡"),
    ("messaging_app_only", "id", "Minat? Hubungi WA.", "WA"),
    ("urgency_secrecy", "en", "Don't tell your family about this job.", "Don't tell"),
    ("urgency_secrecy", "ko", "가족에게는 비밀로 해 주세요.", "비밀"),
    ("urgency_secrecy", "id", "Kuota terbatas, berangkat besok!", "Kuota terbatas"),
    ("no_company_or_contract", "en", "The contract will be signed after arrival.", "contract will be signed after arrival"),
    ("no_company_or_contract", "ko", "계약서는 현지 도착 후 작성합니다.", "계약서는 현지"),
    ("no_company_or_contract", "id", "Nama perusahaan dirahasiakan sampai berangkat.", "Nama perusahaan dirahasiakan"),
    ("passport_handover", "en", "Hand over your passport to our agent at the airport.", "Hand over your passport"),
    ("passport_handover", "ko", "도착하면 여권은 회사에서 보관합니다.", "여권은 회사에서 보관"),
    ("passport_handover", "id", "Paspor ditahan perusahaan selama kontrak.", "Paspor ditahan"),
    ("fees_or_debt", "en", "There is a $200 registration fee.", "registration fee"),
    ("fees_or_debt", "ko", "보증금은 출국 전에 입금하셔야 합니다.", "보증금"),
    ("fees_or_debt", "id", "Ada biaya pendaftaran sebelum berangkat.", "biaya pendaftaran"),
    ("border_route", "en", "Fly to Bangkok, then our driver takes you to the office.", "Fly to Bangkok, then our driver"),
    ("border_route", "ko", "태국 매솟에서 픽업해 드립니다.", "매솟"),
    ("border_route", "id", "Dari Bangkok lewat jalur darat ke kantor.", "jalur darat"),
    # Thai: no spaces between words, so no word boundaries
    ("destination_hub", "th", "รับสมัครพนักงานโรงแรมที่สีหนุวิลล์ รายได้ดี", "สีหนุวิลล์"),
    ("travel_ban_area", "th", "งานออฟฟิศที่ปอยเปต สมัครเลย", "ปอยเปต"),
    ("vague_destination", "th", "ทำงานประเทศเพื่อนบ้าน เดินทางสะดวก", "ประเทศเพื่อนบ้าน"),
    ("salary_too_high", "th", "แอดมินตอบแชท เงินเดือน 5 หมื่น", "เงินเดือน 5 หมื่น"),
    ("no_experience", "th", "ไม่ต้องมีประสบการณ์ มีสอนงานให้", "ไม่ต้องมีประสบการณ์"),
    ("costs_paid", "th", "บินฟรี ที่พักฟรี อาหารฟรี", "บินฟรี"),
    ("tourist_visa_work", "th", "ไม่ต้องใช้วีซ่าทำงาน ใช้แค่พาสปอร์ต", "ไม่ต้องใช้วีซ่าทำงาน"),
    ("vague_office_job", "th", "งานง่ายรายได้ดี ทำที่ออฟฟิศ", "งานง่ายรายได้ดี"),
    ("crypto_gambling", "th", "รับพนักงานดูแลเว็บบาคาร่า", "บาคาร่า"),
    ("messaging_app_only", "th", "สนใจแอดไลน์ได้เลยค่ะ", "แอดไลน์"),
    ("urgency_secrecy", "th", "อย่าบอกครอบครัวว่าไปทำงานอะไร", "อย่าบอกครอบครัว"),
    ("no_company_or_contract", "th", "ไปถึงแล้วค่อยเซ็นสัญญา", "ไปถึงแล้วค่อยเซ็นสัญญา"),
    ("passport_handover", "th", "ถึงแล้วต้องส่งพาสปอร์ตให้บริษัทเก็บไว้", "ส่งพาสปอร์ตให้บริษัท"),
    ("fees_or_debt", "th", "ต้องจ่ายค่าดำเนินการ 15,000 บาทก่อนเดินทาง", "ค่าดำเนินการ"),
    ("border_route", "th", "รถตู้มารับที่กรุงเทพแล้วพาข้ามชายแดน", "ข้ามชายแดน"),
    # Vietnamese, with and without diacritics
    ("destination_hub", "vi", "Tuyển nhân viên làm việc tại Campuchia.", "Campuchia"),
    ("travel_ban_area", "vi", "Can nguoi lam o Bavet, luong tot.", "Bavet"),
    ("vague_destination", "vi", "Làm việc tại một nước Đông Nam Á, địa điểm báo sau.", "Đông Nam Á"),
    ("salary_too_high", "vi", "Tuyển CSKH lương 25 triệu/tháng.", "25 triệu/tháng"),
    ("no_experience", "vi", "Không cần kinh nghiệm, được đào tạo.", "Không cần kinh nghiệm"),
    ("costs_paid", "vi", "Bao vé máy bay, bao ăn ở.", "Bao vé máy bay"),
    ("tourist_visa_work", "vi", "Đi du lịch rồi làm luôn, không lo giấy tờ.", "Đi du lịch rồi làm"),
    ("vague_office_job", "vi", "Viec nhe luong cao, chi can biet dung dien thoai.", "Viec nhe luong cao"),
    ("crypto_gambling", "vi", "Tuyển người quản lý nhà cái online.", "nhà cái"),
    ("messaging_app_only", "vi", "Ai quan tâm liên hệ Zalo nhé.", "Zalo"),
    ("urgency_secrecy", "vi", "Tuyển gấp 10 bạn, bay trong tuần.", "Tuyển gấp"),
    ("no_company_or_contract", "vi", "Hợp đồng ký bên đó, yên tâm.", "Hợp đồng ký bên đó"),
    ("passport_handover", "vi", "Sang đến nơi công ty sẽ giữ hộ chiếu.", "công ty sẽ giữ hộ chiếu"),
    ("fees_or_debt", "vi", "Phí xuất cảnh 15 triệu, nộp trước khi bay.", "Phí xuất cảnh"),
    ("border_route", "vi", "Xe đón tại Mộc Bài rồi đưa qua.", "Mộc Bài"),
    # Chinese, Simplified and Traditional: no word boundaries either
    ("destination_hub", "zh", "西港酒店招前台，待遇优厚。", "西港"),
    ("travel_ban_area", "zh", "妙瓦底园区招聘客服。", "妙瓦底"),
    ("vague_destination", "zh", "工作地点在东南亚，到了再告诉你。", "东南亚"),
    ("salary_too_high", "zh", "招打字员，月薪1万5。", "月薪1万5"),
    ("no_experience", "zh", "無需經驗，會打字就行。", "無需經驗"),
    ("costs_paid", "zh", "包吃包住包机票。", "包吃包住包机票"),
    ("tourist_visa_work", "zh", "办旅游签过去就可以上班。", "旅游签"),
    ("vague_office_job", "zh", "高薪轻松，坐着就能赚钱。", "高薪轻松"),
    ("crypto_gambling", "zh", "招博彩公司客服。", "博彩"),
    ("messaging_app_only", "zh", "有意者加微信详聊。", "加微信"),
    ("urgency_secrecy", "zh", "急招！名额有限。", "急招"),
    ("no_company_or_contract", "zh", "合同到了再签。", "合同到了再签"),
    ("passport_handover", "zh", "到达后护照交公司保管。", "护照交公司保管"),
    ("fees_or_debt", "zh", "中途離職要付賠償金。", "賠償金"),
    ("border_route", "zh", "安排偷渡过去，有人接应。", "偷渡"),
    ("kept_inside", "en", "Job in Cambodia, free flight. The first 3 months you can't go out.", "The first 3 months you can't go out"),
    ("kept_inside", "ko", "해외 근무, 항공권 제공. 첫 3개월은 외출 금지입니다.", "외출 금지"),
    ("kept_inside", "id", "Kerja di Kamboja, tiket ditanggung. Tidak boleh keluar mess selama 3 bulan pertama ya kak", "Tidak boleh keluar mess selama"),
    ("kept_inside", "th", "ไปทำงานกัมพูชา บินฟรี 3 เดือนแรกห้ามออกจากตึก", "3 เดือนแรกห้ามออก"),
    ("kept_inside", "vi", "Qua Cam làm, bao vé máy bay, 3 tháng đầu không được ra ngoài nha", "3 tháng đầu không được ra ngoài"),
    ("kept_inside", "zh", "公司在泰缅边境的工业园里，吃住都在园区里面，不用出去。", "吃住都在园区里面，不用出去"),
    ("accounts_in_your_name", "en", "Job in Cambodia, flight paid, bring 2 bank accounts in your name and a sim, extra $200", "2 bank accounts"),
    ("accounts_in_your_name", "ko", "해외 사무실 근무. 본인 명의 통장 2개랑 유심 챙겨오세요", "통장 2개"),
    ("accounts_in_your_name", "id", "Berangkat ke Thailand, tiket ditanggung. Bawa buku tabungan atas nama sendiri ya kak", "Bawa buku tabungan atas nama sendiri"),
    ("accounts_in_your_name", "th", "เอาบัญชีธนาคารกับซิมชื่อตัวเองไปด้วยนะ มีค่าตอบแทนพิเศษให้", "บัญชีธนาคารกับซิม"),
    ("accounts_in_your_name", "vi", "Mang theo thẻ ngân hàng với sim chính chủ nha, có thêm tiền bồi dưỡng.", "thẻ ngân hàng với sim"),
    ("accounts_in_your_name", "zh", "家里有卡的，带上自己名下的银行卡过去，一天好几千，包吃住包机票", "自己名下的银行卡"),
    ("scam_work", "en", "You chat with men on dating apps using a female profile and get them to invest. Base pay plus bonus.", "female profile"),
    ("scam_work", "ko", "여자인 척 채팅해서 코인 투자로 유도하는 업무입니다. 월급 + 인센티브", "여자인 척"),
    ("scam_work", "id", "Kerja 12 jam, chat sama orang pake akun cewek, ajak main investasi. Gaji pokok 8jt.", "akun cewek"),
    ("scam_work", "th", "งานแชทกับลูกค้าชาวต่างชาติ ใช้โปรไฟล์ปลอม ชวนเขาลงทุน ได้คอมมิชชั่น", "โปรไฟล์ปลอม"),
    ("scam_work", "vi", "Việc là dùng nick ảo nhắn tin làm quen rồi rủ khách đầu tư, lương cứng + hoa hồng.", "nick ảo"),
    ("scam_work", "zh", "工作就是用女号跟客户聊天，引导他们上平台投资，底薪加提成。", "女号"),
]


def test_cases_cover_every_flag_in_every_language():
    assert {(flag, lang) for flag, lang, _, _ in CASES} == {(f, l) for f in FLAG_IDS for l in DETECTED}


@pytest.mark.parametrize("flag, lang, text, evidence", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_each_flag_fires_and_quotes_its_evidence(flag, lang, text, evidence):
    a = analyse(text, language=lang)
    flags = {f.flag: f for f in a.flags}
    assert flag in flags, a.flag_ids()
    assert flags[flag].evidence == evidence
    assert text[flags[flag].start : flags[flag].end] == evidence


@pytest.mark.parametrize(
    "flag, text",
    [
        ("fees_or_debt", "Licensed agency, no placement fee, free of charge."),
        ("fees_or_debt", "수수료 없음, 정식 계약."),
        ("fees_or_debt", "Bebas biaya penempatan, tanpa biaya pendaftaran."),
        ("tourist_visa_work", "Never travel on a tourist visa to work."),
        ("tourist_visa_work", "관광비자 불가, 취업비자 발급 후 출국."),
        ("tourist_visa_work", "Jangan berangkat dengan visa turis."),
        ("passport_handover", "Keep your own passport; never hand over your passport to anyone."),
        ("passport_handover", "여권은 본인이 직접 보관합니다."),
        ("passport_handover", "Paspor tidak boleh ditahan oleh perusahaan."),
        ("crypto_gambling", "Limited slots for the Jakarta trading company."),
        ("messaging_app_only", "온라인 쇼핑몰 상품 등록 업무."),
        ("fees_or_debt", "ไม่มีค่าใช้จ่าย ไม่เก็บค่าหัวคิว ฟรีค่าสมัคร"),
        ("fees_or_debt", "ผู้สมัครไม่ต้องเสียค่าหัวคิว"),
        ("fees_or_debt", "Công ty không thu phí, miễn phí hồ sơ."),
        ("fees_or_debt", "Cong ty khong thu phi moi gioi."),
        ("fees_or_debt", "本公司不收费，无任何费用，不收取押金和保证金。"),
        ("fees_or_debt", "零押金，免中介費。"),
        ("tourist_visa_work", "ห้ามใช้วีซ่าท่องเที่ยวไปทำงาน"),
        ("tourist_visa_work", "Tuyệt đối không đi visa du lịch."),
        ("tourist_visa_work", "严禁以旅游名义出境务工，不得使用旅游签。"),
        ("passport_handover", "ห้ามยึดพาสปอร์ต ลูกจ้างเก็บพาสปอร์ตเอง"),
        ("passport_handover", "Hộ chiếu do người lao động tự giữ."),
        ("passport_handover", "护照本人保管，公司不得扣押护照。"),
        ("messaging_app_only", "ขายของออนไลน์ที่บ้าน ทำงานไลน์ผลิตในโรงงาน"),  # online, production line
        ("messaging_app_only", "坐飞机到广州，公司派人接机。"),  # a plane, not Telegram
        ("costs_paid", "Tuyển bảo vệ tòa nhà, lương 8 triệu."),  # bảo vệ: a guard, not "bao vé"
        ("destination_hub", "Công ty xuất khẩu lao động được cấp phép."),  # lao động: labour, not Laos
        ("destination_hub", "Sang có cam kết hợp đồng rõ ràng."),  # cam kết: a pledge, not Cambodia
        ("messaging_app_only", "We never ask for fees and never recruit via Telegram or WhatsApp."),
    ],
)
def test_denied_or_unrelated_words_raise_no_flag(flag, text):
    assert flag not in analyse(text).flag_ids()


def test_a_denial_with_its_own_object_does_not_cancel_the_next_sign():
    a = analyse("LOKER KAMBOJA gaji 15 juta tanpa pengalaman tiket visa ditanggung visa turis hubungi WA")
    flags = {f.flag: f.evidence for f in a.flags}
    assert flags["no_experience"] == "tanpa pengalaman"
    assert flags["costs_paid"] == "tiket visa ditanggung"
    assert flags["tourist_visa_work"] == "visa turis"
    assert a.risk == "high"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("캄보디아 고객상담 월 500만원 텔레그램 문의", "ko"),
        ("LOKER KAMBOJA gaji 15 juta tanpa pengalaman tiket visa ditanggung hubungi WA", "id"),
        ("Customer service job in Cambodia, $1,500 per month, contact on Telegram", "en"),
        ("Dibutuhkan CS online, gaji $1.000, hubungi Telegram", "id"),
        ("งานปอยเปต เงินเดือน 3 หมื่น ไม่ต้องมีประสบการณ์ แอดไลน์", "th"),
        ("Việc nhẹ lương cao ở Campuchia, bao ăn ở, liên hệ Zalo", "vi"),
        ("viec nhe luong cao o Cam, khong can kinh nghiem, bao an o, lien he zalo", "vi"),
        ("柬埔寨西港招客服，月薪1万5，包吃包住，加微信", "zh"),
        ("柬埔寨西港誠聘客服，月薪3萬，包機票食宿，加LINE詳談", "zh"),
    ],
)
def test_language_is_detected_from_the_offer(text, lang):
    assert detect_language(text) == lang
    assert analyse(text).language == lang


def test_a_given_language_wins_over_detection():
    assert analyse("Customer service in Poipet", language="ko").language == "ko"


def test_weights_and_thresholds_are_the_documented_combination():
    assert set(WEIGHTS) == set(FLAG_IDS) | set(ASSURANCE_IDS) and 0 < MEDIUM_THRESHOLD < HIGH_THRESHOLD < 1
    a = analyse("Job in Sihanoukville, $2,000 per month, contact on Telegram")
    assert a.flag_ids() == ["destination_hub", "salary_too_high", "messaging_app_only"]
    learned = json.loads((Path(__file__).parents[1] / "bot" / "offers" / "weights.json").read_text())
    z = learned["bias"] + sum(learned["flags"][f] for f in a.flag_ids())
    assert a.flag_chance == pytest.approx(1 / (1 + math.exp(-z)))
    assert a.score == pytest.approx(wording.blend(a.flag_chance, a.wording))
    assert a.risk == "high"


def test_weights_are_learned_from_development_sets_only():
    learned = json.loads((Path(__file__).parents[1] / "bot" / "offers" / "weights.json").read_text())
    assert learned["offers"] >= 510 and not any("bench/" in source for source in learned["learned_from"])


@pytest.mark.parametrize("text", [
    "Passport kept by the company when you arrive.",  # a sign no lawful employer shows, alone: a warning
    "Work on a tourist visa, we renew it every month.",
])
def test_a_decisive_sign_alone_is_at_least_medium(text):
    assert analyse(text).risk in {"medium", "high"}


@pytest.mark.parametrize("text", [
    "Customer service job, the company keeps your passport for safety.",
    "Data entry job, go on a tourist visa, we arrange the rest.",
    "Typing job, we drive you across the border from Mae Sot at night.",
])
def test_a_decisive_sign_with_one_more_is_high(text):
    a = analyse(text)
    assert a.risk == "high", (a.score, a.flag_ids())


def test_the_learner_weighs_what_tells_high_from_low():
    from bot.offers.learn import fit

    offers = ([{"text": "a b", "label": "high"}] * 20 + [{"text": "a", "label": "low"}] * 20
              + [{"text": "b", "label": "high"}] * 5 + [{"text": "c", "label": "low"}] * 5)
    weights = fit(offers, ["a", "b", "c"], lambda text: text.split())
    assert weights.flags["b"] > 1 > weights.flags["a"] and weights.chance(["a", "b"]) > 0.5 > weights.chance(["a"])


@pytest.mark.parametrize(
    "text",
    [
        # a named hotel in Phnom Penh with a contract and a normal salary
        "Mekong Pearl Hotel, Phnom Penh: Front Office Agent, USD 600 per month, written contract, work permit arranged by the hotel, 2 years' experience. Apply by email to hr@mekongpearl.example.",
        # Korea's EPS, only through HRD Korea
        "고용허가제(EPS) 외국인 근로자 채용: 한국산업인력공단을 통해 EPS-TOPIK 합격자 중 선발, 월 2,096,270원, 기숙사 제공.",
        # a licensed Indonesian placement agency to Japan
        "PT Sinar Karya (P3MI resmi, terdaftar di SISKOP2MI) penempatan ke Jepang, visa kerja, kontrak ditandatangani sebelum berangkat, OPP di BP3MI.",
        # a Korean company on WorldJob+ with its business registration number
        "[월드잡플러스] (주)한솔테크 베트남 법인 품질관리 엔지니어, 사업자등록번호 214-86-00000, 연봉 5,000만원, 취업비자 발급 후 출국.",
        # a Bangkok international school teacher with a work permit
        "International school in Bangkok hiring a science teacher, THB 70,000 per month, work permit and Non-B visa sponsored, teaching licence required.",
        # normal customer service at home
        "Lowongan customer service di Surabaya, gaji Rp 4.500.000, BPJS, interview di kantor.",
        "서울 콜센터 상담원 모집, 월 230만원, 4대보험, 사람인으로 지원.",
    ],
)
def test_hard_negatives_stay_below_high(text):
    a = analyse(text)
    assert a.risk in {"low", "medium"}, (a.score, a.flag_ids())


def test_destination_alone_is_low():
    a = analyse("Mekong Pearl Hotel in Phnom Penh is hiring a receptionist, USD 450 per month, contract and work permit provided.")
    assert a.flag_ids() == ["destination_hub"] and a.risk == "low"


def test_salary_norm_depends_on_the_applicants_country():
    offer = "Customer service in Cambodia, salary $1,500 per month."
    assert "salary_too_high" in analyse(offer, citizen="ID").flag_ids()  # Rp 5.7 M is the Jakarta norm
    assert "salary_too_high" not in analyse(offer, citizen="KR").flag_ids()  # KRW 2 M is the Korean norm


def test_identifiers_are_extracted_and_normalised():
    a = analyse(
        "WA +855 12 345 678 or 0812-0000-0000, Telegram @HR_Asia, t.me/Jobs_KH, https://www.Fake-Jobs.example.com/apply, "
        "email hr@company.com. Gaji Rp 15.000.000, 사업자등록번호 214-86-00000"
    )
    got = {(i.kind, i.value) for i in a.identifiers}
    assert ("phone", "85512345678") in got and ("phone", "081200000000") in got
    assert ("handle", "hr_asia") in got and ("handle", "jobs_kh") in got
    assert ("link", "t.me/jobs_kh") in got and ("link", "fake-jobs.example.com/apply") in got
    assert not any(v in {"company.com", "company"} for _, v in got)  # e-mail is not a handle or link
    assert not any(k == "phone" and v in {"15000000", "2148600000"} for k, v in got)


def test_an_english_offer_for_a_korean_user_is_explained_in_korean():
    offer = "Urgent! Customer service in Sihanoukville, salary 2,500 USD per month, no experience needed, free flight. Telegram @cs_hr"
    a = analyse(offer, citizen="KR")
    assert a.language == "en"
    out = render(a, "ko", "KR")
    assert out.startswith("🔴 위험도 높음")
    assert "«Sihanoukville»" in out and "«no experience needed»" in out and "«free flight»" in out
    assert "사기 작업장(스캠 단지)이 몰려 있는 지역입니다" in out
    assert "광고가 영어로 되어 있어 원문 그대로 인용합니다." in out
    assert "KOTRA" in out and "월드잡플러스" in out and "사업자등록번호" in out and "한국산업인력공단" in out
    assert "/contacts" in out and "/emergency" in out
    assert "HIGH RISK" not in out and "What to do" not in out


def test_an_indonesian_user_gets_the_p3mi_steps_in_indonesian():
    a = analyse("Kerja di Bavet, gaji 20jt, visa turis, hubungi WA")
    out = render(a, "id", "ID")
    assert out.startswith("🔴 RISIKO TINGGI")
    assert "Kamboja dan Myanmar bukan negara penempatan" in out and "SISKOP2MI" in out and "BP3MI" in out
    assert "«visa turis»: Bekerja dengan visa turis" in out


@pytest.mark.parametrize("lang", LANGS)
def test_a_travel_ban_area_is_the_readers_own_ban_only_for_a_korean(lang):
    a = analyse("Customer service in Poipet, 2500 USD, free flight, no experience needed, Telegram only")
    [ban] = [f for f in a.flags if f.flag == "travel_ban_area"]
    korean, other = render(a, lang, "KR"), render(a, lang, "TH")
    assert f"«{ban.evidence}»: {TEXTS['travel_ban_area_kr'][lang]}" in korean
    assert FLAG_TEXTS["travel_ban_area"][lang] not in korean
    assert f"«{ban.evidence}»: {FLAG_TEXTS['travel_ban_area'][lang]}" in other
    assert TEXTS["travel_ban_area_kr"][lang] not in other


def test_the_korean_ban_names_its_penalty_and_others_are_told_what_it_means():
    a = analyse("Customer service in Poipet, 2500 USD, free flight, no experience needed, Telegram only")
    assert "KRW 10 million" in render(a, "en", "KR") and "KRW 10 million" not in render(a, "en", "VN")
    assert "forbids its own citizens" in render(a, "en", "VN")
    assert "เกาหลีใต้ถึงกับห้ามพลเมืองของตัวเอง" in render(a, "th", None)  # a Thai reader, nationality guessed
    assert "여권법으로 처벌" in render(a, "ko", None)  # a Korean reader, nationality guessed


def test_salary_line_gives_the_ratio_in_the_users_language():
    a = analyse("Admin online di Kamboja, gaji 25 juta per bulan", citizen="ID")
    [salary] = [f for f in a.flags if f.flag == "salary_too_high"]
    assert salary.detail["norm_usd"] == 350
    out = render(a, "id", "ID")
    assert "sekitar 4 kali gaji biasa" in out


PHONE_LIKE = re.compile(r"\+\s?\d|\d(?:[\s().-]?\d){7,}")


def test_rendering_never_writes_a_phone_number():
    offer = "Job in Poipet, $2000. WA +855 12 345 678 or 0812-0000-0000, wa.me/85512345678, call 012 345 678"
    a = analyse(offer)
    assert any(i.kind == "phone" for i in a.identifiers)
    for lang in LANGS:
        for citizen in ("KR", "ID", "PH"):
            out = render(a, lang, citizen, [{"kind": "phone", "value": "85512345678"}])
            assert not PHONE_LIKE.search(out), out


@pytest.mark.parametrize("evidence", ["send it to +855 12 345 678 now", "WA 0812-0000-0000", "wa.me/85512345678", "call 012 345 678"])
def test_quoted_evidence_hides_phone_numbers(evidence):
    quoted = safe_quote(evidence)
    assert not PHONE_LIKE.search(quoted) and "…" in quoted


def test_quoted_evidence_keeps_amounts():
    assert safe_quote("Rp 15.000.000 per bulan") == "Rp 15.000.000 per bulan"
    assert safe_quote("월 2,096,270원") == "월 2,096,270원"


def test_static_texts_exist_in_every_language_and_hold_no_markdown_or_numbers():
    assert set(FLAG_TEXTS) == set(FLAG_IDS)
    tables = [*FLAG_TEXTS.values(), *TEXTS.values(), *VERIFY.values()]
    for table in tables:
        # Every reader's language; advice researched for one nationality (KR, ID) in its own and ours
        # (en, ko, id: the languages it was written in, whatever languages the patterns read).
        assert set(table) == set(LANGS) or (table in (VERIFY["KR"], VERIFY["ID"]) and set(table) >= {"en", "ko", "id"}) \
            or any(table is VERIFY[g] and set(table) == {"en", own} for g, own in (("TH", "th"), ("VN", "vi"), ("CN", "zh")))
        for text in table.values():
            assert text.strip() and "**" not in text and "`" not in text and "](" not in text
            assert not PHONE_LIKE.search(text)
    # Advice researched per nationality (Korea, Indonesia; Thailand, Vietnam, China from
    # db/sources/verify-advice-th-vn-cn.md), and the general steps for everyone else.
    assert set(VERIFY) == {"KR", "ID", "TH", "VN", "CN", "other"}


def test_every_answer_is_plain_and_short_enough():
    offers = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    longest = max(offers, key=lambda t: len(analyse(t).flags))
    for lang in LANGS:
        for citizen in ("KR", "ID", None):
            out = render(analyse(longest), lang, citizen, [{"kind": "handle", "value": "x" * 30}])
            assert len(out) <= MAX_CHARS
            assert "*" not in out and "`" not in out


def test_low_risk_answer_still_says_to_verify():
    out = render(analyse("Barista in Yogyakarta, Rp 2,8 juta, walk-in interview."), "en", None)
    assert out.startswith("🟢 LOW RISK") and "I found none of the usual warning signs" in out
    assert "work visa and a written contract" in out


def test_check_offer_command_writes_one_json_object_per_offer():
    inp = io.StringIO(
        '{"text": "바벳 사무실 직원 구함 월 700 텔레그램 @bavet_kr"}\n'
        "\n"
        "Hotel receptionist in Phnom Penh, USD 450 per month, written contract.\n"
    )
    out = io.StringIO()
    assert check_offers(inp, out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first) == ["risk", "score", "language", "flags", "assurances", "held_back", "wording", "telling", "identifiers"]
    assert first["risk"] == "high" and first["language"] == "ko" and first["score"] == round(first["score"], 2)
    assert {"flag": "travel_ban_area", "evidence": "바벳"} in first["flags"]
    assert first["identifiers"] == [{"kind": "handle", "value": "bavet_kr", "text": "@bavet_kr"}]
    assert "바벳" in lines[0]  # ensure_ascii=False
    assert second["risk"] == "low" and second["language"] == "en"


def test_check_offer_reports_a_json_line_without_text():
    out = io.StringIO()
    assert check_offers(io.StringIO('{"id": 1}\n'), out) == 1
    assert json.loads(out.getvalue())["line"] == 1


def test_labelled_offers_meet_the_targets_per_language():
    offers = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(offers) >= 100
    for lang in DETECTED:
        subset = [o for o in offers if o["language"] == lang]
        assert len(subset) >= 33 and {o["label"] for o in subset} == {"high", "low"}
        predicted = [analyse(o["text"]).risk == "high" for o in subset]
        actual = [o["label"] == "high" for o in subset]
        tp = sum(p and a for p, a in zip(predicted, actual))
        assert tp / sum(actual) >= 0.95, lang  # recall of high
        assert tp / sum(predicted) >= 0.90, lang  # precision of high


@pytest.mark.parametrize("text, sign", [
    ("Hotel in Phnom Penh hiring a cook, USD 700, work permit arranged, 3 years' experience required.", "work_permit_contract"),
    ("越南工厂招聘主管，月薪1.5万，签订劳动合同，五年以上经验。", "work_permit_contract"),
    ("เตือนภัย! อย่าหลงเชื่อประกาศงานแอดมินในประเทศเพื่อนบ้าน เงินเดือนสูง บินฟรี", "warning_notice"),
])
def test_signs_of_a_real_employer_are_quoted_and_lower_the_score(text, sign):
    a = analyse(text)
    assert sign in [s.flag for s in a.assurances] and a.risk != "high", (a.score, a.signs())
    assert any(f"«{s.evidence}»" in render(a, "en") for s in a.assurances)


@pytest.mark.parametrize("text", [
    "Fact check: posts offering 'typing jobs in Cambodia, $2,000, free tickets, Telegram only' are linked to trafficking rings.",
    "Hati-hati! Ciri-ciri lowongan palsu: gaji 20 juta tanpa pengalaman, tiket gratis, visa turis, cuma lewat Telegram. Bagikan ke keluarga.",
    "[기사] 캄보디아 '고수익 알바' 광고에 속아 출국한 20대, 범죄단지에 감금… 경찰 '텔레그램 구인 광고 주의'",
    "ข่าว: แรงงานไทยถูกหลอกไปทำงานแอดมินที่ปอยเปต เงินเดือน 5 หมื่น บินฟรี สุดท้ายถูกยึดพาสปอร์ต",
    "Dấu hiệu tin tuyển dụng lừa: lương 30 triệu, bao vé máy bay, không cần kinh nghiệm, chỉ liên hệ Telegram. Nhiều bạn trẻ bị lừa sang Campuchia.",
    "新闻：多名青年被骗至缅甸妙瓦底，招聘广告称月薪2万、包吃住、无需经验。警方提醒大家警惕。",
])
def test_warnings_news_and_lessons_about_the_scam_are_not_offers(text):
    # they quote the red flags (and the answer shows them), but the text warns: not high
    a = analyse(text)
    assert len(a.flags) >= 3 and a.risk != "high", (a.score, a.signs())
    assert {"warning_notice", "warning_second_cue"} <= {s.flag for s in a.assurances}


@pytest.mark.parametrize("text", [
    "My cousin got this: 'CS job in Laos, 2k USD, free flights, Telegram only'. Is it legit?",
    "Ada yang nawarin anak saya kerja di Myanmar gaji 25 juta, tiket gratis. Ini penipuan bukan?",
    "친구가 캄보디아 고수익 알바 같이 가자는데 사기인가요? 비행기표도 준대요",
    "月入过万，缅甸园区打字员，包吃住，这个靠谱吗？",
    # ads that borrow a warning's words
    "Beware of fake recruiters using our name. Chat support in Poipet, 1500 USD, visa free entry, WhatsApp only.",
    "ข่าวดี! รับสมัครพนักงานพิมพ์งาน กัมพูชา เงินเดือน 45,000 บาท ที่พักฟรี",
    "Cam kết không lừa đảo, tuyển CSKH tại Campuchia lương 30 triệu, bao vé, liên hệ Telegram",
])
def test_an_offer_asked_about_or_borrowing_a_warnings_words_stays_high(text):
    a = analyse(text)
    assert a.risk == "high" and "warning_notice" not in [s.flag for s in a.assurances], (a.score, a.signs())


def test_a_denied_work_visa_is_a_red_flag_not_an_assurance():
    a = analyse("Kerja di Malaysia jadi admin, gaji 10 juta, berangkat lewat Batam. Gak perlu visa kerja, pakai paspor biasa.")
    assert {f.flag: f.evidence for f in a.flags}["tourist_visa_work"] == "Gak perlu visa kerja"
    assert "work_permit_contract" not in [s.flag for s in a.assurances]
    assert "border_route" in a.flag_ids() and a.risk == "high"


@pytest.mark.parametrize("text, evidence", [
    ("Temenku ada kerjaan di Poipet, gajinya gede, berangkat minggu ini.", "gajinya gede"),
    ("해외 고수익 알바 제안 받았어요. 캄보디아래요.", "고수익"),
])
def test_big_pay_without_a_figure_is_the_salary_sign(text, evidence):
    flags = {f.flag: f.evidence for f in analyse(text).flags}
    assert flags["salary_too_high"] == evidence


def test_big_pay_words_next_to_a_normal_salary_are_no_sign():
    assert "salary_too_high" not in analyse("Lowongan sales, gaji tinggi: Rp 4.500.000 + komisi, Surabaya.").flag_ids()


def test_a_language_is_not_a_destination():
    # "bahasa Inggris" is English, not the United Kingdom and its pay
    a = analyse("Cari teman yang bisa bahasa Inggris buat kerja di Thailand, gaji 15jt, kontak DM IG.", citizen="ID")
    [salary] = [f for f in a.flags if f.flag == "salary_too_high"]
    assert salary.detail["norm_usd"] == 400


@pytest.mark.parametrize("text", [
    "Angkor Wat 3D2N from Bangkok: van + hotel in Siem Reap + guide. Cambodian visa on arrival at Poipet not included. Book on our website.",
    "ทัวร์นครวัด 3 วัน 2 คืน รถตู้จากกรุงเทพฯ ผ่านด่านปอยเปต คนไทยเข้ากัมพูชาไม่ต้องใช้วีซ่า",
    "请问从胡志明市坐巴士到金边，木排口岸办落地签方便吗？",
    "Paket tour Kamboja 4H3M, Phnom Penh – Siem Reap, WNI bebas visa 30 hari.",
])
def test_a_tour_or_a_travellers_question_is_never_called_a_lure(text):
    """No job in it: a border town or "visa-free" is travel, at most worth a second look."""
    assert analyse(text).risk != "high"


@pytest.mark.parametrize("text", [
    "Remote customer support (English) via Upwork: $8–12/hour, paid weekly through the platform.",
    "크몽에서 번역 프리랜서 하는데 수수료 떼고 한 달 평균 150~200 정도 벌어요.",
])
def test_work_through_a_known_platform_is_quoted_as_a_lawful_sign(text):
    a = analyse(text)
    assert a.risk != "high"
    assert "known_platform" in [s.flag for s in a.assurances]


@pytest.mark.parametrize("text, evidence", [
    ("IT회사 한국어 CS, 세후 450. 비자는 들어가서 해결하면 됩니다.", "비자는 들어가서 해결"),
    ("轻松工作，月薪一万五，包吃住。先来旅游，工作准证公司后续处理。", "先来旅游"),
    ("รับคนตอบแชท ทำที่เวียดนาม ช่วงแรกยังไม่ต้องใช้ใบอนุญาตทำงาน", "ช่วงแรกยังไม่ต้องใช้ใบอนุญาตทำงาน"),
])
def test_work_papers_promised_after_arrival_are_the_tourist_visa_sign(text, evidence):
    flags = {f.flag: f for f in analyse(text).flags}
    assert flags["tourist_visa_work"].evidence == evidence


@pytest.mark.parametrize("text", [
    "[기획] 미얀마 KK파크 탈출 20대의 증언 \"타자만 빠르면 된다고 했다\" — 항공권과 숙소를 모두 대준다는 말에 출국했다.",
    "Opini: Mengapa tawaran 'kerja di luar negeri tanpa pengalaman, gaji dolar' masih laku?",
])
def test_features_and_opinion_pieces_are_warnings_not_ads(text):
    a = analyse(text)
    assert a.risk != "high" and "warning_notice" in [s.flag for s in a.assurances]


def test_a_warning_that_quotes_every_red_flag_is_no_lure():
    text = ("ตำรวจไซเบอร์เตือน!! ระวังแก๊งหลอกไปทำงานต่างประเทศ ชวนทำงานแอดมิน เงินเดือนสูง ไม่ต้องมีประสบการณ์ "
            "ออกค่าเดินทางให้ ไปถึงกัมพูชาโดนยึดพาสปอร์ต")
    a = analyse(text)
    assert a.risk != "high"
    assert {"warning_notice", "warning_second_cue"} <= {s.flag for s in a.assurances}


@pytest.mark.parametrize("lang", ["en", "ko", "id", "th", "vi", "zh"])
def test_a_held_back_score_says_why_and_matches_its_level(lang):
    from bot.offers.texts import render, t

    a = analyse("Angkor Wat 3D2N from Bangkok, van + hotel, visa on arrival at Poipet not incl. WhatsApp us to book")
    assert (a.risk, a.held_back) == ("medium", "no_job") and a.score < wording.HIGH
    shown = render(a, lang)
    assert t("held_back_no_job", lang) in shown and t("score", lang, score=round(a.score * 100)) in shown


@pytest.mark.parametrize("text, flags", [
    # pay said, not written ("thousand-dollar salary", "good salary"), leaving within the week
    ("Tuyen CTV ra nuoc ngoai lam van phong, luong nghin do, di nhanh trong tuan, chi can gui anh ho chieu.",
     {"salary_too_high": "luong nghin do", "urgency_secrecy": "di nhanh trong tuan",
      "tourist_visa_work": "chi can gui anh ho chieu"}),
    ("รับคนดูแลระบบ บ่อเต็น เงินเดือนดี ค่ารถฟรี", {"salary_too_high": "เงินเดือนดี", "costs_paid": "ค่ารถฟรี"}),
    ("ซัพพอร์ตเกมออนไลน์ ตั๋วเครื่องบินบริษัทออก", {"vague_office_job": "ซัพพอร์ต", "costs_paid": "ตั๋วเครื่องบินบริษัทออก"}),
    ("我姐在柬埔寨上班 活很轻松 缺人", {"vague_office_job": "活很轻松"}),
])
def test_pay_costs_and_easy_work_as_people_write_them(text, flags):
    found = {f.flag: f.evidence for f in analyse(text).flags}
    assert {flag: found.get(flag) for flag in flags} == flags


def test_weekly_pay_is_a_job_so_an_ad_without_the_word_job_is_not_held_back():
    a = analyse("💵 해외 단기 고수익 💵\n태국 / 라오스 / 캄보디아\n남녀 무관 20~40\n주급 지급\n항공·숙박 무료\n라인 ID: asiawork")
    assert a.held_back is None and a.risk == "high", (a.score, a.signs())


@pytest.mark.parametrize("text, flags", [
    ("需要几个会打中文字的，工资高，费用公司全包。",
     {"vague_office_job": "打中文字", "salary_too_high": "工资高", "costs_paid": "费用公司全包"}),
    ("한국어 가능자 급하게 구해요. 대우 좋습니다. 비용은 다 회사에서 냅니다.",
     {"urgency_secrecy": "급하게 구", "salary_too_high": "대우 좋", "costs_paid": "비용은 다 회사에서 냅"}),
    ("밥 숙소 다 나와. 대신 주변엔 어학연수 간다고 해", {"costs_paid": "밥 숙소 다 나와"}),
    ("หาคนใช้คอมเป็น ค่าแรงดี ออกค่าใช้จ่ายให้หมด",
     {"vague_office_job": "ใช้คอมเป็น", "salary_too_high": "ค่าแรงดี", "costs_paid": "ออกค่าใช้จ่ายให้หมด"}),
])
def test_pay_costs_and_hiring_said_without_figures(text, flags):
    found = {f.flag: f.evidence for f in analyse(text).flags}
    assert {flag: found.get(flag) for flag in flags} == flags


@pytest.mark.parametrize("text, flag", [
    ("某大学招聘柬埔寨语专任教师，要求博士学历。", "destination_hub"),  # Khmer, the language
    ("Biaya program dan tiket ditanggung peserta.", "costs_paid"),  # borne by the participant
    ("Lecturer in Southeast Asian Studies, PhD required.", "vague_destination"),
])
def test_words_that_only_look_like_a_sign(text, flag):
    assert flag not in analyse(text).flag_ids()


def test_a_tour_that_helps_with_the_visa_is_no_job():
    a = analyse("Tour Myanmar Yangon – Bagan 5N4Đ, hỗ trợ làm e-visa / visa on arrival, khách sạn 4 sao. Giá từ 15.990.000đ.")
    assert a.held_back == "no_job" and a.risk != "high"


@pytest.mark.parametrize("flag, lang, text, evidence", [
    # A third country first, then on to another: how recruits reach the compounds
    ("border_route", "en", "We fly you to Dubai first, then transfer to Cambodia.", "fly you to Dubai first, then transfer to"),
    ("border_route", "vi", "Qua Dubai làm 1 tháng rồi chuyển sang Cam.", "Qua Dubai làm 1 tháng rồi chuyển sang"),
    ("border_route", "zh", "先去迪拜然后转柬埔寨。", "迪拜然后转"),
    ("border_route", "th", "ไปทำงานดูไบแล้วจะต่อไปประเทศอื่น", "ดูไบแล้วจะต่อไปประเทศ"),
    ("border_route", "id", "Berangkat ke Dubai dulu, habis itu pindah ke Kamboja.", "ke Dubai dulu, habis itu pindah"),
    ("border_route", "ko", "두바이 거쳐서 캄보디아로 가요", "두바이 거쳐서 캄보디아"),
    ("costs_paid", "en", "1800 a month plus food and room.", "plus food and room"),
    ("costs_paid", "th", "งานลาว อยู่ฟรีกินฟรี", "อยู่ฟรี"),
    ("no_experience", "en", "Chat support, no exp needed.", "no exp"),
    ("no_company_or_contract", "th", "ยังไม่ได้เซ็นสัญญาเลย เขาบอกไปเซ็นที่นู่น", "ยังไม่ได้เซ็นสัญญา"),
    ("salary_too_high", "th", "งานคอม เงินเดือนเกือบแสน", "เกือบแสน"),
    ("salary_too_high", "th", "ไปทำงานที่ลาว เงินดี", "เงินดี"),
    ("salary_too_high", "vi", "Lương nghìn rưỡi đô, bao ăn ở.", "Lương nghìn rưỡi đô"),
    ("salary_too_high", "zh", "招人去西港，月薪一万五。", "月薪一万五"),
    ("salary_too_high", "en", "Job in Poipet, 1800 a month.", "1800 a month"),
    # the phone handed in is the same control as the passport kept
    ("passport_handover", "vi", "Điện thoại cá nhân nộp lại khi vào ca.", "Điện thoại cá nhân nộp lại"),
    ("passport_handover", "zh", "入园后手机统一管理。", "手机统一管理"),
    ("passport_handover", "ko", "업무폰 지급하니 개인폰은 안 가져오셔도 됩니다.", "개인폰은 안 가져오"),
    ("passport_handover", "en", "Prepare your passport, you will hand it to our coordinator in Bangkok.",
     "passport, you will hand it to our coordinator"),
    ("passport_handover", "vi", "Bên mình giữ hộ hộ chiếu trong thời gian làm thủ tục.", "Bên mình giữ hộ hộ chiếu"),
    ("urgency_secrecy", "id", "Ga usah bilang ortu dulu ya.", "Ga usah bilang ortu"),
    ("urgency_secrecy", "ko", "엄마한텐 아직 말하지 말고 ㅋㅋ", "엄마한텐 아직 말하지 말"),
    ("urgency_secrecy", "en", "Please don't post about the job on Facebook yet.", "don't post about the"),
    ("salary_too_high", "vi", "làm online nhàn lắm mà lương gấp 3 ở nhà", "gấp 3 ở nhà"),
    ("salary_too_high", "id", "Gajinya 2x lipat UMR Jakarta.", "2x lipat"),
    ("costs_paid", "ko", "항공권은 저희가 보내드려요.", "항공권은 저희가 보내"),
    # onboarding instructions: pass as a tourist, no passport needed, quiet on the way
    ("tourist_visa_work", "ko", "입국심사 때는 '관광'이라고만 답하세요.", "'관광'이라고만 답"),
    ("tourist_visa_work", "id", "Jangan daftar SISKOP2MI, nanti ditahan di bandara.", "Jangan daftar SISKOP2MI"),
    ("border_route", "th", "ไม่ต้องเอาพาสปอร์ตมา ทางบริษัทพาข้ามเอง", "ไม่ต้องเอาพาสปอร์ต"),
    ("border_route", "zh", "不用带护照，我们带你过去。", "不用带护照"),
    ("urgency_secrecy", "vi", "Điện thoại tắt định vị, không đăng gì lên Facebook.", "tắt định vị"),
    ("passport_handover", "vi", "Sim Việt Nam sẽ được thu lại khi qua biên giới.", "Sim Việt Nam sẽ được thu lại"),
    ("passport_handover", "en", "On arrival, hand your passport to the admin lady.", "hand your passport to"),
    ("passport_handover", "ko", "현지 도착하면 휴대폰은 회사폰으로 교체합니다.", "휴대폰은 회사폰으로 교체"),
    ("salary_too_high", "zh", "去泰国干仨月顶国内干一年。", "干仨月顶国内干一年"),
    ("salary_too_high", "ko", "월급이 여기 두 배래!", "두 배래"),
    ("salary_too_high", "en", "Pay is double what you earn at the supermarket.", "double what you earn"),
    ("urgency_secrecy", "ko", "이 방은 출국 후 삭제됩니다.", "이 방은 출국 후 삭제"),
    ("border_route", "ko", "베트남 통해서 들어가는 일자리", "베트남 통해서 들어가"),
    # word of mouth: what a cousin or a neighbour passes on
    ("tourist_visa_work", "id", "Berangkat pakai visa liburan dulu ya, nanti diurus.", "visa liburan"),
    ("tourist_visa_work", "ko", "일단 관광으로 들어가면 된대", "관광으로 들어가"),
    ("tourist_visa_work", "th", "ไปเที่ยวก่อนนะ งานค่อยว่ากัน", "ไปเที่ยวก่อน"),
    ("tourist_visa_work", "zh", "你先去金边玩两天再说", "先去金边玩"),
    ("tourist_visa_work", "en", "Come on holiday, the work permit gets sorted there.", "work permit gets sorted there"),
    ("costs_paid", "en", "They covered my flight and the dorm.", "covered my flight"),
    ("costs_paid", "ko", "숙식 다 주고 일도 쉽대", "숙식 다 주고"),
    ("costs_paid", "vi", "Vé máy bay có người trả hết.", "Vé máy bay có người trả"),
    ("costs_paid", "zh", "吃住都是公司的,不用花钱", "吃住都是公司的"),
    ("vague_office_job", "vi", "Chỉ cần biết gõ phím là được.", "gõ phím"),
    ("vague_office_job", "id", "Kerjaannya bales chat doang kok.", "bales chat"),
    ("vague_office_job", "zh", "就是做电脑工作,很简单", "做电脑工作"),
    ("salary_too_high", "vi", "Làm ở đó lương hơn chục củ một tháng.", "lương hơn chục củ"),
    ("salary_too_high", "id", "Katanya dapet tiga kali gaji di sini.", "tiga kali gaji"),
    ("salary_too_high", "zh", "那边工资开得特别高", "工资开得特别高"),
    ("border_route", "th", "ถึงแม่น้ำแล้วมีคนพาข้ามไปฝั่งโน้น", "พาข้ามไป"),
    ("border_route", "id", "Kerja di Malaysia dulu, terus dipindah ke Kamboja.", "di Malaysia dulu, terus dipindah ke"),
    ("urgency_secrecy", "en", "Only ten slots, they're going fast.", "slots, they're going fast"),
    ("fees_or_debt", "en", "The agent charges 40k for the visa.", "charges 40k for the visa"),
])
def test_colloquial_signs_written_apart(flag, lang, text, evidence):
    a = analyse(text, language=lang)
    flags = {f.flag: f for f in a.flags}
    assert flag in flags, a.flag_ids()
    assert flags[flag].evidence == evidence


@pytest.mark.parametrize("text", [
    "Customer service, Makati office, salary 18,000 per month, SSS and PhilHealth.",  # pesos, not dollars
    "We fly you to Dubai for the interview at our head office.",  # a route without an onward move
    "Call centre agents, Accra. GHS 3,500/month, walk-in interviews.",  # cedis, not dollars
])
def test_not_signs(text):
    a = analyse(text)
    assert "salary_too_high" not in a.flag_ids() and "border_route" not in a.flag_ids(), a.flag_ids()


@pytest.mark.parametrize("lang, text", [
    ("en", "Tmrw 4am terminal 2. If immigration asks, you're visiting friends. Delete this chat after reading."),
    ("ko", "공항에서 누가 물어보면 놀러 간다고 해. 이 대화는 읽고 바로 삭제 부탁해요."),
    ("id", "Di imigrasi jawab liburan ya. Chat ini hapus abis dibaca."),
    ("th", "ถ้าด่านถามบอกว่าไปเที่ยว ไปถึงแล้วลบแชทนี้ด้วย"),
    ("vi", "Hải quan hỏi thì nói đi chơi. Đọc xong xóa hết tin nhắn nha."),
    ("zh", "边检问就说去玩几天，看完把聊天记录删了。"),
])
def test_instructions_to_deceive_the_border_are_a_lure_without_the_word_job(lang, text):
    # sent after someone said yes: no job, no pay, only what to say and what to erase
    a = analyse(text, language=lang)
    assert a.risk == "high", (a.flag_ids(), a.held_back)
    assert "tourist_visa_work" in a.flag_ids()


@pytest.mark.parametrize("text", [
    # a passport kept stays high however the rest is worded (the wording alone reads 0.35)
    "Welcome! HR will keep your passport for the work permit processing, as per the contract.",
    "입사 후 여권은 계약서에 따라 회사에서 보관합니다. 근로계약서 작성.",
])
def test_a_promised_contract_does_not_clear_a_kept_passport(text):
    a = analyse(text)
    assert "passport_handover" in a.flag_ids()
    assert "work_permit_contract" not in a.signs()
    assert a.risk == "high"


@pytest.mark.parametrize("text", [
    "Promo trip Phnom Penh 4D3N incl. flights, hotel and a tour leader. Visa on arrival.",
    "다음 주 회사 출장으로 프놈펜 가요. 도착 비자 받아도 되나요?",
    "公司派我去金边出差一周，落地签可以吗？",
])
def test_a_tour_leader_or_a_business_trip_is_no_job(text):
    assert analyse(text).risk != "high"


@pytest.mark.parametrize("lang, text", [
    ("en", "Remember: tourist, 5 days. Delete this chat once you land."),
    ("ko", "가족한테는 여행 간다고만 하고, 이 대화는 읽고 바로 삭제 부탁해요."),
    ("zh", "过海关的时候问你就说来玩的，千万别提工作。"),
])
def test_being_told_to_deceive_is_reason_enough(lang, text):
    a = analyse(text, language=lang)
    assert a.risk == "high", (a.flag_ids(), a.score)
    assert a.flags  # quoted by a flag: the answer shows these words


@pytest.mark.parametrize("text", [
    "Safe-migration session on Saturday: never work on a tourist visa, never let anyone keep your passport, never delete your chats with a recruiter.",
    "กระทรวงการต่างประเทศขอเตือน อย่าหลงเชื่อคนที่บอกให้เข้าแบบท่องเที่ยวก่อนแล้วลบแชท",
])
def test_a_warning_that_lists_the_deceit_is_no_lure(text):
    assert analyse(text).risk != "high"


@pytest.mark.parametrize("lang, text, flag", [
    ("th", "หาน้องๆ ไลฟ์สดขายของ ประจำที่ปอยเปต", "vague_office_job"),
    ("zh", "招女主播，金边，零基础带教", "vague_office_job"),
    ("en", "Easy job, chatting with customers online. PM for more info", "messaging_app_only"),
    ("th", "บริษัทออกตั๋วให้ฟรี", "costs_paid"),
    ("zh", "公司出机票，有护照即可", "costs_paid"),
    ("ko", "한국 월급 3배, 옆 나라 근무", "vague_destination"),
    # other voices: Taglish, Javanese, Malay, Thai-English, Traditional Chinese, Vietnamese teen code
    ("en", "Sa immigration, sabihin nyo vacation trip lang kayo.", "tourist_visa_work"),
    ("id", "Nek ditakoni petugas, jawab wae arep liburan.", "tourist_visa_work"),
    ("id", "Berangkat guna visa pelancong dulu.", "tourist_visa_work"),
    ("th", "ส่ง passport ให้ HR เก็บไว้ทำวีซ่า", "passport_handover"),
    ("zh", "培訓期間手機也要先交給主管保管", "passport_handover"),
    ("vi", "đi làm bên thái, đc bao vé, ib t nha", "costs_paid"),
])
def test_posts_as_channels_and_captions_write_them(lang, text, flag):
    assert flag in analyse(text, language=lang).flag_ids()


def test_a_daily_wage_is_not_a_gang():
    # 일당 is both "a day's pay" and "a gang": with a figure it is the pay
    a = analyse("단기 해외 알바 / 일당 50 / 비행기표 지원 / 바로 출국")
    assert "warning_notice" not in a.signs()
    assert a.risk == "high"


@pytest.mark.parametrize("text", [
    "📢 群公告：本群禁止发布“境外高薪、包机票、无需经验”类招聘信息，一经发现立即踢出并举报。",
    "ไทยตัดไฟฟ้าและอินเทอร์เน็ตชายแดนเมียวดี เพื่อสกัดแก๊งคอลเซ็นเตอร์",
])
def test_group_rules_and_news_of_a_crackdown_are_not_offers(text):
    assert analyse(text).risk != "high"


def test_a_security_guard_is_not_a_paid_ticket():
    # "bảo vệ" (a guard) and "bao vé" (ticket covered) fold to the same letters
    assert "costs_paid" not in analyse("Tuyển bảo vệ ca đêm, lương 8 triệu.").flag_ids()


@pytest.mark.parametrize("lang, text", [
    ("id", "Kalo ditanya keluarga bilang aja kerja di hotel di Bangkok ya, nanti kirim uang."),
    ("zh", "跟家里人就说在深圳上班，别说出国。"),
    ("en", "The crossing is by small boat, no stamp needed. Our people wait on the other side."),
])
def test_deceit_toward_family_or_border_is_high(lang, text):
    assert analyse(text, language=lang).risk == "high"


@pytest.mark.parametrize("text", [
    "Data Entry Clerk – County Records Office, Springfield. $15.80/hr, 20 hrs/week, on-site only.",
    "Registered Nurse, NHS Trust (Birmingham), £28,407–£34,581 per annum, visa sponsorship.",
    "Remote customer support, Tidewave Software, Lisbon, Portugal: €12/hour, 20 hrs/week.",
])
def test_pay_is_judged_against_where_the_job_is(text):
    # a wage that is high at home is ordinary in Birmingham, an American county or Lisbon
    assert "salary_too_high" not in analyse(text).flag_ids()


@pytest.mark.parametrize("text", [
    "【旅行社行程】泰國曼谷芭堤雅 5 天 4 晚，團費 NT$ 25,900 起，含來回機票。台灣護照入境泰國免簽。本公司為甲種旅行社。",
    "다음 주 호치민 출장 일정 공유드립니다. 베트남은 45일 무비자라 별도 비자 없습니다. 숙소는 회사 법인카드 결제 완료.",
])
def test_a_tour_or_a_business_trip_with_company_words_is_no_lure(text):
    assert analyse(text).risk != "high"


@pytest.mark.parametrize("text", [
    "When the officer at the counter asks, tell immigration you're visiting a friend on holiday. Our driver picks you up outside arrivals.",
    "출국할 때 여행 간다고 말하세요. 도착하면 저희 쪽 사람이 나가 있어요. 유심은 공항에서 버리시면 됩니다.",
    "Nanti di imigrasi bilang aja mau wisata ya. Dari bandara ada yg jemput, sisanya kami urus.",
    "ถึงด่านแล้วบอกว่ามาเที่ยวนะ จะมีคนมารับอีกฝั่ง ระหว่างทางห้ามโทรหาใคร",
    "Tới sân bay cứ nói là đi du lịch, có người ra đón, còn lại để bên anh lo.",
    "到了口岸就说来玩的就行，出来有人接你，旧手机卡扔掉。",
])
def test_a_handlers_travel_instructions_are_a_lure_without_the_word_job(text):
    a = analyse(text)
    assert a.risk == "high", (a.score, a.signs(), a.held_back)
    assert a.held_back is None


def test_an_instruction_to_deceive_is_quoted_as_a_secret_kept():
    a = analyse("유심은 버리시고 현지 유심 드릴게요. 이동 중엔 누구한테도 연락하지 마세요.")
    secret = next(f for f in a.flags if f.flag == "urgency_secrecy")
    assert secret.evidence == "유심은 버리"
    assert a.risk == "high"


@pytest.mark.parametrize("text", [
    "My neighbour nearly fell for it: 'chat support in Cambodia, $1,800, free flight, Telegram only'. The company didn't exist. Please share with your families.",
    "조카가 '캄보디아 채팅 알바 월 900, 항공권 무료' 광고 보고 갈 뻔했대요. 회사는 존재하지도 않았어요. 주변에 꼭 공유해주세요.",
    "Sepupuku hampir kena: 'admin online di Kamboja, gaji 20jt, tiket gratis, kontak Telegram'. Perusahaannya fiktif. Hati-hati ya semua.",
    "น้องข้างบ้านเกือบโดน งานแอดมินที่ปอยเปต เดือนละ 4 หมื่น บินฟรี คุยแต่ในไลน์ เช็กแล้วไม่มีบริษัทนี้จริง แชร์เตือนกันด้วย",
    "Em họ mình suýt dính: 'việc chat ở Campuchia 28 triệu, bao vé, chỉ liên lạc Telegram'. Công ty không tồn tại. Mọi người cảnh giác nhé.",
    "表弟差点上当：'柬埔寨客服，月薪两万，包机票，只用纸飞机'。一查公司根本不存在，大家转给身边的年轻人。",
])
def test_a_story_of_a_near_miss_that_quotes_the_ad_is_a_warning(text):
    a = analyse(text)
    assert a.risk != "high", (a.score, a.signs())
    assert a.held_back == "warning" or a.score < 0.6


@pytest.mark.parametrize("text", [
    "งานถูกกฎหมาย ไม่ใช่แก๊งคอล! ทำงานที่ปอยเปต ดูแลลูกค้า เงินเดือน 45,000 บินฟรี ที่พักฟรี แอดไลน์",
    "Legit job, not a scam! Customer service in Sihanoukville, $1,800 a month, free flight and dorm, Telegram only.",
])
def test_a_recruiters_not_a_scam_is_no_warning(text):
    a = analyse(text)
    assert "warning_notice" not in {s.flag for s in a.assurances}
    assert a.risk == "high", (a.score, a.signs())


@pytest.mark.parametrize("lang", ["en", "ko", "id", "th", "vi", "zh"])
def test_a_local_job_applied_for_in_person_is_held_back_and_says_why(lang):
    from bot.offers.texts import render, t

    a = analyse("急招！包装工，无需经验，包吃住，月薪5200，带身份证到厂门口面试。")
    assert (a.risk, a.held_back) == ("medium", "local"), (a.score, a.signs())
    assert t("held_back_local", lang) in render(a, lang)


@pytest.mark.parametrize("text", [
    "URGENT: kitchen porters, no experience needed, staff accommodation, walk-in interviews at the hotel on Monday.",
    "[급구] 물류센터 상하차, 경력 없어도 됨, 기숙사 제공, 현장 면접.",
    "DIBUTUHKAN SEGERA operator produksi, tanpa pengalaman, mess disediakan, lamaran dibawa langsung ke pos satpam.",
    "รับด่วน พนักงานร้านอาหาร ไม่ต้องมีประสบการณ์ มีที่พักให้ สมัครได้ที่หน้าร้าน",
])
def test_local_ads_with_urgency_and_a_dorm_are_not_called_lures(text):
    a = analyse(text)
    assert a.risk != "high", (a.score, a.signs())


def test_an_in_person_interview_does_not_clear_a_journey_abroad():
    a = analyse("URGENT: chat agents for our Cambodia office, $1,500, no experience needed, free flight and dorm. Walk-in interview in Manila, bring your passport.")
    assert a.risk == "high" and a.held_back is None, (a.score, a.signs())


def test_a_business_visa_beside_a_named_work_permit_is_no_tourist_entry():
    lawful = analyse("中资水泥厂柬埔寨项目招聘机修工，月薪1.1万，公司办理商务签（E类）及劳工证，国内面试，出国前签合同。")
    assert "tourist_visa_work" not in lawful.flag_ids() and lawful.risk != "high", (lawful.score, lawful.signs())
    lure = analyse("柬埔寨网络客服，月薪两万，先办商务签过去，到了再说，只用飞机联系。")
    assert "tourist_visa_work" in lure.flag_ids() and lure.risk == "high", (lure.score, lure.signs())


@pytest.mark.parametrize("text", [
    "Congrats, you passed! Before we book the flight, send a 400 USD deposit, you get it back after probation. Job is chat support in Thailand.",
    "합격 축하드려요. 항공권 발권 전에 보증금 150만원 보내주시면 3개월 뒤 돌려드려요. 태국 고객응대 업무예요.",
    "Selamat lolos! Sebelum tiket dibeli, transfer uang jaminan 4 juta ya, nanti dikembalikan setelah 3 bulan. Kerja CS di Thailand.",
    "ยินดีด้วยค่ะ ก่อนออกตั๋วโอนค่าประกันช่วงทดลองงาน 8,000 บาท ครบ 3 เดือนได้คืน งานแอดมินที่ต่างประเทศ",
    "Chúc mừng em! Trước khi đặt vé chuyển tiền cọc thử việc 4 triệu, làm đủ 3 tháng hoàn lại. Việc CSKH bên Thái.",
    "恭喜通过！订机票前先交2000元试用期押金，干满三个月退还。泰国客服岗位。",
])
def test_a_deposit_owed_before_the_journey_is_a_lure(text):
    a = analyse(text)
    assert a.risk == "high", (a.score, a.signs())
    assert "fees_or_debt" in a.flag_ids()


def test_a_warning_against_job_deposits_is_not_a_lure():
    a = analyse("Jangan pernah transfer 'uang jaminan kerja' ke orang yang menawarkan pekerjaan di luar negeri. Kirim uang lewat bank resmi.")
    assert a.risk != "high", (a.score, a.signs())


@pytest.mark.parametrize("text", [
    "don't believe the news bro, it's not as bad as the media says. our company treats us well, come join",
    "뉴스는 다 과장이에요. 저희 회사는 주말에 쇼핑도 가요. 오시면 알아요",
    "Jangan percaya berita, kantor kami aman. Ayo berangkat minggu ini.",
    "ข่าวปั่นค่ะ ที่นี่ปลอดภัย มีฟิตเนส มีซูเปอร์ มาเถอะ",
    "Báo chí viết vậy thôi, công ty anh đàng hoàng. Em qua đi.",
    "没新闻说的那么吓人，公司挺好的，你过来就知道了。",
])
def test_a_recruiter_calling_the_news_lies_is_a_lure(text):
    a = analyse(text)
    assert a.risk == "high", (a.score, a.signs())


@pytest.mark.parametrize("text", [
    "[외교부] 캄보디아 '고수익 알바' 주의: 항공권·숙소 무료, 월 1000만원, 텔레그램으로만 연락하는 제안은 범죄단지 유인입니다.",
    "[ประกาศสถานเอกอัครราชทูต ณ กรุงย่างกุ้ง] งานแอดมินที่เมียวดี เงินเดือน 5 หมื่น บินฟรี คุยแต่ในไลน์ คือการหลอกไปทำงานผิดกฎหมาย",
    "外交部领事司：缅北“高薪客服、包机票、只用飞机联系”的招聘均为诈骗，请勿前往。",
])
def test_a_notice_an_authority_signs_is_a_warning(text):
    a = analyse(text)
    assert a.risk != "high", (a.score, a.signs())
    assert "warning_notice" in {s.flag for s in a.assurances}


@pytest.mark.parametrize("text", [
    "Em cứ nói với hải quan là đi du lịch nhé, tuyệt đối đừng nói đi làm. Qua đến nơi anh lo hết giấy tờ.",
    "입국할 때 관광이라고 해야 한대요. 태국 파타야 고객관리, 월급 800, 비행기값 다 대준대요.",
    "Congrats! Salary $2,500. If you resign before 6 months you must compensate the company $5,000 for ticket and visa.",
])
def test_words_read_from_the_blind_sets_after_their_run(text):
    a = analyse(text)
    assert a.risk == "high", (a.score, a.signs())


@pytest.mark.parametrize("text", [
    "Welcome aboard! At immigration, just say you're visiting a friend for a holiday. Your work visa will be "
    "arranged by HR after arrival. Please keep this chat private until you've settled in.",
    "저희 회사는 합법적으로 운영되는 곳이니 걱정 마세요. 입국할 때 일하러 왔다고 하시면 입국 거절될 수 있으니 지인 방문이라고 해주세요.",
    "Terima kasih sudah lolos tes ketik. Siapkan paspor dan saldo rekening min. 5 jt utk bukti liburan di imigrasi. "
    "Kontrak akan ditandatangani di lokasi kerja.",
    "Có người trên Facebook hứa cho con sang Thái Lan làm \"nhân viên game\" lương 20 triệu, lo hết vé máy bay. "
    "Họ dặn con đừng nói với bố mẹ vì công ty bảo mật.",
    "女儿刚毕业，网上认识的人介绍她去柬埔寨做直播运营，月薪2万，包机票包住宿，到了再签合同。各位家长帮我看看，这个能去吗？",
    "Biaya keberangkatan ke Thailand dipinjamkan perusahaan, nanti dipotong gaji 3 bulan pertama. Posisi admin online, "
    "gaji 30.000 baht. Kontrak kerja ditandatangani di Thailand.",
])
def test_instructions_and_debts_phrased_as_in_dev_18(text):
    """Visiting a friend at the border, a holiday's bank balance, "don't tell your parents", a fare
    lent against the pay, a contract signed over there (offers-dev-18, read after its first run)."""
    a = analyse(text)
    assert a.risk == "high", (a.score, a.signs())


@pytest.mark.parametrize("text", [
    "작년에 미얀마 쪽 단지에서 8개월 있다가 나왔습니다. '태국 마케팅 월 500, 항공 숙소 제공'이라는 말에 갔어요. "
    "도착하자마자 여권부터 뺏겼습니다. 제발 텔레그램 구인 믿지 마세요.",
    "家长群转发：孩子找工作，遇到以下情况一律不要去：①只说“东南亚”②只用飞机联系③让用旅游签出境④到了再签合同⑤要求交护照保管。宁可在家多找几个月。",
    "Don't take the Thailand job Chris is pushing in the group chat. My brother took one exactly like it: $1,200, "
    "free ticket, \"customer service\". He ended up in Myanmar and our family paid $3,000 to get him out.",
    "ประกาศสถานเอกอัครราชทูต ณ กรุงพนมเปญ: ระวังการชักชวนผ่านไลน์/เทเลแกรมที่ให้เงินเดือนสูง ไม่ต้องมีประสบการณ์ และให้เข้าเมืองด้วยวีซ่าท่องเที่ยว",
    "公司派我去菲律宾马尼拉出差一周，签证是公司办的商务签，住Makati的酒店。大家觉得那边安全吗？",
    "Tour Campuchia: Phnom Penh – Siem Reap 4N3Đ từ 5.990.000đ, xe giường nằm qua cửa khẩu Mộc Bài. Đặt tour qua Zalo OA.",
    "Lowongan Ladang Sawit Malaysia — resmi via P3MI. Gaji RM 1.700/bulan. Paspor dipegang pekerja sendiri sesuai aturan.",
    "DMW-licensed manning agency hiring for cruise lines: Cabin Steward. USD 1,000–1,400/month, airfare provided by the principal. No placement fee.",
    "【高薪急招】苏州工业园区半导体厂 操作工 综合月薪8000-10000 包吃包住 无需经验 微信报名，厂方直招，不收任何费用",
])
def test_survivors_parents_notices_trips_and_lawful_jobs_from_dev_18(text):
    a = analyse(text)
    assert a.risk != "high", (a.score, a.signs())


@pytest.mark.parametrize("text, want_high", [
    ("udah nyampe? tunggu di lobby, nanti ada mobil hitam. paspor siapin, langsung kasih ke sopir biar dia yg urus. kerja mulai besok", True),
    ("Không cần nói với bố mẹ đâu, qua Campuchia làm vài tháng có tiền gửi về thì bố mẹ mừng. Nói bây giờ kiểu gì cũng cản.", True),
    ("[필독] 출국 전 안내사항\n1. 항공권은 출발 하루 전 전달드립니다\n3. 출입국 심사 시 방문 목적은 '관광'\n4. 기존 카톡 대화 내용 삭제 후 출발", True),
    ("面试就在飞机上聊就行，不用视频。把护照首页和身份证正反面拍给我，今天定下来明天给你出票。", True),
    ("팀장님, 다음 주 방콕 출장 항공권 발권 완료했습니다. 무비자 입국이고 호텔은 전시장 근처로 잡았습니다.", False),
    ("Bro, jadwal dinas ke Bangkok udah fix ya. Pameran di BITEC 3 hari. Bebas visa kok, cukup paspor.", False),
    ("月薪三万包机票还不要经验？醒醒，这是去缅北的单程票", False),
    ("PENGUMUMAN KBRI PHNOM PENH\nWNI yang akan bekerja di Kamboja diimbau memastikan perusahaan memiliki izin resmi. "
     "KBRI menerima banyak pengaduan WNI yang bekerja di perusahaan online scam dan judi online.", False),
])
def test_phrasings_read_from_six_15_after_its_blind_run(text, want_high):
    a = analyse(text)
    assert (a.risk == "high") == want_high, (a.score, a.signs())


@pytest.mark.parametrize("text", [
    "Job in Cambodia, free flight. The first 3 months you can't go out.",
    "Mang theo thẻ ngân hàng với sim chính chủ nha, có thêm tiền bồi dưỡng.",
    "เอาบัญชีธนาคารกับซิมชื่อตัวเองไปด้วยนะ มีค่าตอบแทนพิเศษให้",
    "只是剛來的時候要先培訓一個月，培訓期間不能外出，去柬埔寨，包機票。",
])
def test_being_kept_inside_or_asked_for_ones_accounts_is_reason_enough(text):
    a = analyse(text)
    assert a.risk == "high" and {"kept_inside", "accounts_in_your_name"} & set(a.flag_ids()), (a.flag_ids(), a.held_back)


@pytest.mark.parametrize("text", [
    # wages paid into one's own account, as lawful employers pay them (a bare Korean "wages into
    # your own account, return ticket, dorm" has read as high since the wording weighs in, 0.61)
    "Salary is paid monthly into a bank account in your own name. Flights provided, EPS contract signed in Jakarta.",
    "Gaji ditransfer ke rekening atas nama sendiri tiap bulan. Tiket pesawat ditanggung, penempatan Taiwan lewat P3MI resmi.",
    # a factory at home behind its gate
    "工厂封闭式管理，包吃住，月薪6000，长白班，东莞厂区直招",
    # warnings that name the mule's part
    "[경찰청] 해외 고수익 알바 빙자 통장 대여 주의. 계좌를 빌려주면 처벌받습니다.",
    "🔔 ธนาคารแห่งประเทศไทยเตือน ระวังมิจฉาชีพชวนทำงานออนไลน์ แล้วขอเช่าบัญชีธนาคาร การให้เช่าบัญชีม้ามีความผิดตามกฎหมาย",
])
def test_ones_own_account_for_wages_a_gated_factory_at_home_and_warnings_are_no_such_sign(text):
    a = analyse(text)
    assert not {"kept_inside", "accounts_in_your_name"} & set(a.flag_ids()) and a.risk != "high", (a.flag_ids(), a.risk)


@pytest.mark.parametrize("text", [
    "Kerja 12 jam, chat sama orang pake akun cewek, ajak main investasi. Gaji pokok 8jt. HP disediain.",
    "工作就是用女号跟客户聊天，引导他们上平台投资，底薪加提成。",
])
def test_work_that_is_the_scam_itself_is_reason_enough(text):
    a = analyse(text)
    assert a.risk == "high" and "scam_work" in a.flag_ids(), (a.flag_ids(), a.held_back)


@pytest.mark.parametrize("text, flag", [
    # a list of what to bring: several accounts or SIMs in one's own name
    ("Trước khi đi em chuẩn bị giúp chị:\n- 2 tài khoản ngân hàng chính chủ có app\n- 3 SIM chính chủ\nCông ty dùng để trả lương và làm việc nha em.", "accounts_in_your_name"),
    ("出发前准备：\n✔️ 两张一类银行卡（带U盾、开通网银）\n✔️ 两张实名手机卡\n公司发工资和工作都要用，别忘了带哦～", "accounts_in_your_name"),
    ("ก่อนเดินทางเตรียมของตามนี้นะคะ\n1. สมุดบัญชีธนาคาร 2 เล่ม พร้อมแอป\n2. ซิมการ์ดใหม่ 3 ซิม\nทางบริษัทจะใช้โอนเงินเดือนค่ะ", "accounts_in_your_name"),
    # a fee paid first, "refunded with your first salary"
    ("Please pay USD 350 processing fee for your work visa. This amount will be refunded with your first salary. After payment we will book your flight.", "fees_or_debt"),
    ("비자 발급비랑 항공권 선결제금 180만원 먼저 입금해주셔야 진행이 됩니다. 첫 월급 때 전액 환급해드려요.", "fees_or_debt"),
    ("请先支付签证费、体检费和机票押金共8800元，到岗发第一个月工资时全额返还。", "fees_or_debt"),
    # kept in until the leader allows it; a passport kept "for safekeeping"
    ("Kak, 3 bulan pertama gak boleh keluar komplek ya, buat keamanan. Nanti kalau udah lulus masa training baru bisa izin keluar sama leader", "kept_inside"),
    ("Just to let you know, when you arrive the admin will keep your passport for safekeeping, it's normal for all our staff here.", "passport_handover"),
])
def test_checklists_fees_refunded_with_pay_and_rules_on_arrival(text, flag):
    a = analyse(text)
    assert a.risk == "high" and flag in a.flag_ids(), (a.flag_ids(), a.held_back)


@pytest.mark.parametrize("text", [
    # a service charge among a casino resort's benefits, applied for on its own site
    "NagaWorld 金界綜合娛樂城（金邊）招聘：中文客戶關係主任\n要求：兩年以上酒店或博彩業賓客服務經驗\n待遇：具競爭力薪資，服務費，員工餐，年假，公司辦理工作簽證及工作證",
    # pay in pounds is judged against pay in Britain
    "URGENT – Warehouse Operatives needed in Daventry. No experience required, full training given. £12.21/hr, weekly pay. Apply online or call the branch.",
    # a police notice that names the mule's part
    "경찰 공지: 대포통장·유심 명의대여는 불법입니다. \"통장 빌려주면 월 수백만원\", \"해외 일자리 가기 전에 유심 개통해 오라\"는 제안은 범죄에 이용될 수 있습니다.",
    # a job in Manila with a working visa and the contract read before
    "저 이번에 필리핀 마닐라에 있는 한국계 BPO 회사 정규직 붙었어요. 회사가 9G 워킹비자 진행해준대요. 계약서 미리 받아서 노무사한테도 보여줬고요.",
    # a region named beside the city of the job
    "公司派我去越南胡志明的工厂做生产主管，为期两年，工签公司办，月薪两万五人民币，另外有住房补贴。家里人担心东南亚不安全，值得去吗？",
    # a tour's customer-service phone line is no job
    "【暑期特惠】柬埔寨吴哥窟5天4晚跟团游 ¥3999起 ✅含上海往返机票、暹粒四星酒店 报名请到门店或拨打旅行社客服电话。",
    # an overseas branch is a colleague, not a destination
    "업무용으로 텔레그램 그룹방 쓰는 회사 많나요? 해외 지사랑 같이 쓰는 방이라 카톡보다 편하다고 하시는데, 슬랙이나 팀즈랑 비교하면 어떤가요?",
    # warnings that tell how the scam works
    "Police warn: victims in the compounds were forced to chat with strangers using fake profiles and lure them into crypto investments.",
    "[경찰청] 여자인 척 채팅해 코인 투자로 유도하는 '로맨스 스캠' 피해가 잇따르고 있습니다. 주의하세요.",
    # a question about how to check, from someone who is not yet going anywhere
    "해외취업 사기인지 확인하는 방법 있나요? 회사명 검색하고 대사관에 물어보면 되나요?",
    # a parents' post that lists the red flags
    "ฝากถึงพ่อแม่ทุกคน ลูกหลานเราเจอโฆษณางานในติ๊กต็อก บอกเงินดี ตั๋วฟรี คุยแต่ในเทเลแกรม อย่าให้ไปเด็ดขาดนะคะ",
    # a licensed operator's job at home
    "Perusahaan tambang nikel di Morowali buka lowongan operator alat berat. Gaji 8-12jt, mess & makan ditanggung, wajib SIO & SIM B2.",
])
def test_warnings_questions_benefits_skilled_work_named_places_and_tour_lines_are_not_lures(text):
    a = analyse(text)
    assert a.risk != "high", (a.flag_ids(), [x.flag for x in a.assurances])


def test_a_region_alone_or_beside_dubai_stays_vague():
    a = analyse("搬砖的兄弟们，迪拜不好做了，现在东南亚项目火，底薪+提成，包机票，小白也能上手")
    assert "vague_destination" in a.flag_ids() and a.risk == "high"


def test_a_sign_that_is_reason_enough_shows_a_high_score_not_the_threshold():
    a = analyse("Qua Cam làm, bao vé máy bay, 3 tháng đầu không được ra ngoài nha")
    assert a.risk == "high" and a.score >= DECISIVE_SCORE > wording.HIGH
    assert f"{round(a.score * 100)}/100" in render(a, "vi") and round(a.score * 100) >= 90


def test_asking_not_to_share_an_ad_is_no_warning():
    a = analyse("Customer Experience Specialists for our Asia hub, $1,600/mo, housing, meals, flights. Start ASAP. "
                "Please don't share this post publicly; we hire on referral only.")
    assert "warning_notice" not in [x.flag for x in a.assurances]


@pytest.mark.parametrize("text", [
    "My brother went to Cambodia for a 'sales' job. Now he messages only at night, they took his passport and want $6,000 "
    "ransom before he can leave. He has to scam people on crypto apps. What should we do?",
    "Em gái mình sang Campuchia làm 'CSKH' được 1 tháng, giờ bị thu hộ chiếu, muốn về phải nộp tiền chuộc 7.000 đô. "
    "Nó bị ép nhắn tin lừa đầu tư. Giờ nhà mình phải làm sao?",
    "我表弟去柬埔寨做“客服”，现在护照被扣了，业绩不够就被打，要回来得交赎金。我们该怎么办？",
])
def test_a_family_asking_what_to_do_about_someone_held_now_is_no_warning(text):
    a = analyse(text)
    assert "warning_notice" not in [x.flag for x in a.assurances] and a.risk == "high", (a.flag_ids(), a.risk)


def test_a_survivor_telling_what_was_done_to_her_brother_years_ago_is_still_a_warning():
    a = analyse("My brother was trafficked to Cambodia in 2022 with a fake 'admin' job, $1,500, free flight. "
                "He came back after a year. Please share this with your family and don't fall for such offers.")
    assert a.risk != "high", (a.flag_ids(), [x.flag for x in a.assurances])


@pytest.mark.parametrize("group", ["KR", "ID", "TH", "VN", "CN", "other"])
def test_each_verification_step_starts_its_own_line(group):
    for lang, steps in VERIFY[group].items():
        lines = steps.splitlines()
        assert len(lines) >= 3, (group, lang)
        assert [line.split(".")[0] for line in lines] == [str(i) for i in range(1, len(lines) + 1)], (group, lang)


# Phrasings read from the blind sets six-21 to six-26 after their runs (the texts written for these tests).
@pytest.mark.parametrize("text, flag", [
    # a "stamped" contract as a PDF, then a fee "returned with the first pay" (written for this test,
    # in the way of six-22's recruiters)
    ("สัญญาส่งให้ทางอีเมลแล้วนะคะ เซ็นแล้วส่งกลับ พร้อมโอนค่าทำวีซ่า 6,500 บาท เงินเดือนแรกบริษัทคืนให้ค่ะ ไปทำงานที่ปอยเปต", "fees_or_debt"),
    ("Chị gửi hợp đồng rồi, em ký rồi chuyển 4 triệu phí visa nhé, lương tháng đầu công ty hoàn lại. Làm ở Campuchia em nhé.", "fees_or_debt"),
    ("合同发你了，先交2500签证费，去柬埔寨上班第一个月的工资里返给你。", "fees_or_debt"),
    ("Kindly transfer the 200 USDT visa deposit, it will be returned on your first payday. Job in Cambodia, flight booked after payment.", "fees_or_debt"),
    # compensation owed for quitting early, signed before leaving
    ("Nếu nghỉ việc trước 1 năm phải bồi thường 3.000 USD tiền vé, visa, ăn ở. Ký cam kết trước khi xuất phát.", "fees_or_debt"),
    # what to tell immigration and the family
    ("at the airport if immigration ask u, just say holiday ok, dont say work. our guy meet u outside", "tourist_visa_work"),
    ("Before you fly: tell your family you're going on a holiday in Thailand, explain the job later. Give your passport to our driver.", "passport_handover"),
    # cut off from the family "because the signal in the zone is weak" (written for this test, after six-24)
    ("Our office is in the special economic zone, phone signal is limited there, so tell your family you will call only on Sundays. Ticket ready.", "urgency_secrecy"),
    ("公司在园区里，信号不好，打电话不方便，你跟家里说一个月联系一次就行，机票已经订好了。", "urgency_secrecy"),
    ("Chỗ làm trong đặc khu nên sóng yếu, ít gọi về nhà được, em nói trước với bố mẹ là bận nhé. Lương 30 triệu.", "urgency_secrecy"),
    ("Kantornya di kawasan khusus, sinyal susah jadi jarang bisa telpon keluarga ya kak. Gaji 18jt, tiket dari kami.", "urgency_secrecy"),
    # kept inside and passports left with HR, whatever permit is promised
    ("ไปถึงแล้วพาสปอร์ตต้องฝากไว้กับฝ่ายบุคคลเพื่อทำใบอนุญาตทำงาน ระหว่างนี้ออกนอกบริษัทไม่ได้นะคะ", "passport_handover"),
    # pay first, the contract after arrival
    ("합격하셨습니다. 출국 전 보증금 30만원 입금 부탁드리고, 계약서는 현지 도착 후 작성합니다.", "fees_or_debt"),
    # a fee "made good from the first salary"
    ("Tinggal transfer biaya proses 6jt buat visa ya kak, nanti diganti dari gaji bulan pertama. Berangkat ke Kamboja minggu depan.", "fees_or_debt"),
    ("비자 수수료 120만원 먼저 입금해주시면 항공권 발권해드려요. 첫 달 월급 나올 때 전액 환급됩니다.", "fees_or_debt"),
])
def test_phrasings_of_six_21_to_six_24_are_lures_with_their_sign(text, flag):
    a = analyse(text)
    assert a.risk == "high" and flag in a.flag_ids(), (a.flag_ids(), a.risk, a.held_back)


@pytest.mark.parametrize("text", [
    # a recruiter's later messages: what to say, whom to tell what, what the debt is (written for this
    # test, after six-26's blind run)
    "Ma'am don't line up at the OFW lane, you will go out as tourist. If the IO asks, you're on vacation with your cousin.",
    "ถ้า ตม. ถามว่าไปทำอะไร ให้บอกว่าไปเที่ยวกับเพื่อน ตั๋วขากลับพี่ส่งให้แล้ว",
    "출국할 때 공항에서 직원이 말 걸면 친구 만나러 간다고 하세요. 돌아오는 표는 도착하면 저희가 취소할게요",
    "Chi phí vé, visa tháng đầu cty ứng trước, em ký giấy nhận nợ rồi trừ dần vào lương nha.",
    "机票已经出了，名字是你的。你现在说不去，这八千块钱算谁的？",
    "Em chuyển 3 triệu phí giữ chỗ vào STK này nha (tên cậu chị, tài khoản cty đang bị khóa tạm).",
    "Uang jaminan 2jt ini biar kamu gak kabur pas udah sampe lokasi, dibalikin setelah 3 bulan kerja.",
    "PINNED: hiring CS staff for Cambodia, $2000/month, free flight, no experience, Telegram @hr_cam",
    "Interview via conference call, then fly to Phnom Penh: customer service $1800, free flight, Telegram only",
    "Pameran kerja luar negeri! Lowongan admin Kamboja gaji 20jt, tiket gratis, tanpa pengalaman, hubungi WA",
])
def test_a_recruiters_later_messages_and_ads_borrowing_warnings_words_are_lures(text):
    a = analyse(text)
    assert a.risk == "high", (a.flag_ids(), a.risk, a.held_back)


@pytest.mark.parametrize("text", [
    # pinned posts of parents' groups and channels that disown DMs in their name
    "📌 PINNED – parents group. Red flags we've seen: 'AI trainer' jobs in Cambodia, USDT deposit, 'don't tell your parents'. Post it here and we'll help check.",
    "Admin grup Loker Remote: yang DM ngaku dari kami nawarin kerja ke luar negeri & minta paspor, itu BUKAN kami. Laporkan & blokir.",
    "本频道公告：有人冒用频道名义私聊招海外客服、收押金，与本频道无关，请直接举报拉黑。",
    "[Nhóm phụ huynh] Các dấu hiệu cần nghi ngờ: lương 25tr không cần kinh nghiệm, đi visa du lịch, liên hệ qua Telegram. Chụp lại gửi nhóm nhé.",
    # a survivor's story, and a business trip with a visa on arrival
    "I was held in a compound for five months after a 'customer service, $1,000' ad on Telegram. Free flight, no experience. Please talk to someone before you go.",
    "다음 주에 프놈펜 출장 2박 가는데 도착비자로 들어가도 되나요? 협력사 미팅입니다.",
    "Flying to Phnom Penh for a regional conference, company pays. Is visa on arrival ok?",
    # survivors, fairs, remote work on a tourist visa, reminders (six-23, six-24)
    "Mình từng bị bán qua Sihanoukville 5 tháng. Ai bảo 'không cần hộ chiếu, lương 30 củ chỉ cần gõ phím' là lừa đấy.",
    "下周去金边参加家具展会，机票酒店公司订好了，落地签自己办。",
    "Can I work remotely for my employer back home while staying in Thailand on a tourist visa?",
    "Reminder: don't trust anyone on Telegram offering $2k for typing jobs abroad. It's a trap. Share with your kids.",
    # a lawful placement, a comment that warns, a volunteer camp (six-26)
    "Penempatan Malaysia sektor perkebunan lewat P3MI resmi, gaji sesuai UMR Malaysia. Paspor dipegang pekerja sesuai aturan.",
    "评论区说一句：凡是叫你走小路不用护照、别跟家里说的，百分之百是园区，别去！",
    "ค่ายอาสาสร้างห้องสมุดโรงเรียนที่หลวงพระบาง 5 วัน 4 คืน ค่าสมัคร 4,500 บาท รวมรถ ที่พัก อาหาร ใช้บัตรผ่านแดน",
])
def test_warnings_survivors_channels_trips_and_lawful_placements_of_six_21_to_six_26_are_not_lures(text):
    a = analyse(text)
    assert a.risk != "high", (a.flag_ids(), [x.flag for x in a.assurances])


@pytest.mark.parametrize("text, flag", [
    # offers passed on by a friend, a cousin or a lover (written for this test after six-32's blind run)
    ("my cousin's boss will hold ur passport until the visa is done, that's how it works there. flight is booked", "passport_handover"),
    ("they cover flight and room, but if u leave early u pay back the flight and the training, 8 month contract", "scam_or_bondage"),
    ("Kalo keluar sebelum kontrak 1 tahun selesai ya bayar ganti tiket sama mess, tapi gajinya 15jt kok", "scam_or_bondage"),
    ("ที่นี่งานสบาย แต่โทรหาแม่ไม่ได้บ่อยเพราะหัวหน้าดุ มาด้วยกันไหม ตั๋วเครื่องบินบริษัทออกให้", "scam_or_bondage"),
    ("Anh qua đây làm chung đi, điện thoại laptop công ty cấp mới hết, vé máy bay bên em lo", "passport_handover"),
    ("我在这边挺好，手机公司都配新的，你自己的手机不用带，机票老板出", "passport_handover"),
    ("일은 쉬워 그냥 대본대로 카톡 보내는 거야. 비행기표는 회사가 끊어줘", "scam_or_bondage"),
    ("kerjanya cuma ngobrol sama bule di aplikasi, targetnya mereka mau invest. tiket dibayarin bos", "scam_or_bondage"),
    ("Besok dijemput di bandara ya, jangan lupa hapus chat kita sebelum berangkat", "urgency_secrecy"),
    # six-31 (2026's lure jobs, read after its blind run): "đi Cam" is Cambodia, the fare repaid only after
    # three months, the contract written only on arrival
    ("ai đi Cam làm sale online ko, lương 25tr/tháng, bao ăn ở", "destination_hub"),
    ("游戏代练 去泰国美赛 月薪一万五 包吃住 机票做满三个月才给报", "scam_or_bondage"),
    ("베트남 지사 CS 직무, 항공권 제공, 계약서는 도착해서 작성합니다. 월 500", "no_company_or_contract"),
])
def test_offers_passed_on_by_people_of_six_32_are_lures_with_their_sign(text, flag):
    a = analyse(text)
    assert a.risk == "high", (a.flag_ids(), a.score, a.held_back)
    if flag != "scam_or_bondage":
        assert flag in a.flag_ids(), a.flag_ids()


@pytest.mark.parametrize("text, flag", [
    # six-33 (offers pasted with the sender's own words, read after its blind run; written for this test)
    ("is this normal?? \"training 2 weeks, if u don't hit the target u must pay back the ticket 1800 usd. salary 1500, flight covered\"", "fees_or_debt"),
    ("katanya training sebulan, kalo gak capai target harus ganti tiket 25jt. gaji 12jt, kerja di Bavet", "fees_or_debt"),
    ("ไปทำงานที่ปอยเปต เทรน1เดือน ถ้ายอดไม่ถึงต้องจ่ายค่าตั๋วคืน5หมื่น เงินเดือน3หมื่น", "fees_or_debt"),
    ("qua Bavet làm sale, đào tạo 1 tháng, ko đạt KPI thì đền lại tiền vé 40tr, lương 20tr", "fees_or_debt"),
    ("去巴域做客服 培训一个月 没达标要赔机票钱 月薪一万二", "fees_or_debt"),
    ("agen bilang terbang ke Chiang Rai dulu trus nyebrang ke kawasan ekonomi khusus sebelah Laos buat training, gaji 10jt", "travel_ban_area"),
    ("môi giới bảo lên Chiang Rai rồi sang đặc khu kinh tế bên Lào đào tạo, lương 12tr", "travel_ban_area"),
    ("中介说先到清莱，再去老挝那边的经济特区培训一个月，月薪八千", "travel_ban_area"),
    ("kerja admin di Kamboja gaji 15jt, kontrak ditandatangani pas udah sampe, tiket dibayarin", "no_company_or_contract"),
    ("làm cskh bên Cam 20tr, hợp đồng qua tới nơi ký, bao vé", "no_company_or_contract"),
    ("캄보디아 상담 업무 월 800, 저희는 계약서 같은 거 안 써요, 항공권 지원", "no_company_or_contract"),
    # six-35/36 (a month of messages, short chat lines; read after their blind runs; written for this test)
    ("Customer service in Sihanoukville, 1500 USD. When you arrive the company will keep your phone for the first month", "passport_handover"),
    ("캄보디아 상담직 월 500, 도착하면 핸드폰은 보안상 회사에서 관리해요", "passport_handover"),
    ("làm sale ở Bavet lương 20tr, qua đó cty ko cho dùng điện thoại cá nhân đâu", "passport_handover"),
    ("去西港做客服 月薪一万 到了公司先把护照交给人事统一办证", "passport_handover"),
    ("西港客服 月薪一万二 园区里超市食堂都有 不用出去 出去得跟主管报备", "kept_inside"),
    ("งานแอดมินที่ปอยเปต เดือนละ3หมื่น อยู่ในบริษัทมีทุกอย่าง ไม่ต้องออกไปข้างนอกเลย", "kept_inside"),
    ("kerja admin di Kamboja 15jt, tiket dibayarin, ke keluarga cukup bilang kerja di hotel aja", "urgency_secrecy"),
    ("去缅甸那边上班 月薪两万 走小路过去 有人带", "border_route"),
    ("làm cskh bên Campuchia lương 25tr, nếu về trước hạn phải bồi thường tiền vé 2000$", "fees_or_debt"),
    ("อยากได้เงินใช้หนี้ไหม ไปเขมร3เดือนกลับมามีเงินแสน งานแอดมิน", "fees_or_debt"),
    ("欠了网贷的兄弟 去柬埔寨出去干三个月 全部还清 公司包机票", "fees_or_debt"),
])
def test_the_signs_of_six_33_to_six_36_are_lures_with_their_sign(text, flag):
    a = analyse(text)
    assert flag in a.flag_ids(), a.flag_ids()
    assert a.risk == "high", (a.flag_ids(), a.score, a.held_back)


@pytest.mark.parametrize("text", [
    # six-33/34 (read after their blind runs; written for this test): an account already blocked and
    # reported, a relative home safe, rescued people telling how they were lured
    "anyone else get these? \"job in Cambodia 2000$ no experience free flight add tele\" just block and report guys, don't even reply",
    "\"캄보디아 고수익 알바 월 1500 숙식 제공 항공권 무료\" 이런 거 오면 바로 차단하고 신고하세요",
    "ใครโดนแบบนี้บ้าง \"งานกัมพูชาเดือนละ5หมื่น ตั๋วฟรี แอดเทเล\" บล็อกแล้วรีพอร์ตเลยนะทุกคน",
    "có ai bị như mình ko \"việc bên Cam 20tr bao vé add tele nhé\" block rồi báo cáo luôn mn ơi, đừng rep",
    "我妹已经回家了，那个“老挝网店客服 月薪两万 包机票”是假的，已经报警，账号被封",
])
def test_warnings_of_six_33_and_six_34_are_not_lures(text):
    a = analyse(text)
    assert a.risk != "high", (a.flag_ids(), a.score)


@pytest.mark.parametrize("text, words", [
    ("he said \"our company private, website not needed, many staff from your country already here\"", "website not needed"),
    ("katanya perusahaannya privat, gak perlu web, udah banyak orang Indonesia kerja di sini", "gak perlu web"),
    ("เค้าบอกบริษัทเอกชนไม่ต้องมีเว็บ คนไทยทำงานที่นี่เยอะแล้ว", "ไม่ต้องมีเว็บ"),
    ("ảnh bảo cty tư nhân ko cần web, người VN làm ở đây đông lắm rồi", "ko cần web"),
    ("他说私人公司不需要官网，这边已经有很多中国人在做了", "不需要官网"),
])
def test_a_company_that_needs_no_website_is_quoted(text, words):
    a = analyse(text)
    assert {"flag": "no_company_or_contract", "evidence": words} in a.to_dict()["flags"]


@pytest.mark.parametrize("text, flag", [
    ("我妈说邻居家孩子本来说去迪拜 现在改成去缅甸了 明晚就走 护照已经给中介了", "passport_handover"),
    ("voice của người môi giới: hộ chiếu để anh giữ cho an toàn trong lúc làm visa, ai cũng vậy mà em", "passport_handover"),
    ("họ hứa đi Dubai mà giờ đổi sang Myanmar, tối mai đi rồi, người ta giữ hộ chiếu để làm thủ tục", "passport_handover"),
    ("HR发的语音：护照首页和自拍发我就行 票给你订好了周四的 家里别说太多 他们会担心", "urgency_secrecy"),
])
def test_an_offer_retold_by_voice_still_shows_the_kept_passport_and_the_secret(text, flag):
    a = analyse(text)
    assert flag in a.flag_ids() and a.risk == "high"


@pytest.mark.parametrize("text", ["护照千万别交给中介，这是提醒", "Hộ chiếu của bạn do bạn tự giữ, công ty không giữ."])
def test_a_passport_one_keeps_oneself_is_no_such_sign(text):
    assert "passport_handover" not in analyse(text).flag_ids()


@pytest.mark.parametrize("text", [
    "Sir said switch off phone while crossing, safe ba?",
    "이동중엔 폰 꺼두래요. 이거 괜찮은거?",
    "hp disuruh matiin pas perjalanan. normal kah?",
    "ให้ปิดมือถือตอนเดินทางอะ",
    "đi đường phải tắt máy hả mn",
    "路上要关机？？",
])
def test_a_phone_switched_off_on_the_way_is_secrecy(text):
    """No one can follow the trip: a recruiter's step the checker called low before (blind set
    arranged-heldout); alone it makes an offer medium at least."""
    analysis = analyse(text)
    assert "urgency_secrecy" in analysis.flag_ids()
    assert analysis.risk in ("medium", "high")


@pytest.mark.parametrize("text", [
    "my phone switched off because the battery died", "he turned off his phone 3 days ago", "手机没电关机了",
    "아들 폰이 꺼져 있어요", "hp adik sy dimatiin sejak minggu lalu", "เขาปิดเครื่องไปแล้ว ติดต่อไม่ได้",
    "nó tắt máy rồi không liên lạc được",
])
def test_a_phone_that_is_off_is_no_such_sign(text):
    """A dead battery, or a relative's phone off: a family's words, not a recruiter's instruction."""
    assert "urgency_secrecy" not in analyse(text).flag_ids()


@pytest.mark.parametrize("text", [
    "the company will keep my passport for the work permit, normal?",
    "they will hold my passport while i work there, ok?",
    "majikan akan simpan paspor saya selama kontrak, wajar?",
    "agen mau pegang paspor aku sampe kontrak habis",
    "公司说护照要交给他们保管",
    "中介说护照先交给对方，到了再还",
])
def test_an_employer_keeping_my_passport_is_a_handover(text):
    """Told in the writer's own words ("keep MY passport", the employer before the verb, "交给他们"):
    the checker found no sign in these and called the first one medium and the third low."""
    analysis = analyse(text)
    assert "passport_handover" in analysis.flag_ids()
    assert analysis.risk == "high"


@pytest.mark.parametrize("text", ["paspor saya simpan sendiri, majikan gak pegang", "护照不用交给他们，自己保管"])
def test_a_passport_the_worker_keeps_is_still_no_handover(text):
    assert "passport_handover" not in analyse(text).flag_ids()


@pytest.mark.parametrize("text, question", [
    ("HR ให้ปิดมือถือตลอดทาง ปกติไหมคะ", "ปกติไหมคะ"),
    ("agent says phone off the whole trip, is it normal?", "normal"),
    ("路上要关机，正常吗", "正常吗"),
    ("dan tat dinh vi suot chuyen di, binh thuong?", "binh thuong"),
    ("hp disuruh matiin pas perjalanan. normal kah?", "normal kah"),
])
def test_the_askers_own_question_is_not_quoted_as_the_recruiters_words(text, question):
    """'HR ให้ปิดมือถือตลอดทาง ปกติไหมคะ' was answered 'worded like the lures we have seen: «ปกติไหมคะ»'
    ('is it normal?'): the asker's words, not the recruiter's. They are neither weighed nor quoted."""
    analysis = analyse(text)
    assert not any(question in w.evidence for w in analysis.telling)
    from bot.offers.wording import without_asking

    assert question not in without_asking(text) and len(without_asking(text)) == len(text)


def test_an_instruction_to_deceive_is_medium_at_least_however_short():
    """The wording model, taught on ads, has little to go on in one short instruction and pulled
    'hp disuruh matiin pas perjalanan.' to low; an instruction to deceive keeps it medium."""
    assert analyse("hp disuruh matiin pas perjalanan.").risk in ("medium", "high")
    assert analyse("Never hand over your passport to anyone.").risk == "low"
