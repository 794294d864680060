"""Chinese characters as Simplified and Traditional script write them, for search: a responder
in Taipei or Hong Kong types 陳 for the 陈 of a name written in Beijing, and the other way
round. The common pairs only (surnames, characters of given names and of country names): a
search finds a name whichever way it is typed; nothing shown is changed.
"""

from __future__ import annotations

# Each Traditional character above the Simplified one below it.
_TRADITIONAL = (
    # surnames
    "陳黃張劉楊趙吳孫馬鄭謝羅許韓馮鄧蕭葉蘇呂盧蔣賈閻譚鄒陸顧龍萬錢湯喬賀賴龔莊溫鄺區關嚴歐陽齊"
    "華衛聶鄔閔聞駱饒貝廣單鍾鐘餘範勞樂鮑魯麥車簡韋雲鳳"
    # given names
    "偉國強軍輝傑東紅麗靜艷鵬飛濤鋒劍勝榮貴興寶慶義禮愛長豐順達億歡曉穎瑩嬌鳴嵐賢聰開發財業學"
    "書詩語誠謙駿騰聖燦綠藍銀鐵銘錦鈞鎮鴻鶴鷹傳儀倫勵勁紀經維綱緒純紹統頌領顏風體剛進運寧靈"
    "蓮濱瀾潔漢澤滿賓彥濟潤煒燁瑋瓊夢實宮師樹楓權蘭"
    # countries and places
    "臺灣門島來亞爾聯紐烏獅賽為與對屬內嶼幾獨圍薩雙約敘緬萊庫別時奧臘脫鮮"
)
_SIMPLIFIED = (
    "陈黄张刘杨赵吴孙马郑谢罗许韩冯邓萧叶苏吕卢蒋贾阎谭邹陆顾龙万钱汤乔贺赖龚庄温邝区关严欧阳齐"
    "华卫聂邬闵闻骆饶贝广单钟钟余范劳乐鲍鲁麦车简韦云凤"
    "伟国强军辉杰东红丽静艳鹏飞涛锋剑胜荣贵兴宝庆义礼爱长丰顺达亿欢晓颖莹娇鸣岚贤聪开发财业学"
    "书诗语诚谦骏腾圣灿绿蓝银铁铭锦钧镇鸿鹤鹰传仪伦励劲纪经维纲绪纯绍统颂领颜风体刚进运宁灵"
    "莲滨澜洁汉泽满宾彦济润炜烨玮琼梦实宫师树枫权兰"
    "台湾门岛来亚尔联纽乌狮赛为与对属内屿几独围萨双约叙缅莱库别时奥腊脱鲜"
)
SIMPLIFIED = dict(zip(_TRADITIONAL, _SIMPLIFIED, strict=True))
