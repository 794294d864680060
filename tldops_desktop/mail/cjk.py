"""Chinese, Japanese and Korean text in a legacy charset with no label (or US-ASCII): which
charset it is in, told by what each reading makes of it.

Every double-byte charset of the region decodes most bytes of the others (GBK reads EUC-KR as
Hanzi, Big5 reads GBK), so a strict decode alone does not tell. A reading in the wrong charset
is a jumble of rare characters (hangul mixed into a word of Hanzi, half-width katakana,
private-use characters); the right one has the common characters of its language in words
(names of two to four). So a reading is taken only where most of its CJK characters are among
the commonest of their word's language, well ahead of every other reading, and it holds no
control or private-use character. Where that is not clear, no reading is taken.
"""

from __future__ import annotations

import re

# The commonest characters of each language's text and of its names (surnames, given names):
# about two in three of a real text's, one in ten or fewer of a reading in the wrong charset.
_CHINESE = frozenset(
    "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头"
    "面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向"
    "情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信"
    "北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难"
    "神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物"
    "台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指"
    "思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步"
    "完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黑断线阳形越未且陈刘黄杨赵吴"
    "徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾萧董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范石廖贾夏韦"
    "付邹孟熊秦邱尹薛阎段雷侯龙史陶黎贺顾郝龚邵钱严覃戴莫孔向汤伟芳娜敏静丽强磊洋勇艳杰娟涛超秀"
    "霞刚桂辉玲志荣慧淑惠珍雅婷怡君宇豪俊佳欣宏晓春燕梅丹萍鹏飞斌浩亮健波宁琳颖倩婧晶晨凯鑫睿哲"
    "博瑞涵轩泽宸网络信息中心应急响应负责技术安全管理中国互联网协会电话邮件联系人主任经理工程师"
    # Traditional forms (Big5: Taiwan, Hong Kong, Macao).
    "這個國們來說為時會過對學後麼發經還見現實點種將與進動兩長樣從無開問機關間義話頭東體電車門書當"
    "業記邊風戰幹許覺親應資區號難報陳張劉黃楊趙吳孫馬羅鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒龍陶賀顧"
    "龔錢嚴湯偉麗強軍艷傑濤剛輝榮華廣臺灣網絡訊務處員聯絡郵負責術總協會議愛讓認論結條運變傳領該遠"
    "隊帶達辦歲萬雖節錯離飛鵬聽氣兒獨陽隨險際綠線組給統緊紅級約紀紙細終織繼續著蘭藝觀視設識證護讀"
    "負財貴買費質購車輕輛農連選郵醫釋鐘閱雙雲靜順題鳳齊"
)
_JAPANESE = frozenset(
    "日本人大年一中出上子国会見生田山事分行手自者思方時地気前間東何物家後新社話長言学合的同業所内"
    "部場明高小理問実作動意発用正市立度経道力開体主書電当代関私通外金現最目入下多定北野川村藤佐鈴"
    "木橋渡辺伊加吉松井清水口石森池阿斎坂谷西原岡近福太郎花美和夫雄男健誠博幸恵裕直真由香智宏浩隆"
    "茂昭秀樹治進勝義弘英春彦康修徹豊亮輔翔翼蓮陽悠結愛葵菜奈咲優沙織里綾千代枝江平成昌信光輝晴雅"
    "典則之介司助吾蔵衛次久保島崎浜沢宮河京都府県町村区番号携帯担者情報安全管課技術運対策室株式協"
    "機構登録一二三四五六七八九十百千万円月火土曜週朝夜今回同様連絡先緊急窓担当責任"
    # Kana: the wrong charsets' readings have none (or half-width ones, taken for no text).
    + "".join(map(chr, range(0x3041, 0x3097)))
    + "".join(map(chr, range(0x30A1, 0x30FB)))
    + "ー"
)
_KOREAN = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형"
    "피두감호음빈동온시범좌팽승간상갈단견당화창옹영수준혜희재훈철미숙자순아란혁찬규환섭식택근균관"
    "령련랑래량림립만무보분비산삼새색생세실악애야약언업에역열외요운웅월율을응의익일입작잔전절점종"
    "중직질집처청초축춘충취치칠침카타태택토통투파판팔패평포품풍필학할합항해행향헌활회효후휘휴흥히"
    "센터보호팀담당관리연구원인터넷진흥원과대표센터장책임전화메일담당자"
)
_HAN = _CHINESE | _JAPANESE
# Runs of the characters these languages are written in: kana, CJK ideographs, hangul.
_SCRIPT_RUN = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+")
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
# What no name holds: control characters, private use, a replacement character, hangul
# letters alone, and half-width katakana (a reading in Shift_JIS of other charsets' bytes is
# full of them; a reading in UHC of EUC-JP's kana, of hangul letters).
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u3131-\u318e\ue000-\uf8ff\ufffd\uff61-\uff9f]"
)

# The supersets writers really use, as ``decode`` reads labels. (GB18030 holds every script:
# a copy of the whole repository in it has Korean and Japanese names too.)
_CANDIDATES = ("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949")
_MIN_COMMON = 3  # characters: a name's worth
_MIN_COMMON_SHARE = 0.5
_LEAD = 1.5  # how many times as many common characters as the next reading the one taken has
_MIN_IN_RUNS_SHARE = 0.6  # of its characters in runs of two or more: words and names


def cjk_text(data: bytes) -> str | None:
    """``data`` (not UTF-8) read in the Chinese, Japanese or Korean charset whose reading is
    the text of those languages, by strong evidence; else None."""
    readings = []
    for charset in _CANDIDATES:
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            continue
        if not _NOT_TEXT.search(text):
            readings.append((*_common_share(text), text))
    readings.sort(key=lambda reading: -reading[0])
    if not readings or not readings[0][1]:
        return None
    # Another reading nearly as good: the text is not clearly in one of them.
    if len(readings) > 1 and readings[1][0] * _LEAD > readings[0][0]:
        return None
    return readings[0][2]


def _common_share(text: str) -> tuple[float, bool]:
    """How many of ``text``'s CJK characters are common ones of the language of their word,
    and whether that makes it text of that language: enough of them, in words."""
    runs = _SCRIPT_RUN.findall(text)
    total = sum(map(len, runs))
    if not total:
        return 0.0, False
    in_runs = sum(len(run) for run in runs if len(run) > 1)
    found = sum(map(_common_in_run, runs))
    share = found / total
    enough = found >= _MIN_COMMON and in_runs >= _MIN_IN_RUNS_SHARE * total
    return share, enough and share >= _MIN_COMMON_SHARE


def _common_in_run(run: str) -> int:
    """How many characters of a word are common in its language: Korean where it has hangul
    (and then nothing else), else Japanese or Chinese."""
    if _HANGUL_SYLLABLE.search(run):
        return sum(1 for char in run if char in _KOREAN)
    return sum(1 for char in run if char in _HAN)  # (kana among the Japanese)
