"""General forms of dates, figures and names seen in articles from outside the corpus.

Every example sentence here is invented; none comes from an evaluation passage.
"""

import pytest

from workbench.core.nlp import default_recognizer


def found(text: str, type_: str) -> list[str]:
    return [m.text for m in default_recognizer().recognise(text) if m.type == type_]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarters and halves on their own
        ("預計第4季出貨回溫", ["第4季"]),
        ("第三季度营收下滑", ["第三季度"]),
        ("公司三季度利润翻倍", ["三季度"]),
        ("Q3营收创高", ["Q3"]),
        ("2024Q1投产", ["2024Q1"]),
        ("上半年出货平稳,下半年转强", ["上半年", "下半年"]),
        ("首季获利成长", ["首季"]),
        ("1H24营收", ["1H24"]),
        # ISO and slash dates
        ("会议于2024-03-08召开", ["2024-03-08"]),
        ("公告日期2024/3/8", ["2024/3/8"]),
        # relative dates
        ("某廠昨(5)日宣布", ["昨(5)日"]),
        ("某公司今（12）日公布財報", ["今（12）日"]),
        ("該公司昨日表示", ["昨日"]),
        ("营收较去年同期增长", ["去年同期"]),
        ("预计年底前完工", ["年底"]),
        ("本月营收成长,上月下滑", ["本月", "上月"]),
        ("上个月订单回升", ["上个月"]),
        # years with 年度, fiscal years, Minguo years
        ("2025年度预算", ["2025年度"]),
        ("2024财年营收", ["2024财年"]),
        ("民國113年第三季", ["民國113年第三季"]),
        ("113年5月營收", ["113年5月"]),
        ("某公司今天召开股东会", ["今天"]),
        ("股价当日上涨", ["当日"]),
        ("该厂周三停工", ["周三"]),
        ("某工厂8日在南部投产", ["8日"]),
        ("净利较上年同期增长", ["上年同期"]),
        ("较2019年同期下降", ["2019年同期"]),
        ("价格较年初下跌", ["年初"]),
        ("次季展望保守", ["次季"]),
        # not dates: a comparison, a duration, an idiom
        ("這三年中,產能翻倍", []),
        ("全球晶圆年末月产能", []),
        ("今年中国经济", ["今年"]),
    ],
)
def test_dates(text, expected):
    assert found(text, "DATE") == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("減產30萬公噸", "QUANTITY", ["30萬公噸"]),
        ("庫存1,250公噸", "QUANTITY", ["1,250公噸"]),
        ("月產12,000片", "QUANTITY", ["12,000片"]),
        ("年產1.2萬噸/年", "QUANTITY", ["1.2萬噸/年"]),
        ("產能50kwpm", "QUANTITY", ["50kwpm"]),
        ("12吋晶圓", "QUANTITY", ["12吋"]),
        ("储能出货5GWh,电站300MW", "QUANTITY", ["5GWh", "300MW"]),
        ("销量100萬輛", "QUANTITY", ["100萬輛"]),
        ("年增3成", "PERCENT", ["3成"]),
        ("两成企业亏损", "PERCENT", ["两成"]),
        ("一成不变", "PERCENT", []),
        ("毛利率提升2.5個百分點", "PERCENT", ["2.5個百分點"]),
        ("營收新台幣1,250億元", "MONEY", ["新台幣1,250億元"]),
        ("募资港元5亿元", "MONEY", ["港元5亿元"]),
        ("营收3.5兆元", "MONEY", ["3.5兆元"]),
        ("投入数十亿欧元", "MONEY", ["数十亿欧元"]),
        ("每股派息约12.5分", "MONEY", ["12.5分"]),
        ("比赛得了90分", "MONEY", []),
        ("两部80萬瓩机组", "QUANTITY", ["80萬瓩"]),
        ("年发电量50億度", "QUANTITY", ["50億度"]),
        ("气温30度", "QUANTITY", []),
        ("储槽10萬公秉", "QUANTITY", ["10萬公秉"]),
        ("年产能50吉瓦時", "QUANTITY", ["50吉瓦時"]),
        ("差距1萬多輛", "QUANTITY", ["1萬多輛"]),
        ("功耗15W", "QUANTITY", ["15W"]),
    ],
)
def test_figures(text, type_, expected):
    assert found(text, type_) == expected


def orgs(text: str) -> list[str]:
    return found(text, "ORG")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a head and a trade, in both scripts; the short forms later in the text
        ("據悉東岳塑膠與北辰石化昨日簽約", ["東岳塑膠", "北辰石化"], []),
        ("瑞丰石化公司宣布扩产,瑞丰表示,瑞丰化将增资", ["瑞丰石化公司", "瑞丰", "瑞丰化"], []),
        ("与蓝湾重工合作", ["蓝湾重工"], []),
        # a trade that names an industry is no company
        ("日本半导体产业复苏", [], ["日本半导体"]),
        ("新能源汽车销量", [], ["新能源汽车"]),
        ("提供智能手机零件", [], ["提供智能"]),
        ("该核心公司", [], ["核心公司"]),
        # a name before a stock code and before a corporate title
        ("藍籌股恒远光学(2399)公布業績", ["恒远光学"], ["藍籌股恒远光学"]),
        ("由辰光董事长王建国主持", ["辰光"], []),
        # a registered name with its place, and its subsidiary short form
        ("星河化学(福建)新材料有限公司扩产,星河福建表示", ["星河福建"], []),
        # government bodies and institutions named by their place
        ("江苏省委书记出席", ["江苏省委"], []),
        ("苏州市政府发布通知", ["苏州市政府"], []),
        ("泰国投资委员会表示", ["泰国投资委员会"], []),
        ("加拿大皇家银行入股", ["加拿大皇家银行"], []),
        ("香港联合交易所主板", ["香港联合交易所"], []),
        ("美国政府决定", [], ["美国政府"]),
        # media and institutions by their kind
        ("(南华日报报道)某公司", ["南华日报"], []),
        ("国际智能制造产业协会秘书长", ["国际智能制造产业协会"], []),
        # a list after its category
        ("主要车企包括蓝鲸、飞鱼等", ["蓝鲸", "飞鱼"], []),
    ],
)
def test_organisation_shapes(text, expected, not_expected):
    found_orgs = orgs(text)
    for name in expected:
        assert name in found_orgs, found_orgs
    for name in not_expected:
        assert name not in found_orgs, found_orgs


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("某县县长王德明与议长李国华出席", "PERSON", ["王德明", "李国华"]),
        ("工业部长素帕猜·甲汶在会上表示", "PERSON", ["素帕猜·甲汶"]),
        ("董事长陈建民出席仪式", "PERSON", ["陈建民"]),
        ("新建60万吨/年PTA装置,PTA价格", "PRODUCT", ["PTA", "PTA"]),
        ("新款iPhone18发布", "PRODUCT", ["iPhone18"]),
        ("台南科學園區的工廠", "GPE", ["台南科學園區"]),
    ],
)
def test_people_products_and_parks(text, type_, expected):
    assert found(text, type_) == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("經濟部能源署今(8)日公布", "ORG", ["經濟部能源署"]),
        ("上市公司中国华晟(1234.HK)发布公告", "ORG", ["中国华晟"]),
        ("华晟新能源股份有限公司(以下简称“华晟”)公告,华晟将扩产", "ORG", ["华晟"]),
        ("112年全台用電量", "DATE", ["112年"]),
        ("公司成立110年历史", "DATE", []),
    ],
)
def test_sub_bodies_codes_and_minguo_years(text, type_, expected):
    got = found(text, type_)
    assert all(name in got for name in expected) and (expected or not got), got


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("华为技术有限公司轮值董事长徐直军发言", ["华为技术有限公司"], ["技术有限公司", "轮值"]),
        ("据报道,东岳塑胶公司(Dongyue)将扩产", ["Dongyue"], []),
    ],
)
def test_registered_names_and_their_latin_names(text, expected, not_expected):
    got = orgs(text)
    assert all(name in got for name in expected), got
    assert not any(name in got for name in not_expected), got


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("某泥董事長林志遠宣布擴產", "PERSON", ["林志遠"]),
        ("與沙特基础工业公司(SABIC)合资", "ORG", ["沙特基础工业公司", "SABIC"]),
        ("华远金控旗下华远人寿上半年获利", "ORG", ["华远金控", "华远人寿"]),
    ],
)
def test_more_name_contexts(text, type_, expected):
    got = found(text, type_)
    assert all(name in got for name in expected), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周五油价收跌", ["上周五"]),
        ("本周公布数据", ["本周"]),
        ("2025/26财年第一季度净利润", ["2025/26财年第一季度"]),
        ("今年1至10月利润增长", ["今年1至10月"]),
        ("2024年1至9月出口", ["2024年1至9月"]),
        ("周期性行业与周边市场", []),
        ("本周内将公布", []),
    ],
)
def test_weeks_fiscal_years_and_month_ranges(text, expected):
    assert found(text, "DATE") == expected
