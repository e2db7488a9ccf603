//! Names written without spaces: Chinese (Hanzi), Japanese (kanji) and
//! Korean (Hangul). A family name from the common lists below, a short given
//! name, and then an honorific or role (`先生`, `さん`, `씨`), or before them
//! a word that makes it personal (`客户`, `患者`, `고객`). Without either, a
//! run of Han characters is not taken for a name.

use aho_corasick::AhoCorasick;
use std::cell::OnceCell;
use std::sync::OnceLock;

/// The most common single-character Chinese surnames (simplified and
/// traditional forms), written by hand from published frequency tables.
const HAN_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬羅鄭謝韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯";
/// Less common family names (a second writer's list, from memory of the
/// published rankings, who had not read the accuracy set): many are also the
/// first character of common words (`时`, `权`, `全`), so a name starting
/// with one needs given-name characters after it, whatever else is around.
const HAN_SURNAMES_MORE: &str = "许常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅洪赖萧傅阎許溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥賴閻";
#[rustfmt::skip]
const HAN_COMPOUND: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "夏侯", "皇甫",
];

/// Characters common in Chinese given names and rare as the start of an
/// ordinary word after a family name, written by hand from published
/// frequency tables of given-name characters (simplified and traditional).
/// A family name followed by one or two of them is a weak name: a name only
/// when a personnel matter in the same sentence is about it.
const HAN_GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞刚桂玉萍玲芬燕鹏辉健俊斌宇浩凯婷琳晶颖慧欣倩洁云莉兰梅丹蓉欢亮峰鑫荣庆兵宏晨佳嘉怡悦琪瑶璐琴薇彬博昊轩涵萱宁梓泽睿诗晓淑惠珍凤翠莹妍婉娇媛瑾瑜珊珠菲芸蕾雯霖岩勋彪锋钢铭锦坤鸿帆航旭昕晖晟曦朗康辰宸烨炜熙煜琛瑞祥祺翔娥雅婕琦楠毅偉麗強軍艷傑娟濤輝鵬劍嬌瑩萬鳳華明平华红建文力飞帅龙林雪露蕊哲波志国海东春小金新光福德胜利宝贵清琼伦昌盛茂森松柏桐杨柳枫桦山江河洪润贤娴婧娅姗姝嫣妮媚婵姣妹芝莲荷菊茜莎菁蔚蓝青紫彤彩艺美香馨贞纯素真善良仁义礼智信忠孝廉勤俭诚威雄豪彦聪思天月星阳耀灿钰铮锐钧镇鸣鹤雁凰麟虎骏驰腾羽夏秋冬竹民安泰顺吉喜禄寿富兴隆达士远壮姿璇瑛环佩永长根财满全保连双正万友亚振卫世广元才进坚先敬震群心承乐绍裕政谦翰言若朋梁栋维启树策榕风弘巧爱莺凡叶仪君梦岚苑瑗琰韵园咏卿澜爽茗飘滢伊宜舒程恒剑灵晴容韦宗曼逸菡绿儿诺语沐依晗楷煊芊茹潇筱翊珂玥柯皓奕继铁柱焕培玮珺萌盈凌峻崇岳峥煌瀚淳渊源沛洲溪湘汉泓渝滨蕴芷芙薰妤宛宣宪祯禧祖立笑绮茵蕙谊谨越跃迪韬颂麒少亦伶佑劲均孟恩男畅碧迎靖银靜剛蘭紅飛凱帥寧龍穎雲潔歡瑤軒國東曉榮慶勝寶貴瓊鴻鋒暉倫楊楓樺澤潤賢嫻婭嬋蓮藍藝貞純義禮儉誠彥聰陽燦煒燁銘錦鈺錚銳鈞鎮鳴鶴駿馳騰順祿壽興達遠壯環長財滿連雙亞衛廣進堅樂紹謙棟維啟樹風愛鶯葉儀夢嵐韻園詠瀾飄瀅靈韋綠兒諾語瀟詩繼鋼鐵勳煥瑋崢淵漢濱蘊禎綺誼謹躍韜頌勁暢銀";
fn is_han_given(c: char) -> bool {
    GIVEN.contains(c)
}

/// Common Japanese family names in kanji, written by hand.
#[rustfmt::skip]
const KANJI_SURNAMES: &[&str] = &[
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本",
    "井上", "木村", "林", "斎藤", "斉藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川",
    "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本",
    "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田", "上田", "原", "内田",
    "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野", "小島", "工藤", "谷口", "今井", "高田", "丸山", "増田", "杉山",
    "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保",
    "佐野", "野村", "松尾", "菊地", "杉本", "市川", "古川", "大西", "島田", "水野", "桜井", "高野", "吉川", "山内", "西田", "飯田",
    "菊池", "西川", "小松", "北村", "安田", "五十嵐", "川口", "平田", "中田", "服部", "岩田", "土屋", "川崎", "福島", "本田", "樋口",
    "秋山", "荒木", "永井", "中西", "大橋", "松下", "浅野", "大久保", "野田", "小池", "望月", "関", "東", "辻",
];

/// The common Korean family names (one syllable, or two for the compound ones).
const HANGUL_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감";
const HANGUL_COMPOUND: &[&str] = &["제갈", "남궁", "황보", "선우", "독고", "사공"];

/// Honorifics and roles after a name.
#[rustfmt::skip]
const AFTER: &[&str] = &[
    "先生", "女士", "小姐", "老师", "老師", "经理", "經理", "医生", "醫生", "同学", "同學", "律师", "律師", "教授", "总", "總",
    "さん", "様", "さま", "氏", "君", "くん", "ちゃん", "殿", "씨", "님", "선생님", "고객님", "환자분", "과장", "부장", "대리",
    "팀장", "교수님", "사원", "주임", "차장", "실장", "학생",
    // A candidate, an applicant, an employee, an intern (`임재현 지원자`).
    "지원자", "후보자", "직원", "인턴",
    // The close of a Korean letter after the writer's name (`서영 드림`).
    "드림", "올림",
    // A self-introduction: `井上康弘と申します`, "my name is Inoue Yasuhiro".
    "と申します",
];

/// Words before a name that make it personal.
#[rustfmt::skip]
const BEFORE: &[&str] = &[
    "客户", "客戶", "顾客", "顧客", "患者", "病人", "员工", "員工", "职员", "職員", "联系人", "聯繫人", "申请人", "申請人", "租户",
    "租戶", "姓名", "用户", "用戶", "候选人", "候選人", "同事", "致", "给", "給", "告诉", "告訴", "通知", "お客様", "社員", "従業員", "氏名", "担当",
    "担当者", "候補者",
    // Personnel decisions about someone: promote, appoint, dismiss, hire
    // (`决定晋升郭雷为高级工程师`).
    "晋升", "晉升", "提拔", "任命", "解雇", "辞退", "辭退", "开除", "開除", "录用", "錄用",
    // The close of a Japanese letter, before the writer's name, and the
    // greeting that opens a mail among colleagues, before the writer's own
    // (`お疲れさまです。鈴木です。`). Not a mail's to a client
    // (`お世話になっております。`): the firm's name comes first there, and
    // firms bear family names (`本田技研の...`).
    "よろしくお願いいたします。", "よろしくお願いします。", "お疲れさまです。", "お疲れ様です。",
    "お疲れさまです、", "お疲れ様です、",
    "고객", "환자", "직원", "사원", "지원자", "후보자", "이름", "성명", "담당자", "동료",
    // Japanese parties and form labels: `（対象者：石川裕美子）`.
    "対象者", "相談者", "依頼者", "申込者", "受取人", "契約者", "入居者", "宛名",
    // Korean form labels and parties: `고객명: 김예진`, `받는 분: 이예진`.
    "고객명", "환자명", "학생명", "받는 분", "보내는 분", "수령인", "신청인", "세입자", "임차인", "임대인",
];

/// Korean role nouns that start like a family name and a given name (`선생`,
/// `기사`): with `님` after them (`선생님`, "teacher") they are a role.
#[rustfmt::skip]
const HANGUL_ROLES: &[&str] = &[
    "선생", "기사", "사장", "회장", "원장", "실장", "대표", "고객", "교수", "과장", "부장", "차장", "팀장", "의사",
    "작가", "목사", "신부", "기장", "반장", "소장", "국장", "총장", "이사", "간호사", "변호사", "사원", "주임",
    "대리", "상무", "전무", "감독", "환자", "학생", "손님", "주인", "집주인", "세입자", "임대인", "관리인",
    "부모",
    // Kin with `님` (`어머님`, "mother"; `아드님`, "son"): `어` and `아` are
    // family names too.
    "어머", "아버", "할머", "할아버", "아드", "사모",
];

/// Words of a personal matter (money, home, health, family, work, contact):
/// in the same sentence, they make a family name and given-name characters
/// with nothing else around them a name (`楼上的张伟每天夜里…物业`).
#[rustfmt::skip]
const PERSONAL: &[&str] = &[
    // Chinese (simplified, then traditional where it differs).
    "退款", "退钱", "押金", "定金", "违约金", "赔偿", "理赔", "保险", "保单", "工资", "薪水", "欠款", "借钱", "还钱",
    "转账", "汇款", "发票", "账单", "房租", "租金", "房东", "租客", "物业", "邻居", "楼上", "楼下", "合同", "投诉",
    "订单", "快递", "会员", "医院", "医生", "看病", "住院", "病假", "体检", "怀孕", "老师", "学费", "家长", "孩子",
    "女儿", "儿子", "丈夫", "妻子", "老公", "老婆", "婆婆", "岳母", "婚礼", "婚宴", "葬礼", "生日", "手机", "电话",
    "微信", "邮件", "短信", "地址", "身份证", "护照", "签证", "面试", "辞职", "离职", "请假", "加班", "同事", "领导",
    "回复", "道歉", "感谢", "退還", "違約金", "賠償", "保險", "保單", "薪資", "轉帳", "匯款",
    "發票", "帳單", "房東", "鄰居", "樓上", "樓下", "合約", "投訴", "訂單", "會員", "醫院", "醫生", "老師",
    "學費", "兒子", "婚禮", "葬禮", "電話", "郵件", "簡訊", "護照", "簽證", "面試", "辭職", "離職", "請假",
    "回覆",
    // Japanese.
    "返金", "家賃", "大家", "保険", "給料", "請求書", "病院", "入院", "診断", "連絡", "メール", "住所", "契約",
    "退職", "休暇", "面接", "同僚", "上司", "お迎え", "保育園", "担任", "息子", "検査", "担当医",
    "主治医", "予約", "注文", "荷物", "見積", "支払", "娘", "夫", "妻",
    // Health, absence and care (`本日発熱のため欠席します`).
    "発熱", "熱が", "熱を", "体調", "病気", "欠席", "早退", "遅刻", "通院", "介護", "看病", "休職", "産休",
    "育休", "時短", "在宅勤務", "出産", "手術", "怪我", "けが",
    // Personnel matters (`人事評価`, `賞与`, `懲戒処分`; not `評価` alone,
    // "rating", of products too).
    "人事評価", "考課", "賞与", "昇給", "減給", "昇進", "降格", "懲戒", "欠勤", "解雇", "異動", "給与", "残業",
    "绩效", "考核", "奖金", "加薪", "降职", "升职", "处分", "績效", "獎金", "降職", "升職", "處分",
    // Korean.
    "환불", "보증금", "월세", "집주인", "세입자", "보험", "월급", "급여", "병원", "입원", "진단", "연락", "전화", "문자",
    "주소", "계약", "퇴사", "휴가", "면접", "동료", "담임", "아들", "딸", "남편", "아내", "결혼식", "장례식",
    "인사평가", "징계", "해고", "승진", "연봉", "성과급", "상여금", "감봉", "결근",
];

/// Whether a Hangul word is one of [`HANGUL_ROLES`], [`BEFORE`] or
/// [`PERSONAL`] (a set: this runs at every word that starts like a name).
fn hangul_word(word: &str) -> bool {
    static WORDS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            HANGUL_ROLES
                .iter()
                .chain(BEFORE)
                .chain(PERSONAL)
                .copied()
                .filter(|w| w.starts_with(is_hangul))
                .collect()
        })
        .contains(word)
}

/// Korean particles joined to the end of a noun.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "에게서", "에게", "께서", "한테", "의", "께", "는", "은", "이", "가", "을", "를", "와", "과", "도", "에",
    // The copula: `세입자 김민서입니다`, "I am the tenant Kim Minseo".
    "입니다", "이에요", "예요",
];

/// Words before a name that make it a public one (an author).
#[rustfmt::skip]
const PUBLIC_BEFORE: &[&str] = &[
    "作家", "作者", "诗人", "詩人", "总统", "總統", "主席", "小説家", "작가", "시인", "대통령",
    // performers and cast lists, artists, athletes
    "出演", "主演", "キャスト", "演员", "演員", "俳優", "배우", "출연", "주연", "雕塑家", "彫刻家", "조각가",
    "画家", "畫家", "화가", "作曲家", "작곡가", "歌手", "가수", "导演", "導演", "監督", "감독", "选手", "選手", "선수",
    // Korean figures of history (`독립운동가 장영호 선생`, `실학자인 ...`).
    "독립운동가", "실학자", "학자", "사상가", "애국지사", "열사", "장군", "국왕", "화백", "명창", "소설가", "영화감독",
];

/// Words after a Korean name that make it a public one: a reporter's
/// byline (`[서울=연합뉴스] 전예준 기자 =`).
const HANGUL_PUBLIC_AFTER: &[&str] = &["기자", "특파원", "앵커", "논설위원"];

/// Characters that end a Chinese name when no honorific does (particles and
/// common verbs that follow a subject).
const HAN_STOPS: &str = "的在说說是和与與要已于於对對了给給把被也都还還就请請向从從让讓想会會能因又曾将叫问告收拿去来到发打买卖退交申着过吗呢吧啊等及跟同替为由并但却而即便所以或没不未别该敢肯愿需必只仅总再往比像似离看见听写读吃喝做干用走跑坐站拉推送带找认表回获取提借付签查办帮遇入起开住死抓杀逃受遭犯参加担当负管持接归投诉存转派命令求绝觉感知记怕骗婚养教训玩放";

/// Ordinary words that start with a family name and a given-name character:
/// days and times (`明天`, "tomorrow"; `周末`, "weekend"), and the words of
/// [`PERSONAL`] and [`BEFORE`] (`房东`, "landlord"). A name is not looked for
/// at the start of one.
#[rustfmt::skip]
const HAN_WORDS: &[&str] = &[
    "明天", "明日", "明年", "明早", "明晚", "明后天", "明後天", "周末", "週末", "周一", "周二", "周三", "周四", "周五",
    "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日", "马上", "馬上", "方便", "高兴", "高興",
];

/// The length in characters of the longest word of [`HAN_WORDS`],
/// [`PERSONAL`] or [`BEFORE`] that starts `rest`, if one does: looked up by
/// its first character (this runs at every character that may start a name).
fn ordinary_word_at(rest: &str) -> Option<usize> {
    static BY_FIRST: OnceLock<rustc_hash::FxHashMap<char, Vec<&'static str>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
        for w in HAN_WORDS.iter().chain(PERSONAL).chain(BEFORE) {
            if let Some(c) = w.chars().next().filter(|&c| is_han(c)) {
                map.entry(c).or_default().push(w);
            }
        }
        map
    });
    by_first
        .get(&rest.chars().next()?)?
        .iter()
        .filter(|w| rest.starts_with(**w))
        .map(|w| w.chars().count())
        .max()
}

/// Ordinary words that end with a family name's character (`小区`,
/// "housing estate"; `九成`, "ninety per cent"; `下班`, "off work"): a name
/// does not start at their last character (`小区东门` is no `区东`).
/// Written by hand; one word a line, `#` comments.
const HAN_WORD_ENDS: &str = include_str!("han_word_ends.txt");

/// Whether the Han character at `chars[i]` ends an ordinary word of two or
/// three characters ([`HAN_WORD_ENDS`]).
fn ends_ordinary_word(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    static WORDS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        HAN_WORD_ENDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let end = chars[i].0 + chars[i].1.len_utf8();
    (1..=2).any(|back| {
        i.checked_sub(back)
            .is_some_and(|k| words.contains(&text[chars[k].0..end]))
    })
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}
fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF)
}

/// Name spans `(start, end, score)` in `text`, in hundredths.
pub(super) fn names(
    text: &str,
    given_hangul: impl Fn(&str) -> bool,
    out: &mut Vec<(usize, usize, u8)>,
) {
    // Han, kana and Hangul are encoded with lead bytes E3..ED and EF: text
    // without them (most text) is passed over in one vectorised pass.
    let lead = |b: &u8| matches!(b, 0xE3..=0xED | 0xEF);
    if !text
        .as_bytes()
        .chunks(64)
        .any(|c| c.iter().fold(false, |any, b| any | lead(b)))
    {
        return;
    }
    let first = out.len();
    // Kana anywhere makes the text Japanese (a name stands alone between
    // punctuation as often as inside a sentence of kana).
    let japanese_text = text.contains(is_kana);
    // Each run of Han, kana and Hangul characters on its own (the words
    // before a run are read from `text`).
    let mut chars: Vec<(usize, char)> = Vec::new();
    // Built on the first name that needs it: most CJK text has none.
    let history = OnceCell::new();
    let mut iter = text.char_indices().peekable();
    while let Some((o, c)) = iter.next() {
        if !super::tokens::is_cjk(c) {
            continue;
        }
        chars.clear();
        chars.push((o, c));
        let mut end = o + c.len_utf8();
        while let Some(&(o2, d)) = iter.peek() {
            if !super::tokens::is_cjk(d) {
                // One space after a Han character, before Han or kana, stays
                // inside the run: Japanese writes `岡田 春香さん` and
                // `松本 さゆりさん`, family name first.
                let spaced = matches!(d, ' ' | '\u{3000}')
                    && is_han(chars[chars.len() - 1].1)
                    && text[o2 + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|e| is_han(e) || is_kana(e));
                if !spaced {
                    break;
                }
                iter.next();
                continue;
            }
            chars.push((o2, d));
            end = o2 + d.len_utf8();
            iter.next();
        }
        let context = Context {
            japanese: japanese_text,
            history: &history,
        };
        run(text, &chars, end, &given_hangul, &context, out);
    }
    drop_public(text, first, out);
}

/// The characters of a list, sorted once for binary search.
struct CharSet {
    list: &'static str,
    sorted: OnceLock<Vec<char>>,
}

impl CharSet {
    const fn new(list: &'static str) -> CharSet {
        CharSet {
            list,
            sorted: OnceLock::new(),
        }
    }

    fn contains(&self, c: char) -> bool {
        self.sorted
            .get_or_init(|| {
                let mut v: Vec<char> = self.list.chars().collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .binary_search(&c)
            .is_ok()
    }
}

static SURNAMES: CharSet = CharSet::new(HAN_SURNAMES);
static SURNAMES_MORE: CharSet = CharSet::new(HAN_SURNAMES_MORE);
static GIVEN: CharSet = CharSet::new(HAN_GIVEN);
static STOPS: CharSet = CharSet::new(HAN_STOPS);

fn is_han_surname(c: char) -> bool {
    SURNAMES.contains(c) || SURNAMES_MORE.contains(c)
}

/// Whether a name in Han, kanji or Hangul may start with `c`.
fn may_start_name(c: char) -> bool {
    static FIRST: OnceLock<Vec<char>> = OnceLock::new();
    is_han_surname(c)
        || FIRST
            .get_or_init(|| {
                let mut v: Vec<char> = HAN_COMPOUND
                    .iter()
                    .chain(KANJI_SURNAMES)
                    .chain(HANGUL_COMPOUND)
                    .filter_map(|w| w.chars().next())
                    .chain(HANGUL_SURNAMES.chars())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .binary_search(&c)
            .is_ok()
}

/// What a run of CJK characters needs to know of the whole text.
struct Context<'a> {
    /// Whether the text has kana: it is Japanese.
    japanese: bool,
    /// Dates to history, built on the first name that needs it.
    history: &'a OnceCell<super::cues::History>,
}

/// The names in one run of CJK characters (`chars`, with their offsets in
/// `text`; the run ends at byte `end`).
fn run(
    text: &str,
    chars: &[(usize, char)],
    end: usize,
    given_hangul: &impl Fn(&str) -> bool,
    context: &Context,
    out: &mut Vec<(usize, usize, u8)>,
) {
    let history = context.history;
    let end_of_run = end;
    let at = |i: usize| chars.get(i).map(|&(o, _)| o).unwrap_or(end);
    let starts_with_any = |i: usize, list: &[&str]| -> Option<usize> {
        let rest = &text[at(i)..];
        list.iter()
            .filter(|w| rest.starts_with(*w))
            .map(|w| w.chars().count())
            .max()
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !may_start_name(c) {
            i += 1;
            continue;
        }
        // Chinese and Japanese: a family name, a given name, an honorific; or a
        // personal word, then a family name and a given name.
        let public_before = {
            let head = text[..at(i)].trim_end_matches([' ', ':', '：']);
            // A copyright's holder (`© 2023 권성민`, `Copyright 2019-2023 王伟`).
            let held = head.trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, ' ' | '-' | '–' | ',')
            });
            // (Korean `인`, "who is", may follow the noun: `실학자인`.)
            let noun = head.strip_suffix('인').unwrap_or(head);
            PUBLIC_BEFORE
                .iter()
                .any(|w| head.ends_with(w) || noun.ends_with(w))
                || held.ends_with(['©', '\u{24b8}', '\u{24d2}'])
                || ["(c)", "(C)", "Copyright", "copyright", "COPYRIGHT"]
                    .iter()
                    .any(|w| held.ends_with(w))
        } || attributed(text, at(i));
        if public_before {
            i += 1;
            while i < chars.len()
                && (is_han(chars[i].1) || is_hangul(chars[i].1) || is_kana(chars[i].1))
            {
                i += 1;
            }
            continue;
        }
        if is_han(c) {
            if let Some(n) = ordinary_word_at(&text[at(i)..]) {
                i += n;
                continue;
            }
            if ends_ordinary_word(text, chars, i) {
                i += 1;
                continue;
            }
            let before = {
                let head = text[..at(i)].trim_end_matches([':', '：', ' ']);
                BEFORE.iter().any(|w| head.ends_with(w)) || writer_after_greeting(head)
            };
            let kanji = starts_with_any(i, KANJI_SURNAMES);
            let family = starts_with_any(i, HAN_COMPOUND)
                .or(kanji)
                .or_else(|| is_han_surname(c).then_some(1));
            // After a less common Chinese family name only given-name
            // characters.
            let rare = kanji.is_none() && family == Some(1) && !SURNAMES.contains(c);
            let given_ok = |d: char| !rare || is_han_given(d);
            // A Japanese family name in Japanese text (kana around it): its
            // given name is written with any kanji, Chinese function
            // characters among them (`加奈`, `和也`).
            let japanese = kanji.is_some() && context.japanese;
            if let Some(family) = family {
                // The given name: up to three Han or kana characters before an
                // honorific, or up to two Han characters before a stop.
                let mut j = i + family;
                let mut found = None;
                while j < chars.len() && j <= i + family + 3 {
                    if starts_with_any(j, AFTER).is_some() && j > i + family.min(1) {
                        found = Some((j, 85u8));
                        break;
                    }
                    let d = chars[j].1;
                    if !(is_han(d) || is_kana(d)) || !japanese && STOPS.contains(d) || !given_ok(d)
                    {
                        break;
                    }
                    j += 1;
                }
                if found.is_none() && before {
                    // Japanese given names have up to three kanji (`裕美子`),
                    // when the name ends there (kana anywhere in the text).
                    let three = japanese
                        && (i + family..i + family + 3)
                            .all(|k| chars.get(k).is_some_and(|&(_, d)| is_han(d)))
                        && chars.get(i + family + 3).is_none_or(|&(_, d)| !is_han(d));
                    let mut end = i + family;
                    while end < chars.len()
                        && end < i + family + if three { 3 } else { 2 }
                        && is_han(chars[end].1)
                        && (japanese || !STOPS.contains(chars[end].1))
                        && given_ok(chars[end].1)
                    {
                        end += 1;
                    }
                    // A given name in kana, alone to the run's end
                    // (`氏名：長谷川あすか`), not a particle (`担当：田中から`).
                    let kana = chars[i + family..]
                        .iter()
                        .take_while(|&&(_, d)| is_kana(d))
                        .count();
                    if end > i + family {
                        found = Some((end, 80));
                    } else if japanese
                        && (2..=4).contains(&kana)
                        && i + family + kana == chars.len()
                        && !KANA_FUNCTION_WORDS.contains(&&text[at(i + family)..end_of_run])
                    {
                        found = Some((chars.len(), 80));
                    }
                }
                // Japanese: a family name and a given name of one or two
                // kanji that stand alone between punctuation or on a line
                // of their own: a letter's signature (`総務部 課長\n山本舞`),
                // a name in parentheses (`（遠藤晃）`).
                if found.is_none() && japanese && i == 0 {
                    let given = chars.len() - family;
                    if (1..=2).contains(&given)
                        && chars[family..].iter().all(|&(_, d)| is_han(d))
                        && !PLACE_ENDS.contains(chars[chars.len() - 1].1)
                        && alone(text, at(0), end_of_run)
                    {
                        found = Some((chars.len(), 65));
                    }
                }
                // Japanese: a family name and a two-kanji given name, in a
                // sentence about a personal matter (`受けるのは佐藤七夏で`).
                if found.is_none() && japanese {
                    let end = i + family + 2;
                    let given =
                        (i + family..end).all(|k| chars.get(k).is_some_and(|&(_, d)| is_han(d)));
                    let after_ok = chars.get(end).is_none_or(|&(_, d)| !is_han(d));
                    if given && after_ok && personal_sentence(text, at(i), at(end)) {
                        found = Some((end, 65));
                    }
                }
                if found.is_none() && family == 1 {
                    let mut end = i + 1;
                    while end < chars.len() && end < i + 3 && is_han_given(chars[end].1) {
                        end += 1;
                    }
                    if end > i + 1 {
                        // Weak, unless a personal matter is in its sentence
                        // (and the sentence is not dated to history).
                        let personal = personal_sentence(text, at(i), at(end))
                            && !history
                                .get_or_init(|| super::cues::History::new(text))
                                .dates(at(i), at(end));
                        found = Some((end, if personal { 65 } else { 0 }));
                    }
                }
                // A na-adjective before its noun (`丁寧なメール`, "a polite
                // e-mail") is no name; a name with an honorific stays one.
                if let Some((end, score)) =
                    found.filter(|&(end, score)| score >= 85 || !na_adjective(&text[at(end)..]))
                {
                    // A public person's trade in parentheses after the name
                    // (`高橋充さん（画家）`), as a newspaper writes it.
                    if !public_after(&text[at(end)..]) {
                        out.push((at(i), at(end), score));
                    }
                    i = end;
                    continue;
                }
            }
        }
        // Korean: a word of two to four syllables that starts with a family
        // name, with an honorific after it, a personal word before it, or a
        // given name from the lexicon after the family name.
        if is_hangul(c) && (i == 0 || !is_hangul(chars[i - 1].1)) {
            let mut end = i;
            while end < chars.len() && is_hangul(chars[end].1) {
                end += 1;
            }
            let family = starts_with_any(i, HANGUL_COMPOUND)
                .or_else(|| HANGUL_SURNAMES.contains(c).then_some(1));
            let word_end = end;
            let next_from = end;
            // A particle joined to the word: `박서연의`, `박현준님이`.
            let mut word_end = word_end;
            for p in PARTICLES {
                let n = p.chars().count();
                if word_end >= i + 3 + n && text[at(i)..at(word_end)].ends_with(p) {
                    let rest = &text[at(i)..at(word_end - n)];
                    if AFTER.iter().any(|h| rest.ends_with(h)) {
                        word_end -= n;
                    }
                    break;
                }
            }
            // An honorific joined to the word: `김민준님`.
            let mut name_end = word_end;
            let mut joined = false;
            for k in (i + 2..word_end).rev() {
                if starts_with_any(k, AFTER).is_some_and(|n| k + n == word_end) {
                    name_end = k;
                    joined = true;
                    break;
                }
            }
            if !joined {
                // A particle joined to the name: `박서연의`, `이민준에게`.
                // Not one that would leave a family name and one syllable
                // of a three-syllable word: most given names have two, and
                // many end like a particle (`박지은`, `김하은`).
                let whole = family.filter(|&f| name_end == i + f + 2);
                for p in PARTICLES {
                    let n = p.chars().count();
                    if whole.is_some() && n == 1 {
                        break;
                    }
                    if name_end >= i + 2 + n && text[at(i)..at(name_end)].ends_with(p) {
                        name_end -= n;
                        break;
                    }
                }
            }
            // A weekday (`목요일`, "Thursday") starts like a family name.
            let weekday = text[at(i)..at(name_end)].ends_with("요일");
            // A role, or a word of the lists (`이름`, "name"; `부모`).
            let role = hangul_word(&text[at(i)..at(name_end)]);
            if let Some(family) = family.filter(|_| !weekday && !role) {
                let len = name_end - i;
                if (family + 1..=family + 2).contains(&len) {
                    let next_word = text[at(word_end)..].trim_start_matches(' ');
                    let after = joined || AFTER.iter().any(|w| next_word.starts_with(w));
                    if !joined && HANGUL_PUBLIC_AFTER.iter().any(|w| next_word.starts_with(w)) {
                        i = next_from.max(i + 1);
                        continue;
                    }
                    let before = {
                        let head = text[..at(i)].trim_end_matches([' ', ':', '：']);
                        BEFORE.iter().any(|w| head.ends_with(w))
                    };
                    let given = given_hangul(&text[at(i + family)..at(name_end)]);
                    let score = if after || before {
                        85
                    } else if given
                        && !history
                            .get_or_init(|| super::cues::History::new(text))
                            .dates(at(i), at(name_end))
                    {
                        // Nothing anchors it but the lexicon: in a sentence
                        // dated to history it is a historical figure.
                        70
                    } else {
                        0
                    };
                    if score > 0 {
                        out.push((at(i), at(name_end), score));
                    }
                }
            }
            i = next_from.max(i + 1);
            continue;
        }
        i += 1;
    }
}

/// Kana words that follow a family name and are no given name: particles
/// and the copula (`田中から`, "from Tanaka").
#[rustfmt::skip]
const KANA_FUNCTION_WORDS: &[&str] = &[
    "から", "まで", "より", "です", "でした", "ます", "には", "とは", "では", "へは", "への", "にも", "とも", "など",
    "だけ", "さえ", "こそ", "たち", "ども", "ですか", "でしょう",
];

/// Characters that end the name of a place, a building or an office
/// (`中村区`, `松本城`, `高橋駅`): a family name and one of them alone is no
/// person.
static PLACE_ENDS: CharSet =
    CharSet::new("区市町村駅県都府線店社院課部局屋館園橋川山島城寺宮港湾岬谷坂通丁園家");

/// Whether the name `start..end` stands alone: nothing but a line's start,
/// a sentence's end, an opening bracket or a label's colon before it, and a
/// line's or sentence's end, a closing bracket or a dash after it.
fn alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .trim_end_matches([' ', '\u{3000}'])
        .chars()
        .next_back();
    let after = text[end..]
        .trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next();
    before.is_none_or(|c| matches!(c, '\n' | '。' | '（' | '(' | '「' | '：' | ':'))
        && after
            .is_none_or(|c| matches!(c, '\n' | '\r' | '。' | '）' | ')' | '」' | '-' | '—' | '―'))
}

/// Whether `head` (the text before a name) ends with a colleague's greeting
/// and the writer's department or firm with `の`: `お疲れ様です。経理部の`,
/// `お世話になっております。株式会社ABCの` (the writer's own name follows).
fn writer_after_greeting(head: &str) -> bool {
    let Some(head) = head.strip_suffix('の') else {
        return false;
    };
    let Some(k) = head.rfind(['。', '、', '\n']) else {
        return false;
    };
    if head[k..].chars().count() > 16 {
        return false;
    }
    let greeting = head[..k].trim_end();
    [
        "お疲れさまです",
        "お疲れ様です",
        "お世話になっております",
        "お世話になります",
    ]
    .iter()
    .any(|g| greeting.ends_with(g))
}

/// Whether `rest` (the text after a name) holds a public trade in
/// parentheses, after an honorific if one follows the name:
/// `さん（画家）`.
fn public_after(rest: &str) -> bool {
    let rest = AFTER
        .iter()
        .find_map(|h| rest.strip_prefix(h))
        .unwrap_or(rest);
    rest.strip_prefix(['（', '('])
        .is_some_and(|inside| PUBLIC_BEFORE.iter().any(|w| inside.starts_with(w)))
}

/// Whether `rest` (the text after a word) starts with `な` and a noun in
/// kanji or katakana: the word is a na-adjective (`丁寧な督促文`). A name
/// takes a particle; `田中なら` ("if it is Tanaka") has kana after `な`.
fn na_adjective(rest: &str) -> bool {
    let mut after = rest.chars();
    after.next() == Some('な')
        && after
            .next()
            .is_some_and(|d| is_han(d) || ('\u{30A1}'..='\u{30FA}').contains(&d))
}

/// Whether the name at `start` is a quotation's attribution: a dash after
/// the closing quote (`“바다는 …” — 김민서`).
fn attributed(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    // The scanner has made Unicode dashes plain ones.
    let Some(head) = head.strip_suffix(['—', '―', '–', '-']) else {
        return false;
    };
    head.trim_end_matches(['—', '―', '-', ' '])
        .ends_with(['”', '"', '」', '』', '’'])
}

/// Whether the sentence around `start..end` (at most 90 bytes either side,
/// not past a sentence end) holds a word of [`PERSONAL`].
fn personal_sentence(text: &str, start: usize, end: usize) -> bool {
    let (from, to) = sentence(text, start, end);
    let (before, after) = (&text[from..start], &text[end..to]);
    PERSONAL
        .iter()
        .any(|w| before.contains(w) || after.contains(w))
}

/// The sentence around `start..end`: at most 90 bytes either side, not past
/// a sentence end; `(from, to)` with the name inside.
fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    const ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];
    let from = super::tokens::ceil_boundary(text, start.saturating_sub(90));
    let to = super::tokens::floor_boundary(text, end.saturating_add(90).min(text.len()));
    let from = text[from..start].rfind(ENDS).map_or(from, |k| from + k);
    let to = text[end..to].find(ENDS).map_or(to, |k| end + k);
    (from, to)
}

/// One automaton over the Chinese, Japanese and Korean phrases of the
/// public-context words (`data/cues/public-contexts.tsv`), public ones and
/// topics alike.
fn public_phrases() -> &'static AhoCorasick {
    static PHRASES: OnceLock<AhoCorasick> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let phrases = super::cues::public_context_lines()
            .filter(|&(lang, _, _)| super::cues::unspaced(lang))
            .map(|(_, _, phrase)| phrase);
        AhoCorasick::new(phrases).expect("the public-context phrases build an automaton")
    })
}

/// Drops the names of `out[first..]` that stand in a public sentence: one
/// with a public-context phrase (`进球`, `主演を務め`, `에 의해 설립`) or a
/// public topic's, and no personal word. One pass over `text` finds the
/// phrases, so a text of many names costs no more than one of a few.
fn drop_public(text: &str, first: usize, out: &mut Vec<(usize, usize, u8)>) {
    if out.len() == first {
        return;
    }
    // Overlapping matches come by end; the lookup below needs them by start.
    let mut hits: Vec<(usize, usize)> = public_phrases()
        .find_overlapping_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    hits.sort_unstable();
    if hits.is_empty() {
        return;
    }
    let public = |&(start, end, _): &(usize, usize, u8)| {
        let (from, to) = sentence(text, start, end);
        let at = hits.partition_point(|h| h.0 < from);
        hits[at..]
            .iter()
            .take_while(|h| h.0 < to)
            .any(|h| h.1 <= to && (h.1 <= start || h.0 >= end))
            && !personal_sentence(text, start, end)
    };
    let kept: Vec<_> = out.drain(first..).filter(|n| !public(n)).collect();
    out.extend(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        names(text, |g| g == "민준", &mut out);
        out.into_iter()
            .filter(|n| n.2 > 0)
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_copyrights_holder_is_public() {
        assert!(found("© 2023 김민준. 무단 복제를 금합니다.").is_empty());
        assert!(found("Copyright 2019-2023 김민준").is_empty());
        assert!(found("ⓒ 2023 김민준. 무단 복제를 금합니다.").is_empty());
    }

    #[test]
    fn korean_figures_of_history_and_reporters_are_public() {
        assert!(found("조선 후기 실학자인 박지원 선생의 생가").is_empty());
        assert!(found("독립운동가 김구름 선생의 생가가 복원되었다.").is_empty());
        assert_eq!(found("김민준 선생님께 연락"), ["김민준"]);
    }

    #[test]
    fn a_three_syllable_korean_name_ending_like_a_particle_stays_whole() {
        // `은` is the topic particle too: `박지은` is no `박지` and `은`.
        assert_eq!(found("담임은 박지은 선생님이야."), ["박지은"]);
        // Still taken off a longer word: `김민준은`.
        assert_eq!(found("김민준은 선생님이야."), ["김민준"]);
        // `어머님`, "mother", is no family name `어` and `머`.
        assert!(found("이번 주 어머님이 간식을 준비해 주신다").is_empty());
        assert_eq!(found("2023 김민준 님께 연락"), ["김민준"]);
    }

    #[test]
    fn han_kanji_hangul() {
        assert_eq!(found("请联系王小明先生。"), ["王小明"]);
        assert_eq!(found("客户：李娜的退款"), ["李娜"]);
        assert_eq!(found("田中太郎さんに連絡してください"), ["田中太郎"]);
        assert_eq!(found("김민준 씨에게 연락하세요"), ["김민준"]);
        assert_eq!(found("고객 박서연의 환불"), ["박서연"]);
        // A weekday before a colleague's title is no family name's.
        assert_eq!(found("목요일에 팀장님과 김정식 씨"), ["김정식"]);
        assert_eq!(found("김민준님, 안녕하세요"), ["김민준"]);
        assert_eq!(found("임재현 지원자 최종면접 합격"), ["임재현"]);
        assert_eq!(found("决定晋升郭雷为高级工程师"), ["郭雷"]);
        // An ordinary word that starts like a family name and a given name.
        assert_eq!(
            found("明天上午打电话给梁杨，告诉她体检报告出来了"),
            ["梁杨"]
        );
        assert_eq!(found("房东刘宁说下个月要涨房租800块"), ["刘宁"]);
        assert_eq!(found("박경희 학생, 부모님 상담 예정"), ["박경희"]);
        assert!(found("신청서: 성명 [직원 이름] / 부서 [부서명]").is_empty());
        // A role noun with `님` starts like a family name and a given name.
        assert!(found("기사님이 목요일에 방문합니다.").is_empty());
        assert_eq!(
            found("담임 선생님이 권준혁 학생을 칭찬했습니다."),
            ["권준혁"]
        );
        assert_eq!(found("302호 세입자 김민서입니다."), ["김민서"]);
        assert_eq!(found("받는 분: 이예진 | 상품: 전기밥솥"), ["이예진"]);
        assert_eq!(found("참석하지 못합니다. 서서영 드림"), ["서서영"]);
        assert_eq!(
            found("面談メモ：不眠が続いている。（対象者：石川裕美子）"),
            ["石川裕美子"]
        );
        assert_eq!(found("이민준에게"), ["이민준"]);
        // A quotation's attribution.
        assert!(found("“바다는 겁 많은 자에게 길을 내주지 않는다.” — 김민서").is_empty());
        assert!(found("“바다는 겁 많은 자에게 길을 내주지 않는다.” - 김민서").is_empty());
        assert_eq!(found("연락 주세요 — 고객 김민서"), ["김민서"]);
        assert_eq!(found("고객 박현준님이 문의했습니다"), ["박현준"]);
        assert!(found("中华人民共和国").is_empty());
        assert!(found("这是一个测试").is_empty());
        assert!(found("대한민국 정부").is_empty());
        // A family name and given-name characters alone are weak (score 0).
        let mut weak = Vec::new();
        names("张萍因违反公司规定被辞退。", |_| false, &mut weak);
        assert_eq!(weak, [(0, 6, 0)]);
        // A personal matter in the same sentence makes them a name; one in
        // the sentence before does not.
        assert_eq!(found("武静想退掉健身房的会员卡。"), ["武静"]);
        assert!(found("会员卡退了。武静在北京工作。").is_empty());
        // A less common family name needs given-name characters after it:
        // `权限` ("permissions") after `用户` ("user") is not a name.
        assert_eq!(found("客户：柳艳的退款"), ["柳艳"]);
        assert!(found("用户权限设置").is_empty());
    }

    #[test]
    fn a_name_does_not_start_at_the_end_of_a_word() {
        // `小区` ("housing estate") ends with the family name `区`, `下班`
        // ("off work") with `班`: no `区东`, no `班顺`, though a phone word
        // makes the sentence personal.
        assert!(found("快递请放在小区东门快递柜，如有问题请拨打电话。").is_empty());
        assert!(found("你下班顺路拿一下，他手机号在群里").is_empty());
        // A name after such a word is still one.
        assert_eq!(found("请联系小区物业王小明先生。"), ["王小明"]);
    }

    #[test]
    fn a_na_adjective_before_its_noun_is_no_name() {
        // `丁寧` ("polite") starts with the family name `丁`.
        let text = "入居者の村上翼さんに、家賃が未納である旨、丁寧なメールを作成してください。";
        assert_eq!(found(text), ["村上翼"]);
        assert!(found("家賃が未納の件で丁寧な督促文を作成してください。").is_empty());
        // With an honorific it is a name whatever follows.
        assert_eq!(found("丁寧さんな"), ["丁寧"]);
    }

    #[test]
    fn japanese_given_names_take_any_kanji() {
        // `和` and `加` end a Chinese name (`和` "and"), not a Japanese one.
        assert_eq!(found("同僚の中川和美さんに連絡します"), ["中川和美"]);
        assert_eq!(
            found("婚活で知り合った石井加代子さんと会います"),
            ["石井加代子"]
        );
        // A one-kanji family name of the Japanese list is no rare Chinese one.
        assert_eq!(found("大家の森真弓さんが修理してくれない"), ["森真弓"]);
        // A self-introduction and the close of a letter.
        assert_eq!(found("石田孝之と申します。"), ["石田孝之"]);
        // A work mail's opening greeting, then the writer's own name.
        assert_eq!(
            found("お疲れ様です。鈴木一郎です。明日は通院のため休みます。"),
            ["鈴木一郎"]
        );
        assert_eq!(found("よろしくお願いいたします。藤井陽子"), ["藤井陽子"]);
        // A family name and two kanji in a sentence about a personal matter.
        assert_eq!(found("病院の検査を受けるのは高田一真です。"), ["高田一真"]);
        // A space between family and given name, before kanji or kana; a
        // personnel matter is a personal one.
        assert_eq!(found("松本 さゆりさんについて"), ["松本 さゆり"]);
        assert_eq!(
            found("高橋 修平の今期の人事考課はB評価です。"),
            ["高橋 修平"]
        );
        assert!(found("高橋 修平の今期の予定表です").is_empty());
        assert!(found("検査を受けるのは高田です。").is_empty());
        // Without kana the text is Chinese: `中山大学` is a university.
        assert!(found("中山大学的学费很贵").is_empty());
    }

    #[test]
    fn a_japanese_name_standing_alone_signs_or_is_noted() {
        // Kana anywhere makes the text Japanese, so a run of kanji alone
        // between brackets or on its own line is a family and a given name.
        assert_eq!(
            found("面談メモ：介護のため時短勤務を希望（遠藤晃）。"),
            ["遠藤晃"]
        );
        assert_eq!(
            found("以上、よろしくお願いいたします。\n\n総務部 課長\n山本舞\nTEL：03-5678-1234"),
            ["山本舞"]
        );
        // A place, a station or an office alone on its line is nobody.
        assert!(found("集合場所を変更します。\n中村橋\n").is_empty());
        // Without kana the text is Chinese, where no Japanese list applies.
        assert!(found("会议纪要（遠藤晃）").is_empty());
    }

    #[test]
    fn a_writer_names_themselves_after_a_colleagues_greeting() {
        assert_eq!(
            found("お疲れ様です。経理部の鈴木京助です。交通費精算の件です。"),
            ["鈴木京助"]
        );
        assert_eq!(found("お疲れさまです、小川康弘です。"), ["小川康弘"]);
        // A department with `の` and no greeting before it says nothing.
        assert!(found("経理部の鈴木京助です。").is_empty());
    }

    #[test]
    fn a_kana_given_name_after_a_label_and_a_trade_in_parentheses() {
        assert_eq!(found("氏名：長谷川あすか\n生年月日"), ["長谷川あすか"]);
        // A particle after the family name is no given name.
        assert!(found("担当：田中から\n連絡").is_empty());
        // A newspaper gives a public person's trade in parentheses.
        assert!(found("高橋充さん（画家）が肺炎のため病院で死去した。").is_empty());
        assert_eq!(found("高橋充さん（35）が病院に入院した。"), ["高橋充"]);
    }
}
