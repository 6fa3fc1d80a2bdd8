"""Traditional or Simplified Chinese, from the characters that differ between the two.

A reader of Traditional characters may be from Taiwan, Hong Kong or Malaysia as well as from
China: the nationality question offers those too (the answers stay in Simplified Chinese).
"""
from __future__ import annotations

from typing import Optional

# Common characters written differently in the two scripts: (Traditional, Simplified).
_PAIRS = (
    "們们 護护 關关 聯联 這这 個个 麼么 說说 館馆 電电 話话 問问 讓让 請请 錢钱 還还 給给 從从 國国 時时 "
    "會会 來来 對对 與与 為为 見见 點点 幫帮 聽听 號号 碼码 現现 後后 沒没 題题 間间 裡里 邊边 過过 東东 "
    "車车 門门 開开 長长 業业 難难 讀读 寫写 買买 賣卖 錯错 報报 處处 體体 網网 機机 帶带 應应 該该 鐘钟 "
    "麗丽 媽妈 爺爷 兒儿 孫孙 緬缅 亞亚 灣湾 臺台 區区 經经 驗验 證证 簽签 資资 訊讯 騙骗 詐诈 員员 勞劳 "
    "務务 線线 擔担 憂忧 綁绑 殺杀 囉啰 嗎吗 啟启 覺觉 識识 愛爱 歲岁 離离 達达 專专 辦办 費费 賺赚 陸陆 "
    "飛飞 紹绍 紀纪 約约 協协 議议 領领 飯饭 錄录 絡络 續续 帳账 戶户 "
)
TRADITIONAL = frozenset(p[0] for p in _PAIRS.split())
SIMPLIFIED = frozenset(p[1] for p in _PAIRS.split())


def han_script(text: str) -> Optional[str]:
    """'hant' when the text has more Traditional-only characters than Simplified-only ones,
    'hans' for the other way round, None when it has neither (or as many of each)."""
    traditional = sum(ch in TRADITIONAL for ch in text or "")
    simplified = sum(ch in SIMPLIFIED for ch in text or "")
    if traditional > simplified:
        return "hant"
    if simplified > traditional:
        return "hans"
    return None
