"""Money and pressure no lawful recruiter uses (bot/offers/pressure.py), and what the offer
checker makes of them: phrasings of blind sets six-27 and six-28, read after their blind runs."""
from __future__ import annotations

import pytest

from bot.offers import pressure
from bot.offers.risk import analyse, fold


@pytest.mark.parametrize("text", [
    "Please pay the document fee today so HR can book your flight, or we lose the slot",
    "보증금 50만원만 보내주시면 자리 홀딩해드려요. 오늘 자정까지 입금 안 되면 다음 분께 넘어갑니다",
    "mohon transfer biaya medical & visa Rp 3.500.000 paling lambat hari ini jam 23.59",
    "กรุณาโอนค่าเอกสารและตรวจสุขภาพ4,500บาทภายในวันนี้ก่อน24.00น.",
    "Vui lòng chuyển khoản phí xử lý hồ sơ 3.800.000đ trước 23h59 hôm nay",
    "请于今晚23:59前缴纳资料审核费及体检费共计2800元以保留岗位",
])
def test_a_payment_against_a_same_day_deadline_is_pressure(text):
    assert pressure.fee_deadline(fold(text))


@pytest.mark.parametrize("text", [
    "Submit your documents by 10 August; the agency charges no fee.",  # a deadline, no payment today
    "Doanh nghiệp chỉ được thu tiền ký quỹ theo quy định, nếu bị yêu cầu đặt cọc giữ chỗ hãy phản ánh",
    "今天天气很好，我们去公园吧",
])
def test_a_deadline_without_a_payment_or_a_hold_on_a_seat_is_not(text):
    assert not pressure.fee_deadline(fold(text))


@pytest.mark.parametrize("text", [
    "hi ma im ok just busy. company say cant go out now. need pay 3000 usd to go home early. dont call police pls",
    "mah aku gpp kok, cuma blm boleh pulang, kata bos harus bayar ganti rugi 50jt dulu. jgn lapor polisi ya mah",
    "แม่หนูไม่เป็นไรนะ แค่ยังกลับไม่ได้ เค้าบอกต้องจ่ายค่าชดเชยสัญญา2แสนก่อน อย่าแจ้งตำรวจนะแม่",
    "mẹ ơi con ko sao, chỉ là chưa về được, họ bảo phải đền hợp đồng 5.000 đô, mẹ đừng báo công an nha",
    "妈我没事 就是暂时回不去 他们说要赔违约金十万 别报警啊妈",
])
def test_someone_held_for_money_and_told_not_to_call_the_police_is_high(text):
    result = analyse(text)
    assert pressure.ransom(fold(text))
    assert result.risk == "high"
    assert "urgency_secrecy" in result.flag_ids()


@pytest.mark.parametrize("text", [
    "Kamu lagi butuh duit buat bayar pinjol kan? Kerja 3 bulan di Kamboja utang lunas. Aku talangin tiket dulu.",
    "Em đang nợ app vay đúng ko, qua đây làm 3 tháng là trả hết. Ko cần bằng cấp gì, chị ứng tiền vé trước cho",
    "你不是网贷欠了好几万吗？出去干三个月就还清了。不要学历，机票我先帮你垫",
    "야 너 빚 있다며 ㅋㅋ 해외 가서 3달만 일하면 다 갚는다 진짜. 가는 비용 0원",
])
def test_a_debt_to_be_worked_off_abroad_is_high_and_quoted(text):
    result = analyse(text)
    assert result.risk == "high"
    assert "fees_or_debt" in result.flag_ids()


@pytest.mark.parametrize("text", [
    "工作證辦理費400 USDT，出發前支付，做滿三個月全額退還。",
    "Pemberitahuan: biaya pengurusan work permit sebesar 350 USD wajib dibayar sebelum keberangkatan melalui transfer USDT.",
])
def test_a_permit_fee_in_usdt_is_high_whatever_permit_it_names(text):
    assert analyse(text).risk == "high"


@pytest.mark.parametrize("text", [
    "Em chưa có gia đình, ko ràng buộc gì đúng ko? Thế càng tốt, việc này cần người đi được ngay. Tối nay chốt, mai bay",
    "你还没结婚吧，家里也没什么牵挂？那正好，这个岗位要能马上走的。今晚定，明天就飞",
    "น้องโสดใช่มั้ย ไม่มีลูกไม่มีภาระ ดีเลย งานนี้ต้องการคนที่ไปได้ทันที ตัดสินใจคืนนี้พรุ่งนี้บินเลย",
])
def test_someone_without_ties_rushed_to_fly_tomorrow_is_high(text):
    assert analyse(text).risk == "high"


@pytest.mark.parametrize("text", [
    "pokoknya lo bilang aja ke petugas imigrasi mau liburan ke Bangkok, tiket balik udah gw booking (nanti di-cancel)",
    "ถึงด่านก็บอกเจ้าหน้าที่ว่าไปเที่ยวนะตั๋วขากลับพี่จองไว้ให้แล้ว(เดี๋ยวยกเลิกทีหลัง)",
    "tới cửa khẩu cứ nói đi chơi nha, vé khứ hồi chị book rồi (hủy sau)",
    "到口岸就说去玩的 回程票我帮你订好了（到时候退掉）",
    "Kindly prepare your passport. NO need tell the airport officer you going work, say holiday.",
])
def test_a_script_for_the_border_and_a_return_ticket_for_show_are_high(text):
    assert analyse(text).risk == "high"


@pytest.mark.parametrize("text", [
    "교회 청년부 캄보디아 단기선교 일정 확정: 7/20~7/27, 항공권 단체 발권, 1인 회비 120만원 (교회 계좌로 입금, 영수증 발급). 여권 사본 이번 주일까지 제출해주세요.",
    # (an English "volunteering in Mae Sot, no pay but housing" has read as high since the wording
    # weighs in, 0.53: a measured trade, see bot/offers/wording.py)
    "พี่ไปเป็นอาสาสอนหนังสือเด็กข้ามชาติที่แม่สอดกับมูลนิธิ2เดือนไม่มีค่าจ้างแต่มีที่พักตามดูเว็บมูลนิธิได้เลย",
    "出国打工被骗的特征👇\n❌ 轻松高薪\n❌ 旅游签出去工作\n❌ 只用纸飞机联系\n❌ 报销机票但从工资扣\n正规出国务工 认准对外劳务合作资质",
    "Dấu hiệu lừa đi làm nước ngoài 👇\n❌ việc nhẹ lương cao\n❌ đi bằng visa du lịch\n❌ chỉ liên lạc qua Telegram",
    "Dik, jangan mau ya kalau ada yg nawarin kerja ke Kamboja gaji 20jt tiket dibayarin. Anak pak Joko kemarin dikurung di sana, paspornya ditahan. Kalau mau ke LN lewat PT resmi aja yang terdaftar di Disnaker.",
])
def test_trips_volunteering_and_checklists_of_red_flags_are_not_lures(text):
    assert analyse(text).risk != "high"


# six-30: a recruiter's answers to the applicant's questions (read after its blind run) ----------

@pytest.mark.parametrize("text, quoted", [
    ("Yes contract got, but written in Chinese. You sign there, HR explain to you.", "sign there"),
    ("Ya ada kontrak kak, tapi bahasa Mandarin. Tanda tangan di sana nanti HRD yg jelasin", "Tanda tangan di sana"),
    ("สัญญามีค่ะ แต่เป็นภาษาจีน ไปเซ็นที่โน่นเดี๋ยวHRอธิบายให้", "ไปเซ็นที่โน่น"),
    ("Co hop dong em, nhung bang tieng Trung. Qua ben do ky, HR giai thich cho", "Qua ben do ky"),
    ("有合同的，不过是英文的，你到了签，人事会跟你解释", "到了签"),
])
def test_a_contract_signed_only_over_there_is_high_and_quoted(text, quoted):
    result = analyse(text)
    assert result.risk == "high"
    assert any(f.flag == "no_company_or_contract" and quoted in f.evidence for f in result.flags)


@pytest.mark.parametrize("text", [
    "면접 없어요~ 여권사진이랑 얼굴사진만 보내주시면 바로 티켓팅 들어갑니다. 이번주 자리 두개남음",
    "Gak perlu interview kak, udah lolos. Kirim foto paspor sama selfie aja, besok langsung booking tiket.",
    "ไม่ต้องสัมภาษณ์ค่ะผ่านแล้ว ส่งรูปพาสปอร์ตกับรูปหน้าตรงมา พรุ่งนี้ออกตั๋วเลย",
    "Ko can phong van dau e, da dau roi. Gui anh hinh ho chieu voi 1 tam selfie, mai anh dat ve luon.",
    "不用面试，已经过了。发个护照首页和自拍过来，明天就给你出票",
])
def test_hired_unseen_with_a_ticket_tomorrow_is_high(text):
    assert analyse(text).risk == "high"


@pytest.mark.parametrize("text", [
    "Work visa? Not needed, company have connection with police there. Many Kenyan and Filipino staff working with us.",
    "Visa kerja? gak usah kak, perusahaan udah ada kenalan polisi disana.",
    "วีซ่าทำงานไม่ต้องค่ะ บริษัทมีเส้นกับตำรวจที่โน่น คนไทยคนลาวไปทำกันเยอะแล้ว",
    "工作签？不用的，公司跟那边警察都有关系。好多国内的过来干了",
    "Family visit not allowed first 6 month bcos company is secure zone. But u can video call every sunday",
    "Gia đình chưa qua thăm được 6 tháng đầu em nhé vì khu cty khép kín.",
    "Q: tên công ty là gì anh? / A: tên cty chưa nói được em ạ, qua tới nơi sẽ biết.",
    "Q：公司叫什么名字？ / A：不好意思，公司名字暂时不方便说，到了就知道了。",
    "Gaji 2k5 USD kak, kalo capai target bisa 4-5k. Kerjanya chat sama klien luar negeri di sosmed, nanti dikasih script",
    "Công việc là marketing cho nền tảng đầu tư online, chat với khách rồi hướng dẫn họ nạp tiền đầu tư.",
    "Q: 월급 어떻게 받아요? / A: 기본 3천 + 인센이고 테더(USDT)로 나가요. 바이낸스 계정 하나 만들어두세요",
])
def test_what_a_compound_recruiter_answers_is_high(text):
    assert analyse(text).risk == "high"


@pytest.mark.parametrize("text", [
    # a warning that lists a work visa and "no tourist visa" keeps its permit as an assurance
    "⚠️出国务工 四个必须⚠️ ✔️ 通过有资质的对外劳务合作企业 ✔️ 持工作签证，不用旅游签 ✔️ 护照自己保管 发现线索请拨打110",
    "Q: Can my family come visit? / A: Of course. Staff get 18 days annual leave plus one home-leave flight per year.",
    "Contract is signed at our Jakarta office before departure and registered with BP2MI.",
])
def test_lawful_answers_and_warnings_stay_below_high(text):
    assert analyse(text).risk != "high"


def test_a_permit_waved_away_is_no_assurance():
    assert pressure.waved_away("? not needed, company handles")
    assert pressure.waved_away("ไม่ต้องค่ะ")
    assert not pressure.waved_away("，不用旅游签")  # "a work visa, not a tourist visa": the permit stands
