package lexcorpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SigningDateTest {
    @Test
    void theDateOfTheSignatureBlock() {
        String judgment = "本判决为终审判决。\n\n审　判　长　张某\n审　判　员　李某\n\n二〇一九年十二月二十日\n\n书　记　员　王某\n";
        assertEquals("2019-12-20", SigningDate.find(judgment));
        assertEquals("2021-03-05", SigningDate.find("驳回上诉，维持原判。\n审判员 赵某\n2021年3月5日\n法官助理 钱某"));
    }

    @Test
    void aBlockRunIntoOneLine() {
        String flat = "当事人不服的，可于收到本判决之日起十五日内上诉。 审判长周某 审判员吴某 人民陪审员郑某 二〇一六年五月九日 书记员冯某";
        assertEquals("2016-05-09", SigningDate.find(flat));
        assertEquals("2018-11-30", SigningDate.find("本判决为终审判决。审判员 陈某 2018年11月30日 法官助理 褚某"));
        // a date in the reasons, not between the judges and the clerk
        assertNull(SigningDate.find("审判长周某于二〇一六年五月九日主持庭审，书记员冯某记录。"));
        assertNull(SigningDate.find("被告人于2016年5月9日被刑事拘留。"));
    }

    @Test
    void noSignatureBlockNoDate() {
        // a date alone on the last line of a report is not a signing date
        assertNull(SigningDate.find("本院认为，上诉理由不能成立。\n\n二〇一九年十二月二十日\n"));
        assertNull(SigningDate.find("审判长 张某\n二〇一九年十三月二十日\n"), "no such month");
        assertNull(SigningDate.find(""));
    }
}
