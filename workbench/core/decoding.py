"""Reading text files whose encoding is not promised: UTF-8, GB18030/GBK or Big5.

The encoding is detected from the bytes, never guessed from the file name: a
byte-order mark decides first (UTF-32 before UTF-16, whose mark begins UTF-32
LE's), then UTF-8, then whichever of GB18030 and Big5 yields the likelier
Chinese.  Every Big5 byte string is also valid GB18030, so the choice rests on
the characters each decoding gives; when a short text gives little evidence the
choice is still made by the same rule, and :attr:`DecodedText.thin_evidence`
says so, for the import report to tell the analyst.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import INPUT_FILE_CONTEXT, InputFileError
from .translatable import QT_TRANSLATE_NOOP, Wording

# Problems said alike by several readers of files.
NO_SUCH_FILE = QT_TRANSLATE_NOOP("InputFile", "no such file")
A_FOLDER = QT_TRANSLATE_NOOP("InputFile", "this is a folder, not a file")
ONLY_WHITE_SPACE = QT_TRANSLATE_NOOP("InputFile", "the file holds only white space")
CANNOT_BE_READ = QT_TRANSLATE_NOOP("InputFile", "cannot be read ({reason})")
A_LIMIT = Wording(INPUT_FILE_CONTEXT, QT_TRANSLATE_NOOP("InputFile", "limit"))
IMPORT_LIMIT = Wording(INPUT_FILE_CONTEXT, QT_TRANSLATE_NOOP("InputFile", "import limit"))

MAX_TEXT_FILE_BYTES = 50 * 1000 * 1000
MEGABYTE = 1000 * 1000  # file sizes are stated in decimal megabytes (MB), as file managers do

# Characters frequent in Chinese prose, in both scripts, the most frequent first.
# A wrong legacy decoding turns text into rare characters, so how common the
# characters of each decoding are tells right from wrong.
_COMMON_ORDER = (
    "的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能"
    "而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現"
    "当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無"
    "力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并"
    "並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制製身果加西斯月话話合回特代内內信表"
    "化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认"
    "認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做"
    "接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書"
    "非则則听聽白却界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死"
    "张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑"
    "飞飛风風步改收根干幹造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准"
    "準布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华"
    "華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須"
    "九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引"
    "历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古"
    "众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟"
    "志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织"
    "織害斗鬥双雙境客纪紀采採举舉杀殺攻父苏蘇密低朝友诉訴止细細愿願千值仍男钱錢破网網热熱助倒育属"
    "屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印晚兰蘭试試股"
    "拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置"
    "居劳勞财財环環排福纳納欢歡雷警获獲模充负負云雲停木游遊龙龍树樹疑层層冷洲冲衝射略范範竟句室异"
    "異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣您宗积積余餘痛检檢差富灵靈协協角占配征修皮挥揮胜勝"
    "降阶階审審沉坚堅善妈媽刘劉读讀啊超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯追帮幫宣佛岁歲航优"
    "優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠评"
    "評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永"
    "呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪"
    "槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘秘谢謝鲁魯遇康虑慮幸均销銷钟鐘诗詩藏赶"
    "趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇"
    "搖招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦"
    "倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午"
    "练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪"
    "弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎冰虚虛"
    "玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促延震弃棄甲伟"
    "偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰筑築折郑鄭贝貝尊吴吳秀混臣雅振"
    "染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙硬麦麥蒋蔣操耶阻订訂"
    "彩抽赞贊魔纷紛沿喊违違妹浪汇匯币幣丰豐蓝藍殊献獻桌啦瓦莱萊援译譯夺奪汽烧燒距裁偏符勇触觸课課"
    "敬哭懂墙牆袭襲召罚罰侠俠厅廳拜巧侧側韩韓冒债債曼融惯慣享戴童犹猶乘挂掛奖獎绍紹厚纵縱障讯訊涉"
    "彻徹刊丈爆乌烏役描洗玛瑪患妙镜鏡唱烦煩签簽仙彼弗症仿倾傾牌陷鸟鳥轰轟咱菜闭閉奋奮庆慶撤泪淚茶"
    "疾缘緣播朗杜奶季丹狗尾仪儀偷奔珠虫蟲驻駐孔宜艾桥橋淡翼恨繁寒伴叹嘆旦愈潮粮糧缩縮罢罷聚径徑恰"
    "挑袋灰捕徐珍幕映裂泰隔启啟尖忠累炎暂暫估泛荒偿償横橫拒瑞忆憶孤鼻闹鬧羊呆厉厲衡胞零穷窮舍码碼"
    "赫婆魂灾災洪腿胆膽津俗辩辯胸晓曉劲勁贫貧仁偶辑輯邦恢赖賴圈摸仰润潤堆碰艇稍迟遲辆輛废廢净淨凶"
    "署壁御奉旋冬矿礦抬蛋晨伏吹鸡雞倍糊秦盾杯租骑騎乏隆诊診奴摄攝丧喪污渡旗甘耐凭憑扎抢搶绪緒粗肩"
    "梁幻菲皆碎宙叔岩荡蕩综綜爬荷悉蒂返井壮壯薄悄扫掃敏碍礙殖详詳迪矛霍允幅撒剩凯凱颗顆骂罵赏賞液"
    "番箱贴貼漫酸郎腰舒眉忧憂浮辛恋戀餐吓嚇挺励勵辞辭艘键鍵伍峰尺昨黎辈輩贯貫侦偵滑券崇扰擾宪憲绕"
    "繞趋趨慈乔喬阅閱汗枝拖墨胁脅插箭腊臘粉泥氏彭拔骗騙凤鳳慧媒佩愤憤扑撲龄齡驱驅惜豪掩兼跃躍尸屍"
    "肃肅帕驾駕堡届屆欣惠册冊储儲飘飄桑闲閒惨慘洁潔踪蹤勃宾賓频頻仇磨递遞邪撞拟擬滚滾奏巡颜顏剂劑"
    "绩績贡貢疯瘋坡瞧截燃焦殿伪偽柳锁鎖逼颇頗昏劝勸呈搜勤戒驶駛漂饮飲曹朵仔柔俩倆孟腐幼践踐籍牧凉"
    "涼牲佳娜浓濃芳稿竹腹跌逻邏垂遵脉脈貌柏狱獄猜怜憐惑陶兽獸帐帳饰飾贷貸昌叙敘躺钢鋼沟溝寄扶铺鋪"
    "邓鄧寿壽惧懼询詢汤湯盗盜肥尝嘗匆辉輝奈扣廷澳嘛董迁遷凝慰厌厭脏髒腾騰幽怨鞋丢丟埋泉涌辖轄躲晋"
    "晉紫艰艱魏吾慌祝邮郵吐狠鉴鑑曰械咬邻鄰赤挤擠弯彎椅陪割揭韦韋悟聪聰雾霧锋鋒梯猫貓祥阔闊誉譽筹"
    "籌丛叢牵牽鸣鳴沈阁閣穆屈旨袖猎獵臂蛇贺賀柱抛拋鼠瑟戈牢逊遜迈邁欺吨噸琴衰瓶恼惱燕仲诱誘狼池疼"
    "卢盧仗冠粒遥遙吕呂玄尘塵冯馮抚撫浅淺敦纠糾钻鑽晶岂豈峡峽苍蒼喷噴耗凌敲菌赔賠涂塗粹扁亏虧寂煤"
    "熊恭湿濕循暖糖赋賦抑秩帽哀宿踏烂爛袁侯抖夹夾昆肝擦猪豬炼煉恒恆慎搬纽紐纹紋玻渔漁磁铜銅齿齒跨"
    "押怖漠疲叛遣兹茲祭醉拳弥彌斜档檔稀捷肤膚疫肿腫豆削岗崗晃吞宏癌肚隶隸履涨漲耀扭坛壇拨撥沃绘繪"
    "伐堪仆郭牺犧歼殲墓雇廉契拼惩懲捉覆刷劫嫌瓜歇雕闷悶乳串娃缴繳唤喚赢贏莲蓮霸桃妥瘦搭赴岳嘉舱艙"
    "俊址庞龐耕锐銳缝縫悔邀玲惟斥宅添挖呵讼訟氧浩羽斤酷掠妖祸禍侍乙妨贪貪挣掙汪尿莉悬懸唇翰仓倉轨"
    "軌枚盐鹽览覽傅帅帥庙廟芬屏寺胖璃愚滴疏萧蕭姿颤顫丑丑劣柯寸扔盯辱匹俱辨饿餓蜂哦腔郁鬱溃潰谨謹"
    "糟葛苗肠腸忌溜鸿鴻爵鹏鵬鹰鷹笼籠丘桂滋聊挡擋纲綱肌茨壳殼痕碗穴膀卓贤賢卧臥膜毅锦錦欠哩函茫昂"
    "薛皱皺夸誇豫胃舌剥剝傲拾窝窩睁睜携攜陵哼棉晴铃鈴填饲飼渴吻扮逆脆喘罩卜炉爐柴愉绳繩胎蓄眠竭喂"
    "傻慕浑渾奸扇柜櫃悦悅拦攔诞誕饱飽乾泡贼賊亭夕爹酬儒姻卵氛泄洩杆挨僧蜜吟猩遂狭狹肖甜霞驳駁裕顽"
    "頑於摘矮秒卿畜咽披辅輔勾盆疆赌賭塑畏吵囊嗯泊肺骤驟缠纏冈岡羞瞪吊贾賈漏斑涛濤悠鹿俘锡錫卑葬铭"
    "銘滩灘嫁催璇翅盒蛮蠻矣潘歧赐賜鲍鮑锅鍋廊拆灌勉盲宰佐啥胀脹扯禧辽遼抹筒棋裤褲唉朴樸咐孕誓喉妄"
    "拘链鏈驰馳栏欄逝窃竊艳豔臭纤纖玑棵趁匠盈翁愁瞬婴嬰孝颈頸倘浙谅諒蔽畅暢赠贈妮莎尉冻凍跪闯闖葡"
    "後"
)
_COMMON = set(_COMMON_ORDER)
_RANK: dict[str, int] = {}
for _char in _COMMON_ORDER:
    _RANK.setdefault(_char, len(_RANK))
del _char

# What each character costs a decoding, in bits: about -log2 of how often Chinese
# prose holds it.  A common character costs log2(rank + 50) (5.6 to 11.5 bits), a
# Han character outside the list 14, common Chinese punctuation 5, full-width
# forms 8, and anything else a Chinese text should not hold (kana, Greek,
# Cyrillic, box drawing, private-use code points: what Big5 bytes read as
# GB18030 often give) 20.  ASCII costs nothing: both decodings read it alike.
_PUNCTUATION = set(",。、;:?!「」『』()《》〈〉“”‘’…—·%-~【】")
_RARE_HAN_BITS = 14.0
_PUNCTUATION_BITS = 5.0
_FULL_WIDTH_BITS = 8.0
_ODD_BITS = 20.0
# A choice won by fewer bits than this rests on thin evidence: about what two
# rare characters in place of common ones would change.  Of 6,000 probes of 4
# characters cut from the corpus, 2.8% were this close, and they held every one
# of the 5 wrong choices; no 16-character probe was (bench/bench_decoding.py).
THIN_EVIDENCE_BITS = 8.0
# Candidates in order of preference when the evidence is exactly even.
_LEGACY_ENCODINGS = ("gb18030", "big5")
_NAMES = {"gb18030": "GB18030", "big5": "Big5", "utf-8": "UTF-8"}
# Valid UTF-8 this short, holding no Chinese, may be GB18030 that happens to be valid.
_DOUBTFUL_UTF8_BYTES = 1024
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    # GB18030 and Big5 both read the bytes and the text was too short or too
    # plain to tell them apart with confidence; ``encoding`` is the likelier one.
    thin_evidence: bool = False

    def note(self) -> Wording | str:
        """'decoded as Big5; the evidence was thin', or '' when the choice was clear."""
        if not self.thin_evidence:
            return ""
        return Wording(
            INPUT_FILE_CONTEXT,
            QT_TRANSLATE_NOOP("InputFile", "decoded as {encoding}; the evidence was thin"),
            {"encoding": _NAMES.get(self.encoding, self.encoding)},
        )


def _char_bits(ch: str) -> float:
    if ch < "\x80":
        return 0.0
    rank = _RANK.get(ch)
    if rank is not None:
        return math.log2(rank + 50)
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return _RARE_HAN_BITS
    if ch in _PUNCTUATION or ch in "\u3000\u3001\u3002":
        return _PUNCTUATION_BITS
    if "\uff01" <= ch <= "\uff5e":
        return _FULL_WIDTH_BITS
    return _ODD_BITS


def _bits(text: str) -> float:
    """How unlikely ``text`` is as Chinese prose (lower is likelier)."""
    return sum(_char_bits(ch) for ch in text)


def _score(text: str) -> float:
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return sum(ch in _COMMON for ch in han) / len(han)


def _decode_with_bom(data: bytes, path: Path | str) -> DecodedText | None:
    """The text of a file announcing its encoding with a byte-order mark, or None."""
    # UTF-32 LE's mark (FF FE 00 00) begins with UTF-16 LE's (FF FE): test it first.
    marks = (
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    )
    found = next((mark for mark in marks if data.startswith(mark[0])), None)
    if found is None:
        return None
    _, encoding, name = found
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP("InputFile", "the {name} text is damaged (byte {byte})"),
            name=name,
            byte=error.start,
        ) from None
    if not text.strip():
        raise InputFileError(path, ONLY_WHITE_SPACE)
    if "\x00" in text:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "this is a binary file, not {name} text (it holds NUL characters)"
            ),
            name=name,
        )
    return DecodedText(text, encoding)


def _legacy_candidates(data: bytes) -> list[tuple[float, int, str, str]]:
    """(bits, preference, encoding, text) of each legacy decoding of ``data``, likeliest first."""
    candidates = []
    for preference, encoding in enumerate(_LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_bits(text), preference, encoding, text))
    return sorted(candidates)


def _utf8_in_doubt(data: bytes, text: str) -> bool:
    """A short UTF-8 text without Chinese that reads as likelier Chinese in GB18030/Big5.

    A few GB18030 characters can form valid UTF-8 by chance (系统 is ϵͳ); valid
    UTF-8 still wins, but the report says the evidence was thin.
    """
    if len(data) > _DOUBTFUL_UTF8_BYTES or text.isascii() or _HAN.search(text):
        return False
    candidates = _legacy_candidates(data)
    return bool(candidates) and _score(candidates[0][3]) >= 0.3 and candidates[0][0] < _bits(text)


def decode_bytes(data: bytes, path: Path | str) -> DecodedText:
    """Decode ``data`` as UTF-32/16 (with a BOM), UTF-8, GB18030 or Big5, or raise
    :class:`InputFileError`."""
    if not data:
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the file is empty"))
    announced = _decode_with_bom(data, path)
    if announced is not None:
        return announced
    if not data.strip():
        raise InputFileError(path, ONLY_WHITE_SPACE)
    if b"\x00" in data[:8192]:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "this is a binary file, not text (it contains NUL bytes)"
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        return DecodedText(text, "utf-8", thin_evidence=_utf8_in_doubt(data, text))
    # A file cut off inside its last UTF-8 character is truncated UTF-8, not GBK.
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "the file is truncated: it ends inside a UTF-8 character (byte {byte})"
            ),
            byte=utf8_error.start,
        )
    candidates = _legacy_candidates(data)
    if not candidates:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "the text is not valid UTF-8, GB18030/GBK or Big5 "
                "(first bad byte at offset {byte})",
            ),
            byte=utf8_error.start,
        )
    bits, _, encoding, text = candidates[0]
    if _score(text) < 0.3:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "this does not look like Chinese text in any known encoding"
            ),
        )
    thin = len(candidates) > 1 and candidates[1][0] - bits < THIN_EVIDENCE_BITS
    return DecodedText(text, encoding, thin_evidence=thin)


def read_text_file(path: Path | str, max_bytes: int = MAX_TEXT_FILE_BYTES) -> DecodedText:
    path = Path(path)
    return decode_bytes(read_file_bytes(path, max_bytes), path)


def megabytes(size: int) -> str:
    """A size as file managers state it: '104.9 MB', '100 MB', '6,000 bytes'."""
    if size < MEGABYTE // 10:
        return f"{size:,} bytes"
    value = size / MEGABYTE
    return f"{value:.0f} MB" if value == round(value) else f"{value:.1f} MB"


def _special_file_problem(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "InputFile", "this is a named pipe (FIFO), not a file: only regular files are read"
        )
    if stat.S_ISCHR(mode):
        return QT_TRANSLATE_NOOP(
            "InputFile", "this is a character device, not a file: only regular files are read"
        )
    if stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP(
            "InputFile", "this is a block device, not a file: only regular files are read"
        )
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP(
            "InputFile", "this is a socket, not a file: only regular files are read"
        )
    return QT_TRANSLATE_NOOP("InputFile", "this is not a regular file: only regular files are read")


def read_file_bytes(path: Path, max_bytes: int, limit_name: Wording = A_LIMIT) -> bytes:
    """A regular file's bytes, or :class:`InputFileError` saying in plain words why not.

    Anything but a regular file (a named pipe, a device, a socket) is refused from
    its metadata alone, before it is opened: opening a pipe blocks, and a device
    such as /dev/zero reports size 0 yet never ends.  At most ``max_bytes`` are
    read even if the file grows while it is read.
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputFileError(path, A_FOLDER)
        if not stat.S_ISREG(mode):
            raise InputFileError(path, _special_file_problem(mode))
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > max_bytes:
                raise _over_limit(path, size, max_bytes, limit_name)
            data = file.read(max_bytes + 1)
        if len(data) > max_bytes:  # it grew after the size was read
            raise _over_limit(path, len(data), max_bytes, limit_name, more=True)
        return data
    except FileNotFoundError:
        raise InputFileError(path, NO_SUCH_FILE) from None
    except IsADirectoryError:
        raise InputFileError(path, A_FOLDER) from None
    except PermissionError:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "permission denied: the file cannot be read")
        ) from None
    except OSError as error:
        raise InputFileError(path, CANNOT_BE_READ, reason=error.strerror or error) from None


def _over_limit(
    path: Path, size: int, max_bytes: int, limit_name: Wording, more: bool = False
) -> InputFileError:
    if more:
        problem = QT_TRANSLATE_NOOP(
            "InputFile", "the file is over {size}, over the {limit} of {most}"
        )
    else:
        problem = QT_TRANSLATE_NOOP("InputFile", "the file is {size}, over the {limit} of {most}")
    return InputFileError(
        path, problem, size=megabytes(size), limit=limit_name, most=megabytes(max_bytes)
    )
