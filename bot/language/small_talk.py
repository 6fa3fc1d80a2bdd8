"""Hello, bye, thanks, yes and no as whole short messages, in the words users mix in.

Why: "nagode", "hatur nuhun", "cheers mate" or "dạ vâng ạ" are the whole message, and nothing in it
is an answer or a name. Two readers use these lists: the NLU's cue features
(`bot/dialogue/cue_words.py` writes them into nlu/regex.yml) and a report's questions, which answer
a thanks or a hello and ask again rather than store it as a name (`bot.language.dates`).
The lists were written by helpers who saw neither the training data nor the model's errors; words
that mean something else to another group of users are left out ("ingat" is remember in
Indonesian, "sup" soup, "k" is no in Vietnamese chat, "pp" a ping).
"""
from __future__ import annotations

import re

HELLO = (
    "a lô", "adaab", "ahlan", "ahlan wa sahlan", "akwaaba", "allo", "alo", "alo alo", "alô",
    "annyeong", "annyeonghaseyo", "anyone here", "aoa", "apa kabar", "apa kbr", "apa khabar",
    "asalamualaikum", "askum", "aslm", "aslmkm", "assalammualaikum", "assalamu alaikum",
    "assalamu'alaikum", "assalamualaikum", "assalamualaikum wr wb", "ayubowan", "bawo ni",
    "bom dia", "bonjour", "buenos dias", "chao ad", "chao admin", "chao anh", "chao bac",
    "chao ban", "chao buoi chieu", "chao buoi sang", "chao buoi toi", "chao ca nha", "chao chi",
    "chao em", "chao moi nguoi", "chao shop", "chum reap suor", "chào", "chào ad", "chào admin",
    "chào anh", "chào buổi chiều", "chào buổi sáng", "chào buổi tối", "chào bác", "chào bạn",
    "chào chị", "chào cả nhà", "chào em", "chào mọi người", "chào shop", "chào xìn", "coucou",
    "ekaro", "g'day", "gd mrng", "gday", "gmn kabar", "good day", "good morning", "greetings",
    "gud evening", "gud morning", "gyebale ko", "habari", "hai", "hai hai", "haii", "hallo", "halo",
    "halo halo", "haloo", "hay", "he lo", "hei", "hello", "hello shop", "hellu", "helo", "hey",
    "heya", "heyy", "hi", "hi shop", "hii", "hiya", "hola", "horas", "how are you", "how r u",
    "howdy", "howfar", "hê lô", "hế lô", "i'm new here", "im new here", "jambo", "kamusta", "kedu",
    "konbanwa", "konnichiwa", "kulonuwun", "kumaha damang", "kumusta", "kumusta ka",
    "maayong buntag", "mambo", "marhaba", "mejuah juah", "met malam", "met pagi", "met siang",
    "met sore", "mikum", "mingalaba", "mingalarbar", "musta", "namaskar", "namaskaram", "namaste",
    "namo buddhaya", "ndewo", "new here", "ni hao", "nihao", "nomoskar", "ohayo", "oli otya", "olá",
    "om swastiastu", "om swastyastu", "pa kabar", "pagi", "permisi", "piye kabare", "pranam",
    "punten", "rampes", "sabaidee", "salaam", "salam", "salam kenal", "salam sejahtera", "salut",
    "samlekom", "sampurasun", "sannu", "sat sri akal", "sawadee", "sawasdee", "selamat datang",
    "selamat malam", "selamat pagi", "selamat siang", "selamat sore", "shalom", "slamat pagi",
    "slmt pagi", "sousdey", "sugeng dalu", "sugeng enjing", "sugeng siang", "sugeng sonten", "tabe",
    "tabik", "u there", "vanakkam", "wa'alaikumsalam", "waalaikum salam", "waalaikumsalam",
    "walaikumsalam", "wassup", "wilujeng enjing", "wilujeng sumping", "xin chao", "xin chao ban",
    "xin chào", "xin chào bạn", "ซาหวัดดี", "ซาหวัดดีครับ", "ดีจ้า", "ดีจ้าา", "ยินดีที่ได้รู้จัก",
    "ว่าไง", "ว่าไงจ๊ะ", "สบายดีมั้ย", "สบายดีไหม", "สวัสดี", "สวัสดีครับ", "สวัสดีคร้าบ",
    "สวัสดีคับ", "สวัสดีค่ะ", "สวัสดีค่า", "สวัสดีค้าบ", "สวัสดีงับ", "สวัสดีจ้ะ", "สวัสดีจ้า",
    "สวัสดีตอนเช้า", "สวัสดีฮะ", "สวีดัด", "หวัดดี", "หวัดดีครับ", "หวัดดีคับ", "หวัดดีค่ะ",
    "หวัดดีค่า", "หวัดดีงับ", "หวัดดีจ้า", "หวัดดีจ้าา", "หวัดดีฮะ", "อรุณสวัสดิ์", "ฮัลโล",
    "ฮัลโหล", "ฮาย", "ฮาโหล", "เป็นไงบ้าง", "เฮลโล", "โย่ว", "ไงจ๊ะ", "ไฮ", "ไฮไฮ", "ㅎㅇ", "ㅎㅇㅎㅇ",
    "下午好", "你吼", "你好", "你好你好", "你好吗", "你好呀", "你好哇", "你好嗎", "初次見面", "初次见面", "午安", "吃飽沒", "吃饱没", "哈啰",
    "哈喽", "哈喽哈喽", "哈囉", "哈囉哈囉", "哈罗", "喂", "喂喂", "嗨", "嗨嗨", "嗨囉", "嘿", "在不在", "在么", "在吗", "在嗎",
    "在麼", "大家好", "好久不見", "好久不见", "妳好", "安安", "安安你好", "幸会", "幸會", "您好", "早", "早上好", "早安", "早晨",
    "晚上好", "最近好吗", "最近好嗎", "泥嚎", "雷猴", "굿모닝", "반가워", "반가워여", "반가워요", "반가워용", "반갑습니다", "반갑습니당", "방가",
    "방가방가", "방가워", "안냥", "안녕", "안녕안녕", "안녕하삼", "안녕하세여", "안녕하세요", "안녕하세요오", "안녕하세욤", "안녕하세욥",
    "안녕하세용", "안녕하신가요", "안녕하십니까", "안뇽", "안뇽하세요", "안뇽하세용", "여보세요", "좋은 아침", "좋은 아침이에요", "좋은아침",
    "처음 뵙겠습니다", "하위", "하이", "하이루", "하이여", "하이염", "하이요", "하이하이", "하잉", "헬로", "헬로우", "헬롱",
)

GOODBYE = (
    "a bientot", "abar dekha hobe", "adios", "aku pamit", "allah hafiz", "alvida", "amping",
    "annyeonghi gaseyo", "ate logo", "au revoir", "babai", "babay", "bai bai", "baibai", "bbye",
    "bhay", "bislama", "bonne nuit", "bubay", "bye", "bye bye", "bye for now", "bye2", "byebye",
    "byee", "bái bai", "cabut dulu", "catch you later", "cau dulu", "chao nhe", "chao tam biet",
    "chau", "cheerio", "chuc ngu ngon", "chào nhé", "chào tạm biệt", "chúc ngủ ngon", "ciao",
    "close chat", "cul8r", "cya", "dadaah", "dadah", "duluan", "em di day", "em đi đây", "end chat",
    "for now", "for today", "g2g", "gap lai sau", "gn", "gnight", "good bye", "good night",
    "goodbye", "gotta go", "gtg", "gud bai", "gút bai", "gặp lại sau", "hasta luego", "hen gap lai",
    "hooroo", "hẹn gặp lại", "i'm off", "ijin pamit", "im off", "izin pamit", "jaa ne",
    "jumpa lagi", "jumpa nanti", "ka omesia", "ketemu lagi", "khuda hafiz", "kwaheri", "l8r",
    "later", "laters", "lea sin hoy", "ma'a salama", "mata ne", "met bobo", "met tidur",
    "minh di day", "mình đi đây", "nante yie", "nderek pamit", "ngủ ngon", "night night", "o dabo",
    "odigba", "off dulu", "om shanti om", "oyasumi", "paalam", "pai pai", "pamit", "pamit dulu",
    "pamitan", "pareng rumiyin", "peace out", "permisi dulu", "pheri bhetaunla", "phir milenge",
    "poitu varen", "rab rakha", "sai anjima", "sai gobe", "sampai bertemu lagi", "sampai besok",
    "sampai jumpa", "sampai jumpa lagi", "sampai ketemu", "sampai ketemu lagi", "sampai nanti",
    "sampe jumpa", "sampe ketemu", "saya pamit", "sayonara", "see ya", "see ya later", "see you",
    "see you later", "see you soon", "selamat berpisah", "selamat jalan", "selamat tidur",
    "selamat tinggal", "signing off", "slmt tinggal", "ta ta", "take care", "tam biet",
    "tam biet ban", "tata", "tchau", "that's all", "thats all", "thoi chao", "thôi chào",
    "toi di day", "tomorrow", "tonight", "ttfn", "ttyl", "tutaonana", "tôi đi đây", "tạm biệt",
    "tạm biệt bạn", "wassalam", "wassalamu'alaikum", "wassalamualaikum", "weeraba", "zaijian",
    "กู๊ดไนท์", "ขอตัว", "ขอตัวก่อน", "ดูแลตัวเองด้วย", "นอนก่อน", "นอนละ", "บาย", "บายจ้า",
    "บายบาย", "บ้ายบาย", "บ้ายบ้าย", "บ๊ายบาย", "บ๊ายบ๊าย", "บ๊ายยย", "ฝันดี", "ฝันดีนะ",
    "ราตรีสวัสดิ์", "ลาก่อน", "ลาก่อนนะ", "ลาละ", "ลาล่ะ", "ลาแล้ว", "เจอกันพรุ่งนี้", "เจอกันใหม่",
    "เท่านี้ก่อน", "แค่นี้ก่อน", "แค่นี้นะ", "แล้วคุยกันใหม่", "แล้วเจอกัน", "แล้วเจอกันใหม่",
    "โชคดี", "โชคดีนะ", "ไปก่อน", "ไปก่อนนะ", "ไปนอนละ", "ไปละ", "ไปละจ้า", "ไปละนะ", "ไปล่ะ",
    "ไปแระ", "ไปแล้ว", "ไว้คุยกันใหม่", "ไว้เจอกัน", "ไว้เจอกันใหม่", "ㅂㅂ", "ㅂㅂㅇ", "ㅂㅇ", "ㅂㅇㅂㅇ",
    "ㅃㅃ", "ㅅㄱ", "下了", "下次再聊", "下次見", "下次见", "下線了", "下线了", "保重", "先下了", "先撤了", "先走了", "先这样", "先這樣",
    "再会", "再會", "再見", "再见", "后会有期", "告辞", "告辭", "回头见", "回見", "回见", "回頭見", "後會有期", "我先走了", "我走了",
    "拜", "拜了", "拜拜", "拜拜了", "掰", "掰掰", "撤了", "改天見", "改天见", "明天見", "明天见", "晚安", "晚安安", "有空再聊", "溜了",
    "白白", "走了", "閃了", "闪了", "갈게요", "굿나잇", "굿밤", "그럼 이만", "나 갈게", "나중에 봐", "다음에 또 봐요", "다음에 만나요",
    "다음에 봐", "담에 봐", "담에 봐요", "들어가세요", "또 만나요", "또 봐", "또 봐요", "바이", "바이바이", "바이염", "빠빠이", "빠이",
    "빠이빠이", "빠잉", "수고", "수고링", "수고하세요", "수고하셨습니다", "안녕히 가세요", "안녕히 계세요", "안녕히 주무세요", "안녕히가세요",
    "안녕히계세요", "이만 갈게", "잘 가", "잘 가요", "잘 있어", "잘 자", "잘가", "잘가요", "잘있어", "잘있어요", "잘자", "잘자요",
)

THANKS = (
    "3ks", "3q", "appreciate it", "appreciate u", "appreciate you", "arigatou",
    "arigatou gozaimasu", "arkun", "asante", "asante sana", "biet on", "biết ơn", "bohoma isthuthi",
    "cam on", "cam on ad", "cam on anh", "cam on ban", "cam on chi", "cam on em", "cam on nhieu",
    "cam on shop", "camon", "cheers", "cám ơn", "cám ơn bạn", "cám ơn nhiều", "cảm tạ", "cảm ơn",
    "cảm ơn ad", "cảm ơn anh", "cảm ơn bạn", "cảm ơn chị", "cảm ơn em", "cảm ơn nhiều",
    "cảm ơn shop", "cảmơn", "daalu", "daghang salamat", "dhanyabad", "dhanyavaad", "dhanyavadalu",
    "dhanyawad", "dhonnobad", "domo arigato", "for the help", "for ur help", "for your help",
    "gamsahamnida", "gomawo", "gracias", "grateful", "hatur nuhun", "haturnuhun", "imela",
    "isthuthi", "jazakallah", "jazakallah khair", "jazakumullah", "kamsia", "khob khun",
    "khop chai", "khop khun", "kyay zu", "kyayzu", "maacih", "maaciw", "makaci", "makacih",
    "makasi", "makasih", "makasih banyak", "makasih bnyk", "maraming salamat", "matur nuwun",
    "matur suksma", "matur suwun", "maturnuwun", "maturswun", "mauliate", "mauliate godang",
    "meda wo ase", "medaase", "meharbani", "merci", "merci beaucoup", "mkasih", "mks", "mksh",
    "mksi", "much appreciated", "muchas gracias", "na gode", "nagode", "nandri", "nanni", "nuhun",
    "nuwun", "o seun", "obrigada", "obrigado", "orkun", "salamat", "salamat kaayo", "salamat po",
    "sen kiu", "shukran", "shukriya", "suksma", "suwun", "syukran", "syukron", "tarimo kasih",
    "tengkiu", "tengkyu", "tenkiu", "tenkyu", "terima kasi", "terima kasih", "terima kasih banyak",
    "terimakasi", "terimakasih", "terimo kasih", "thank", "thank kiu", "thank u", "thank you",
    "thanks", "thanks a lot", "thanks nhieu", "thanks nhiều", "thanks you", "thanku", "thankyou",
    "thanx", "thenk kiu", "thks", "thnks", "thnx", "thx", "tks", "tks nhiều", "tnx", "tq", "tqvm",
    "trima kasih", "trimakasi", "trimakasih", "trims", "trmks", "trmksh", "ty", "ty po", "tysm",
    "tyvm", "valeu", "webale", "webale nnyo", "xiexie", "xin cam on", "xin cảm ơn", "đa tạ",
    "ขอบคุง", "ขอบคุงค่ะ", "ขอบคุณ", "ขอบคุณครับ", "ขอบคุณคร้าบ", "ขอบคุณคับ", "ขอบคุณค่ะ",
    "ขอบคุณค่า", "ขอบคุณค้าบ", "ขอบคุณงับ", "ขอบคุณจริงๆ", "ขอบคุณจ้า", "ขอบคุณณ", "ขอบคุณนน",
    "ขอบคุณนะ", "ขอบคุณน้า", "ขอบคุณมาก", "ขอบคุณมากครับ", "ขอบคุณมากค่ะ", "ขอบคุณมากมาย",
    "ขอบคุณมากเลย", "ขอบคุณมากๆ", "ขอบคุณฮะ", "ขอบคุณฮับ", "ขอบคุณเด้อ", "ขอบคุน", "ขอบคุนค่ะ",
    "ขอบพระคุณ", "ขอบพระคุณครับ", "ขอบพระคุณค่ะ", "ขอบพระคุณมาก", "ขอบใจ", "ขอบใจจ้า", "ขอบใจนะ",
    "ขอบใจมาก", "ขอบใจหลาย", "ซึ้งใจ", "เทงกิ้ว", "แต้งกิ้ว", "แต๊ง", "แต๊งกิว", "แต๊งกิ้ว",
    "แต๊งค์", "แต๊งค์กิ้ว", "แต๊งๆ", "ㄱㅅ", "ㄱㅅㄱㅅ", "ㄱㅅㅇ", "ㄳ", "ㄳㄳ", "ㄸㅋ", "万分感谢", "唔該", "唔該晒",
    "唔该", "唔该晒", "多謝", "多謝啦", "多謝晒", "多谢", "多谢啦", "多谢晒", "太感謝了", "太感谢了", "感恩", "感恩感恩", "感激", "感激不尽",
    "感激不盡", "感謝", "感謝感謝", "感谢", "感谢感谢", "萬分感謝", "蟹蟹", "謝了", "謝啦", "謝囉", "謝謝", "謝謝你", "謝謝您", "謝謝謝謝",
    "谢了", "谢咯", "谢啦", "谢谢", "谢谢你", "谢谢侬", "谢谢您", "谢谢谢谢", "非常感謝", "非常感谢", "감사", "감사감사", "감사드려요",
    "감사드립니다", "감사염", "감사요", "감사함니다", "감사함다", "감사합니다", "감사합니다아", "감사합니당", "감사해", "감사해요", "감사해용",
    "감삼다", "감솨", "고마버", "고마어", "고마워", "고마워여", "고마워요", "고마워용", "고마웡", "고맙네", "고맙다", "고맙습니다", "고맙습니당",
    "너무 감사해요", "대단히 감사합니다", "댕큐", "땡스", "땡큐", "쌩큐", "정말 감사합니다", "진짜 고마워", "캄사합니다", "탱큐",
)

YES = (
    "aama", "aane", "absolutely", "affirmative", "agreed", "aight", "akeed", "alright", "avunu",
    "aye", "aywa", "baiklah", "beeni", "benar", "benar sekali", "bener", "betul", "betul sekali",
    "bien sûr", "bilkul", "bnr", "boleh", "btl", "chac chan", "chai ka", "chai krub", "chuan roi",
    "chuẩn", "chuẩn rồi", "chắc chắn", "claro", "claro que si", "com certeza", "correct", "có",
    "có chứ", "d'accord", "da vang", "dc", "dc roi", "definitely", "di nhien", "dui de", "dung roi",
    "dung the", "dung vay", "duoc roi", "dĩ nhiên", "dạ", "dạ vâng", "ehen", "enggih", "enya",
    "eung", "exactly", "fine", "for sure", "gaskeun", "geurae", "haan", "haanji", "hajur", "haode",
    "he'eh", "heeh", "ho'oh", "hoke ke", "hooh", "huo", "hyan", "indeed", "inggih", "iya",
    "iya benar", "iyaa", "iyah", "iyap", "iye", "iyes", "iyo", "ji haan", "kk", "leres", "mhm",
    "muhun", "na so", "na'am", "ndio", "ndiyo", "nggeh", "nggih", "o ke", "oce", "of course", "ofc",
    "ok deh", "oke", "oke deh", "okee", "okeh", "okela", "okelah", "okey", "oki", "okie", "okla",
    "oks", "okê", "olo", "oo naman", "opo", "ouais", "oui", "pasti", "phai roi", "phải", "phải rồi",
    "por supuesto", "right", "roger that", "sawa", "setuju", "shi de", "siap", "siap laksanakan",
    "sige", "siip", "sip", "sip deh", "sou desu", "sure", "sure thing", "tat nhien", "tentu",
    "tentu saja", "that's right", "thats right", "theek hai", "true", "tất nhiên", "uh huh", "vâng",
    "vâng ạ", "weewaawo", "ya", "ya betul", "yah", "yap", "yas", "yass", "ye", "yea", "yeah", "yeh",
    "yelah", "yep", "yes", "yes it is", "yes sir", "yess", "yessir", "yesss", "yh", "yoa", "yoi",
    "yup", "yups", "ô kê", "đc", "đc rồi", "đúng", "đúng rồi", "đúng thế", "đúng vậy", "được",
    "được rồi", "đồng ý", "ครับ", "ครับผม", "คับ", "ค่ะ", "ค่า", "จ้ะ", "จ้า", "ชัวร์", "ตกลง",
    "ตกลงครับ", "ถูกต้อง", "ถูกแล้ว", "ยืนยัน", "อือ", "อื้อ", "เค", "เคๆ", "เยส", "เออ", "เอา",
    "เอาเลย", "แน่นอน", "แน่นอนครับ", "โอเค", "โอเคจ้า", "โอเคร", "โอเคเลย", "โอเคๆ", "โอเค้",
    "โอเช", "ใช่", "ใช่ครับ", "ใช่ค่ะ", "ใช่เลย", "ใช่แล้ว", "ใช่ๆ", "ได้", "ได้ครับ", "ได้ค่ะ",
    "ได้ซิ", "ได้สิ", "ได้อยู่แล้ว", "ได้เลย", "ờ ờ", "ừ ừ", "ừa", "ừm", "ㅇㅇ", "ㅇㅇㅇ", "ㅇㅋ",
    "ㅇㅋㅇㅋ", "係", "係呀", "可以", "可以的", "啱", "嗯", "嗯呢", "嗯哼", "嗯嗯", "好", "好吧", "好呀", "好哒", "好啊", "好嘞",
    "好噠", "好好好", "好滴", "好的", "妥", "对", "对啊", "对对对", "对的", "對", "對啊", "對對對", "對的", "当然", "当然了", "得",
    "恩", "恩恩", "收到", "明白", "是", "是呀", "是啊", "是滴", "是的", "沒問題", "沒錯", "没错", "没问题", "當然", "知道了", "确定",
    "確定", "行", "行啊", "그래", "그래그래", "그래요", "그럼요", "그렇습니다", "그렇죠", "네", "네네", "네에", "넵", "넵넵", "넹",
    "넹넹", "녜", "당근", "당근이지", "당연하죠", "당연하지", "맞습니다", "맞아", "맞아요", "물론", "물론이죠", "알겠습니다", "알겠어",
    "알았어", "엉", "예", "예스", "옙", "옛", "오케", "오케이", "오키", "오키오키", "웅", "웅웅", "응", "응응", "좋아", "좋아요",
    "좋지", "콜",
)

NO = (
    "a'a", "abadan", "absolutely not", "andwae", "aniyo", "ayoko", "bilkul nahi", "bkn", "bo men",
    "boten", "bukan", "bushi", "buyao", "chaina", "chigau", "chẳng", "daabi", "dame desu", "dau co",
    "de jeito nenhum", "dili", "embung", "engga", "enggak", "enggak mau", "epa", "ga", "ga jadi",
    "ga mau", "ga perlu", "ga usah", "gak", "gak jadi", "gak mau", "gak perlu", "gamau", "gausah",
    "gk", "gk mau", "gk usah", "hapana", "hell no", "hem", "henteu", "hindi po", "hoina", "hok",
    "hông có", "hông cần", "hông phải", "hổng", "idak", "iie", "illa", "incorrect", "indak",
    "jamais", "jangan", "jgn", "ji nahi", "kaadu", "kaga", "kagak", "kagak mau", "kgk", "kh", "khg",
    "khoi can", "khong", "khong bao gio", "khong can", "khong co", "khong dau", "khong dung",
    "khong duoc", "khong muon", "khong phai", "khum", "không", "không bao giờ", "không có",
    "không cần", "không muốn", "không phải", "không đâu", "không đúng", "không được", "khỏi cần",
    "ko", "ko can", "ko co", "ko dc", "ko muon", "ko phai", "la shukran", "lai lai", "ledu",
    "ma hoke bu", "mai ao", "mai chai", "maybe later", "mba", "mboten", "meiyou", "moal", "naa",
    "nah", "naha", "nahi", "nahin", "naw", "nay", "nda", "ndak", "ndak usah", "nedda", "negative",
    "nehe", "nehi", "nel", "nem pensar", "never", "ngak", "ngga", "nggak", "nggak jadi",
    "nggak mau", "nggak usah", "ngk", "no", "no be so", "no thank you", "no thanks", "no way",
    "non", "non merci", "nope", "not at all", "not interested", "not now", "not really", "not yet",
    "nty", "não", "ogah", "ora", "ora usah", "ot te", "para nada", "pas du tout", "rara", "sitaki",
    "skip", "tak", "tak mahu", "tak mau", "tak nak", "tak payah", "taknak", "tdk", "teu",
    "thoi khoi", "thôi khỏi", "tidak", "tidak mau", "tidak perlu", "tidak usah", "tusing", "vaddu",
    "venam", "wrong", "đâu có", "บ่", "บ่แม่น", "ปล่าว", "ป่าว", "ผิด", "ผิดแล้ว", "ม่าย", "เปล่า",
    "เปล่าครับ", "เปล่าค่ะ", "เปล่าเลย", "โน", "โนว", "โนๆ", "ไม่", "ไม่ครับ", "ไม่คับ", "ไม่ค่ะ",
    "ไม่ค่า", "ไม่งับ", "ไม่จริง", "ไม่ดีกว่า", "ไม่ต้อง", "ไม่ต้องการ", "ไม่ถูก", "ไม่ถูกต้อง",
    "ไม่มี", "ไม่มีทาง", "ไม่ล่ะ", "ไม่อยาก", "ไม่อะ", "ไม่อ่ะ", "ไม่อ่า", "ไม่เลย", "ไม่เอา",
    "ไม่เอาอ่ะ", "ไม่ใช่", "ไม่ใช่ครับ", "ไม่ใช่ค่ะ", "ไม่ใช่นะ", "ไม่ใช่เลย", "ไม่ใช่ๆ", "ไม่ได้",
    "ไม่ๆ", "ㄴㄴ", "ㄴㄴㄴ", "不", "不不", "不不不", "不了", "不会", "不可以", "不好", "不对", "不對", "不必", "不是",
    "不是的", "不會", "不用", "不用了", "不行", "不要", "不要了", "不需要", "冇", "別", "别", "否", "唔使", "唔係", "唔好", "唔系",
    "唔要", "当然不", "才不", "才不要", "拒絕", "拒绝", "沒", "沒有", "沒門", "没", "没有", "没门", "當然不", "算了", "絕對不",
    "绝对不", "錯了", "错了", "非也", "그렇지 않아요", "노", "노노", "노놉", "노땡큐", "놉", "별로", "싫어", "싫어요",
    "싫은데", "아냐", "아냐아냐", "아녀", "아뇨", "아니", "아니거든", "아니거든요", "아니라고", "아니아니", "아니야", "아니에요", "아니여",
    "아니염", "아니오", "아니요", "아니요오", "아니용", "아닌데", "아닌데요", "아닌뎅", "아님", "아닙니다", "안 돼", "안 해", "안돼",
    "안돼요", "안해", "전혀", "절대", "절대 아니야", "틀려", "틀렸어", "필요 없어요", "필요없어",
)

FILLERS = (
    "555", "5555", "a", "a lot", "abang", "ad", "admin", "again", "agan", "ah", "aja", "all",
    "alot", "anh", "ate", "bac", "ban", "bang", "banget", "bgt", "bhai", "bli", "bos", "boss",
    "bot", "bro", "brother", "bruh", "bu", "bác", "bạn", "ca nha", "chi", "chu", "chú", "chị", "cô",
    "cả nhà", "dear", "deh", "dek", "dong", "dude", "em", "everyone", "friend", "gaes", "gan",
    "guys", "ha", "haha", "hehe", "hen", "ibu", "je", "ji", "ka", "kak", "kakak", "kang", "khrap",
    "ko", "krub", "kuya", "la", "lah", "leh", "lol", "lor", "luôn", "lắm", "ma'am", "maam", "madam",
    "man", "mas", "mate", "mba", "mbak", "mimin", "min", "miss", "moi nguoi", "much", "mọi người",
    "naman", "nghen", "nha", "nhaa", "nhe", "nhen", "nhiều", "nhiều lắm", "nhá", "nhé", "nih",
    "nnyo", "now", "nè", "o", "oh", "ok", "okay", "oke", "okey", "okie", "om", "opo", "pak",
    "pisan", "please", "pls", "plz", "po", "rất", "rồi", "sana", "sekali", "semua", "sep", "shop",
    "sih", "sir", "sis", "sist", "so", "sếp", "tante", "teh", "then", "there", "u", "very", "vậy",
    "xin", "ya", "yaar", "yah", "ye", "yo", "you", "đó", "ครับ", "ครับผม", "คร้าบ", "คะ", "คับ",
    "คุณ", "ค่ะ", "ค่า", "ค้าบ", "งับ", "จ้ะ", "จ้า", "จ๊ะ", "นะ", "นะครับ", "นะคะ", "น้อง", "น้า",
    "บอท", "พี่", "อะ", "อ่ะ", "ฮะ", "ฮับ", "เด้อ", "เน้อ", "เลย", "แอด", "ạ", "ㅋ", "ㅋㅋ", "ㅋㅋㅋ",
    "ㅎ", "ㅎㅎ", "ㅎㅎㅎ", "ㅜ", "ㅜㅜ", "ㅠ", "ㅠㅠ", "亲", "吧", "呀", "呐", "呢", "呵呵", "咯", "哇", "哈", "哈哈", "哒",
    "哟", "哦", "啊", "啦", "喇", "喔", "嘛", "嘞", "嘻嘻", "嘿嘿", "噠", "噢", "囉", "大佬", "捏", "朋友", "机器人",
    "機器人", "親", "그럼", "너무", "누나", "님", "봇", "선생님", "아", "앗", "언니", "오빠", "요", "용", "음", "저기", "저기요",
    "정말", "진짜", "챗봇", "친구", "형",
)


def _alternatives(words: tuple[str, ...]) -> str:
    """Longest first, spaces as any run of white space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# A word ends at a word boundary, or anywhere after a letter of a script written without spaces
# between words ("谢谢啦" is thanks and a particle, "ขอบคุณครับ" thanks and the polite ending) or
# with endings run on ("네요"). Latin words still need the boundary: "nope" is no, "nopal" is not.
END = r"(?:\b|(?<=[\u0E00-\u0E7F\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]))"


# Short messages only: "ㅋㅋㅋ…" or "thank you thank you…" could otherwise be cut into words in
# exponentially many ways before the match fails.
LONGEST = 80


def _word(alternatives: str, group: int) -> str:
    """One word and the spaces after it, taken atomically (the longest that fits, never re-cut):
    a lookahead captures it and the backreference consumes it (Python 3.10 has no (?>...))."""
    return rf"(?=((?:{alternatives}){END}\W*))\{group}"


def pattern(words: tuple[str, ...], answer: bool = False) -> str:
    """A whole message of fillers and these words, one of them at least; an answer (yes, no)
    is no question ("ok?", "봇 아니에요?")."""
    fill, cue = _alternatives(FILLERS), _alternatives(words)
    ask = r"(?![\s\S]*[?？])" if answer else ""
    return (rf"^(?=[\s\S]{{1,{LONGEST}}}$){ask}\W*(?:{_word(fill, 1)})*{_word(cue, 2)}"
            rf"(?:{_word(cue + '|' + fill, 3)})*$")


KINDS = {"hello": HELLO, "goodbye": GOODBYE, "thanks": THANKS, "yes": YES, "no": NO}
ANSWERS = frozenset({"yes", "no"})


def pattern_for(kind: str) -> str:
    return pattern(KINDS[kind], answer=kind in ANSWERS)


# Compiled once, at import: the first report message after a start does not wait ~90 ms for it,
# and the NLU's regex featurizer then finds the same patterns in `re`'s cache.
_COMPILED = {kind: re.compile(pattern_for(kind), re.IGNORECASE) for kind in KINDS}


def only(kind: str, text: str) -> bool:
    """The whole message is this kind of small talk ("hello", "goodbye", "thanks", "yes", "no")."""
    return bool(_COMPILED[kind].search((text or "").strip()))
