package lexcorpus.ingest.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.Ingester;
import lexcorpus.model.Document;
import lexcorpus.model.Metadata;
import lexcorpus.model.Structure;
import lexcorpus.text.CodePoints;
import org.junit.jupiter.api.Test;

/**
 * The outline of documents written for these tests, one per layout the readers must handle without being told
 * which it is: a white paper, a paginated report, a newsletter, a Markdown digest, a transcript. Each test checks
 * the whole outline: every heading with its level, line and parent, every article, the masthead.
 */
class OutlineTest {
    private final Ingester ingester = new Ingester(null);

    private Document ingest(String text) {
        return ingester.ingest(Document.of("t", text, null));
    }

    /** Each heading as "level|text|line|parent". */
    private static List<String> headings(Document d) {
        List<String> out = new ArrayList<>();
        for (Structure.Heading h : d.structure().headings()) {
            out.add(h.level() + "|" + h.text() + "|" + h.line() + "|" + h.parent());
        }
        return out;
    }

    /** Each article as "section|headline|byline". */
    private static List<String> articles(Document d) {
        List<String> out = new ArrayList<>();
        for (Structure.Article a : d.structure().articles()) {
            out.add(a.section() + "|" + a.headline() + "|" + a.byline());
        }
        return out;
    }

    private static String slice(Document d, int start, int end) {
        return CodePoints.slice(d.text(), CodePoints.of(d.text()), start, end);
    }

    static final String WHITE_PAPER = """
            滨海市中级人民法院
            知识产权审判白皮书
            （2023年）

            滨海市中级人民法院
            2024年4月
            \f前  言

            本白皮书总结了本院近年来的知识产权审判工作，介绍主要做法和典型经验。

            \f目  录

            第一章 总体情况 ……………………………… 1
            （一）受理情况 ……………………………… 1
            （二）审结情况 ……………………………… 2
            第二章 主要做法 ……………………………… 3
            结  语 …………………………………………… 5

            \f第一章

            总体情况

            本院受理的知识产权案件逐年增加，类型日益多样。
            （一）受理情况
            全年受理各类案件一千余件。
            1.民事案件
            民事案件占受理总数的九成。
            2.行政案件
            行政案件数量保持平稳。
            （1）一审案件
            一审案件以商标类为主。
            （2）二审案件
            二审案件以著作权类为主。
            （二）审结情况
            全年审结案件九百余件。
                                    2
            \f第二章 主要做法
            本院坚持严格保护，统一裁判尺度。
            结  语
            本院将继续深化改革。
            """;

    @Test
    void aWhitePaperOutlineHasTheDepthsItsNumberingGoesTo() {
        Document d = ingest(WHITE_PAPER);
        assertEquals(List.of(
                "1|前  言|7|null",
                "1|第一章总体情况|19|null",
                "2|（一）受理情况|24|1",
                "3|1.民事案件|26|2",
                "3|2.行政案件|28|2",
                "4|（1）一审案件|30|4",
                "4|（2）二审案件|32|4",
                "2|（二）审结情况|34|1",
                "1|第二章 主要做法|37|null",
                "1|结  语|39|null"), headings(d));
        assertTrue(d.structure().articles().isEmpty(), "a white paper's chapters are headings, not articles");
        assertEquals(new Metadata("滨海市中级人民法院知识产权审判白皮书（2023年）", null, null, "2024-04", "滨海市中级人民法院"), d.metadata());
        Structure.Span toc = d.structure().contents();
        assertNotNull(toc);
        assertTrue(slice(d, toc.start(), toc.end()).startsWith("目  录") && slice(d, toc.start(), toc.end()).endsWith("5"));
        // the sections are the level-1 headings, titles without numbering
        assertEquals(List.of("前  言", "总体情况", "主要做法", "结  语"), d.structure().sections().stream().map(Structure.Section::title).toList());
        // a heading heads the stretch up to the next heading at its level or above
        Structure.Heading first = d.structure().headings().get(1);
        String stretch = slice(d, first.start(), first.end());
        assertTrue(stretch.startsWith("第一章") && stretch.endsWith("全年审结案件九百余件。"), stretch);
        // the page number is furniture, not a paragraph
        for (Structure.Span p : d.structure().paragraphs()) {
            assertTrue(!slice(d, p.start(), p.end()).equals("2"));
        }
    }

    static final String REPORT = """
            数据合规观察报告
            （2023年）

            1
            \f概述
            数据合规观察报告
            本报告梳理各国数据合规规则的新动向。
            2
            \f亚洲
            数据合规观察报告
            新加坡：规则清晰，执法有力
            一、立法概况
            新加坡较早制定了专门立法。
            二、重点法律
            01 个人数据保护法
            （1）定位
            该法是新加坡数据保护的基本法律。
            （2）要点
            该法规定了同意、通知和访问等义务。
            02 网络安全法
            （1）定位
            该法规范关键信息基础设施的保护。
            3
            \f日本：稳步推进
            一、立法概况
            日本的立法以个人信息保护为中心。
            4
            """;

    @Test
    void aReportsPageTitlesAndTheUnnumberedParentsOfItsSeriesTakeTheirPlaceAbove() {
        Document d = ingest(REPORT);
        assertEquals(List.of(
                "1|概述|5|null",
                "1|亚洲|9|null",
                "2|新加坡：规则清晰，执法有力|11|1",
                "3|一、立法概况|12|2",
                "3|二、重点法律|14|2",
                "4|01 个人数据保护法|15|4",
                "5|（1）定位|16|5",
                "5|（2）要点|18|5",
                "4|02 网络安全法|20|4",
                "5|（1）定位|21|8",
                "2|日本：稳步推进|24|1",
                "3|一、立法概况|25|10"), headings(d));
        assertEquals(new Metadata("数据合规观察报告（2023年）", null, null, "2023", null), d.metadata());
        // the running header and the page numbers are neither headings nor paragraphs
        for (Structure.Span p : d.structure().paragraphs()) {
            String s = slice(d, p.start(), p.end());
            assertTrue(!s.equals("数据合规观察报告") && !s.matches("[0-9]+"), s);
        }
    }

    static final String NEWSLETTER = """

            法治研究通讯

            第12期（总第48期）

            2024年9月

            江南市法学会主办

            目录

            一 学会动态
            - 学会召开年度工作会议
            二 立法观察
            - 关于进一步规范数据处理活动的通知解读
            - 地方立法的新进展

            学会动态

            本栏编辑：秘书处

            学会召开年度工作会议

            原创：学会秘书处

            会议总结了本年度的工作，部署了下一年度的重点任务。

            （秘书处供稿）

            立法观察

            关于进一步规范数据处理活动的

            通知解读

            来源：法治日报

            记者：李明

            通知对数据处理者提出了更明确的要求。

            来源：人民网

            地方立法的新进展

            多地出台了数据条例，细化了上位法的规定。
            """;

    @Test
    void aNewslettersArticlesAreItsPiecesAndOnlyItsColumnsAreHeadings() {
        Document d = ingest(NEWSLETTER);
        assertEquals(new Metadata("法治研究通讯", 12, 48, "2024-09", "江南市法学会"), d.metadata());
        assertEquals(List.of("1|学会动态|18|null", "1|立法观察|30|null"), headings(d));
        assertEquals(List.of(
                "学会动态|学会召开年度工作会议|原创：学会秘书处",
                "立法观察|关于进一步规范数据处理活动的通知解读|来源：法治日报",
                "立法观察|地方立法的新进展|来源：人民网"), articles(d));
        Structure.Article second = d.structure().articles().get(1);
        assertEquals(List.of("来源：法治日报", "记者：李明"), second.bylines());
        assertEquals("（秘书处供稿）", d.structure().articles().get(0).footer());
        assertTrue(d.structure().articles().get(0).start() > d.structure().contents().end(), "the contents are not an article");
    }

    static final String DIGEST = """
            # 202403

            1. [202403](#202403)
                1. [国内动态](#国内动态)
                    1. [某省出台数据条例](#某省出台数据条例)
                2. [海外动态](#海外动态)
                    1. [某国通过隐私法案](#某国通过隐私法案)

            ## 国内动态

            ### 某省出台数据条例

            > 数据立法

            - source: [某省出台数据条例](https://example.org/a)
            - date : 2024-03-02

            条例共六章四十条。

            #### 适用范围

            条例适用于本省行政区域内的数据处理活动。

            ## 海外动态

            ### 某国通过隐私法案

            - source: [某国通过隐私法案](https://example.org/b)

            法案将于明年生效。
            """;

    @Test
    void aMarkdownDigestsItemsAreArticlesUnderItsSections() {
        Document d = ingest(DIGEST);
        assertEquals(new Metadata("202403", null, null, "2024-03", null), d.metadata());
        assertEquals(List.of("1|国内动态|9|null", "1|海外动态|24|null"), headings(d));
        assertEquals(List.of(
                "国内动态|某省出台数据条例|source: [某省出台数据条例](https://example.org/a)",
                "海外动态|某国通过隐私法案|source: [某国通过隐私法案](https://example.org/b)"), articles(d));
        Structure.Span toc = d.structure().contents();
        assertTrue(slice(d, toc.start(), toc.end()).startsWith("1. [202403]"));
    }

    static final String TRANSCRIPT = """
            主题：数据要素与法治论坛
            时间：2024年5月20日（上午）
            地点：国际会议中心

            王平：各位来宾，大家上午好！欢迎出席由江南市人民政府和江南大学共同主办的论坛。首先有请市长张宏致辞。
            张宏：尊敬的各位来宾：
            数据要素市场的建设离不开法治保障，我们将持续完善制度。
            王平：谢谢张宏市长。下面有请江南大学校长李华演讲。
            李华：大家好！高校将加强数据法学的人才培养，推动产学研合作。
            王平：谢谢李华校长。最后有请律师陈晨分享。
            陈晨：谢谢主持人。律师在数据合规中的作用越来越重要，我们将持续提供专业服务。
            王平：谢谢陈晨律师，论坛到此结束。
            """;

    @Test
    void aTranscriptsSpeechesAreArticlesAndTheChairsLinksAreNot() {
        Document d = ingest(TRANSCRIPT);
        assertEquals(new Metadata("数据要素与法治论坛", null, null, "2024-05-20", "江南市人民政府、江南大学"), d.metadata());
        assertEquals(List.of("null|张宏|null", "null|李华|null", "null|陈晨|null"), articles(d));
        assertTrue(d.structure().headings().isEmpty());
        Structure.Article first = d.structure().articles().get(0);
        assertEquals("张宏：尊敬的各位来宾：\n数据要素市场的建设离不开法治保障，我们将持续完善制度。", slice(d, first.start(), first.end()));
    }

    @Test
    void theMastheadSkipsBoxesAndWatermarksAndFindsTheIssueInTheRunningHeader() {
        String text = """
                内
                本期导读
                部
                数字法治评论
                资
                本刊编辑部编印
                料
                \f《数字法治评论》·2024 年第 5 期
                一、本期综述
                正文第一段。
                2
                \f《数字法治评论》·2024 年第 5 期
                正文第二段。
                3
                \f《数字法治评论》·2024 年第 5 期
                正文第三段。
                4
                """;
        Document d = ingest(text);
        assertEquals(new Metadata("数字法治评论", 5, null, "2024", "本刊编辑部"), d.metadata());
        assertEquals(List.of("1|一、本期综述|9|null"), headings(d));
    }

    @Test
    void aNumberedTitleOverALineBrokenEarlyIsATitle() {
        // wrapped at 30 chars; the line under （1） is broken early at 《 and the text after it is wider than the title
        String text = """
                一、市场总体情况
                目前在城市出行服务市场上，巡游出租、网约车和共享单车三种方
                式已形成相互补充的格局，其中网约车是近几年增长最快的一种出
                行方式。
                （1）线上平台用户持续增加
                根据 2022 年 3 月份公布的《
                “出行前沿”-2022 城市交通发展
                年度报告》显示，与上一年度相比，本年度的注册用户数量稳中有
                升，传统运营企业和新兴平台企业在市场上的竞争也更加充分，新
                兴平台的订单量较上半年有所增长。
                （2）服务供给更加多元
                随着行业发展，传统企业通过自建应用和与主流平台合作的方式提
                供服务，定制客运和预约出行的方式也越来越常见。
                """;
        Document d = ingest(text);
        assertEquals(List.of("1|一、市场总体情况|1|null", "2|（1）线上平台用户持续增加|5|0", "2|（2）服务供给更加多元|11|0"), headings(d));
    }

    @Test
    void aLetterSpacedTitleReadOneCharALineIsAHeadingAndWatermarkCharsAreNot() {
        String text = """
                数据安全研究报告

                2022年12月

                前

                言

                本报告梳理了数据安全领域的主要规则。
                内
                一、总体情况
                部
                正文第一段。
                资
                二、主要问题
                料
                正文第二段。
                """;
        Document d = ingest(text);
        assertEquals(List.of("1|前言|5|null", "1|一、总体情况|11|null", "1|二、主要问题|15|null"), headings(d));
    }

    @Test
    void aLetterSpacedContentsTitleReadOneCharALineOpensTheTableOfContents() {
        // the parts are listed without page numbers: only the title says they are the table's
        String text = """
                数字发展报告

                \f目

                录

                第一篇
                一、发展成效 ........................ 1
                二、存在问题 ........................ 5
                第二篇
                三、展望 ............................ 9

                \f第一篇
                一、发展成效
                正文第一段。
                二、存在问题
                正文第二段。
                """;
        Document d = ingest(text);
        assertEquals(List.of("1|第一篇|13|null", "2|一、发展成效|14|0", "2|二、存在问题|16|0"), headings(d));
    }

    @Test
    void labelledCoverLinesNameThePublishersAndAreNeverTheTitle() {
        // a cover whose title is an image: only the labelled lines and the date are text
        String text = """
                指导单位：江南市数据管理办公室
                编写单位：江南数据科技有限公司
                江南智能网联汽车研究院有限公司
                2022年9月

                编写说明
                本白皮书围绕示范区的建设和运营实际，提出了一套数据分类分级管理办法。
                """;
        Document d = ingest(text);
        assertEquals(new Metadata(null, null, null, "2022-09", "江南数据科技有限公司、江南智能网联汽车研究院有限公司"), d.metadata());
    }

    @Test
    void aPrefaceNamesThoseWhoWroteTheReport() {
        String text = """
                跨境数据流动研究报告

                \f前言
                本报告由甲研究院与乙律师事务所合作完成，梳理了主要国家的规则。
                一、背景
                正文。
                """;
        Document d = ingest(text);
        assertEquals("甲研究院、乙律师事务所", d.metadata().publisher());
        assertEquals(List.of("1|前言|3|null", "1|一、背景|5|null"), headings(d));
    }

    static final String RESEARCH_REPORT = """
            数据合规风险研究报告
            （2023年）

            东岭数据研究院
            2023年12月

            一、研究背景
            1.1. 行业概况
            数据处理活动日益频繁，各类主体的合规需求持续增长，专门
            的合规岗位也越来越常见，合规投入在企业预算中的占比逐年
            提高。
            图 1 数据处理规模的变化
            来源：东岭数据研究院调研
            1.2. 监管动态
            监管机构陆续出台配套规则，执法检查的频次明显增加，处罚
            金额也屡创新高。
            专家观点
            来源：《数据法学评论》
            多位学者认为，规则的细化有助于形成稳定预期，也便于企业
            安排合规投入，减少不必要的试错成本。
            二、主要风险
            2.1. 数据泄露
            2.1.1. 外部攻击
            攻击者利用系统漏洞窃取数据，勒索软件事件明显增多，中小
            企业受到的冲击尤为明显。
            来源：公开报道整理
            表 1 近三年泄露事件统计
            2.1.2. 内部人员
            内部人员违规访问的情形仍然存在，权限管理的缺位让违规访
            问难以及时发现。
            行业评论
            来源：某财经周刊
            违规成本过低，是内部泄露屡禁不止的原因之一，这一点已经
            成为业内共识。
            2.2. 违规出境
            部分企业未经评估即向境外提供数据，其中不乏涉及个人信息
            的业务数据。
            三、应对建议
            3.1. 完善制度
            企业应当建立数据分类分级制度，并定期开展风险评估。
            """;

    @Test
    void aReportsSourceCreditsAndAFewStrayByLinesDoNotMakeItACollection() {
        Document d = ingest(RESEARCH_REPORT);
        assertEquals(new Metadata("数据合规风险研究报告（2023年）", null, null, "2023-12", "东岭数据研究院"), d.metadata());
        assertEquals(List.of(
                "1|一、研究背景|7|null",
                "2|1.1. 行业概况|8|0",
                "2|1.2. 监管动态|14|0",
                "1|二、主要风险|21|null",
                "2|2.1. 数据泄露|22|3",
                "3|2.1.1. 外部攻击|23|4",
                "3|2.1.2. 内部人员|28|4",
                "2|2.2. 违规出境|35|3",
                "1|三、应对建议|38|null",
                "2|3.1. 完善制度|39|8"), headings(d));
        assertTrue(d.structure().articles().isEmpty(), "a report has no articles: " + articles(d));
    }

    @Test
    void aDocumentWithoutOutlineHasNone() {
        Document d = ingest("依照《中华人民共和国民法典》第一千一百六十五条的规定，本院判决驳回上诉。\n\n审判长 张三\n");
        assertTrue(d.structure().headings().isEmpty());
        assertTrue(d.structure().articles().isEmpty());
        assertNull(d.metadata().issue());
    }
}
