"""Place names the table parsers need: continents and the world's countries (Simplified)."""

from __future__ import annotations

import re

CONTINENTS = ("北美洲", "南美洲", "拉丁美洲", "欧洲", "亚洲", "非洲", "大洋洲", "澳洲")

COUNTRIES = (  # noqa: SIM905 (one line per region reads better than a list)
    "中国 日本 韩国 朝鲜 蒙古 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 越南 老挝 柬埔寨 泰国 缅甸 "
    "马来西亚 新加坡 印度尼西亚 印尼 菲律宾 文莱 东帝汶 哈萨克斯坦 乌兹别克斯坦 土库曼斯坦 "
    "吉尔吉斯斯坦 塔吉克斯坦 阿富汗 伊朗 伊拉克 叙利亚 约旦 黎巴嫩 以色列 巴勒斯坦 沙特阿拉伯 "
    "沙特 阿联酋 阿拉伯联合酋长国 卡塔尔 科威特 巴林 阿曼 也门 土耳其 格鲁吉亚 亚美尼亚 阿塞拜疆 "
    "塞浦路斯 英国 爱尔兰 法国 德国 荷兰 比利时 卢森堡 瑞士 奥地利 列支敦士登 意大利 西班牙 "
    "葡萄牙 希腊 马耳他 丹麦 瑞典 挪威 芬兰 冰岛 爱沙尼亚 拉脱维亚 立陶宛 波兰 捷克 斯洛伐克 "
    "匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 波黑 黑山 北马其顿 阿尔巴尼亚 摩尔多瓦 "
    "乌克兰 白俄罗斯 俄罗斯 美国 加拿大 墨西哥 古巴 危地马拉 哥斯达黎加 巴拿马 牙买加 多米尼加 "
    "巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 澳大利亚 新西兰 "
    "巴布亚新几内亚 斐济 埃及 利比亚 突尼斯 阿尔及利亚 摩洛哥 苏丹 埃塞俄比亚 肯尼亚 坦桑尼亚 "
    "乌干达 卢旺达 尼日利亚 加纳 科特迪瓦 塞内加尔 喀麦隆 刚果 安哥拉 赞比亚 津巴布韦 莫桑比克 "
    "纳米比亚 博茨瓦纳 南非 马达加斯加 毛里求斯"
).split()


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so that 沙特阿拉伯 beats 沙特."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


CONTINENT_PATTERN = alternation(CONTINENTS)
COUNTRY_PATTERN = alternation(COUNTRIES)

# A leading run of administrative places in a name: 武汉市、襄阳市 / 魁北克省 / 湾沚区.
_ADMIN_PREFIX = re.compile(
    r"^((?:[\u4e00-\u9fff]{1,8}?(?:省|市|州|县|区|邦)(?![市县])、?)+)(?=[\u4e00-\u9fff])"
)


def leading_places(name: str) -> str:
    """The administrative places a name starts with, e.g. ``武汉市、襄阳市``; '' if none."""
    shortest = 2
    for country in sorted(COUNTRIES, key=len, reverse=True):
        if name.startswith(country):
            name = name[len(country) :]  # 日本爱知县 → 爱知县
            shortest = 3
            break
    match = _ADMIN_PREFIX.match(name)
    places = match.group(1).rstrip("、") if match else ""
    # a lone suffix character left by a country name is no place (瑞士区块链 → '')
    return places if all(len(p) >= shortest for p in places.split("、")) else ""
