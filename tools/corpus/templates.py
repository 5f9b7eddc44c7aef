# Scenario templates: (label, inherent flags, text). {slots} are filled from fillers.py.
# Many avoid the obvious keyword on purpose; hard cases and keyword traps are included.
E, D, I, C = "ecommerce", "delivery", "import_export", "criminal"
# A flag names the channel of an infringement and adds its agency; a tip that is not an IP matter
# (none) carries no flag, whatever shop or courier it names, as in the evaluation set.

EN = {
 "patent": [
  ((), "Someone copied the {gadget} we hold a patent on and sells it under their own name"),
  ((), "Our utility model {zl} covers this {gadget}; {company} makes an identical one"),
  ((), "The design patent {zl} protects the shape of our {gadget}, and the same shape is now everywhere"),
  ((), "{company} builds our {gadget} exactly as described in our granted claims without a licence"),
  ((E,), "A seller on {platform} offers a {gadget} that uses our protected invention, number {zl}"),
  ((), "They reverse engineered our {gadget} and now produce it, ignoring our invention right {zl}"),
  ((), "The product is marked as patented but the number {zl} does not exist, it is a fake patent marking"),
  ((), "Our licensee stopped paying but keeps making the {gadget} under our ZL number"),
  ((), "A competitor's {gadget} reads on claim 1 of our Chinese invention {zl}"),
  ((), "This gadget sold under a fake brand copies the mechanism protected by our utility model"),
  ((), "I invented a new {gadget}, got the certificate last year, and a factory is copying it"),
  ((), "The exhibitor at the trade fair showed a copy of our patented {gadget}"),
  ((E,), "Listings on {platform} copy our {gadget} design, our design registration is {zl}"),
  ((), "Please stop {company} from using our protected technical solution in their {gadget}"),
 ],
 "trademark": [
  ((), "fake {brand} {product} are being sold as the real thing"),
  ((E,), "A shop on {platform} sells {brand} {product} at a tenth of the price, obviously not genuine"),
  ((), "knock-off {brand} {product} with the logo slightly changed"),
  ((), "They put our {brand} mark on their own {product} without permission"),
  ((), "Someone registered a name almost the same as {brand} and sells {product} with a similar logo"),
  ((), "counterfeit {brand} {product} sold in the market near the station"),
  ((), "a store sells replica {brand} {product}, the packaging copies ours exactly"),
  ((), "Our registered mark No. {tm} is used on {product} we never made"),
  ((), "The labels say {brand} but the {product} come from an unknown workshop"),
  ((), "{company} sells {product} in packaging that imitates {brand} so buyers get confused"),
  ((), "bottles of fake {brand} refilled and resold"),
  ((), "They copied our logo and printed it as artwork on T-shirts they sell"),
  ((), "Shops sell products with a false geographical indication, claiming it is from our region"),
  ((), "a hotel uses our well-known brand name in its own name to ride on our reputation"),
  ((E,), "Live streamer on {platform} selling {brand} {product} that are fakes"),
 ],
 "copyright": [
  ((E,), "A website streams {work} for free without our authorisation"),
  ((), "pirated copies of {work} sold on discs"),
  ((E,), "Cracked versions of {work} are offered for download on {platform}"),
  ((E,), "Someone re-streams the football match live on {platform} without rights"),
  ((), "{company} printed {work} without permission and sells them cheaply"),
  ((E,), "An app in {platform} copied the artwork and characters of {work}"),
  ((), "Our photos were used in their advertisement without a licence"),
  ((E,), "Illegal copies of {work} circulate in chat groups and paid download sites"),
  ((), "They recorded the concert and sell the bootleg"),
  ((), "a training school uses photocopies of {work} for all classes"),
  ((E,), "Subscription accounts of our video platform are shared and our shows re-uploaded"),
  ((), "Someone translated our novel and publishes it as their own"),
  ((), "The software installed on their office computers is unlicensed, {n} copies"),
  ((E,), "Torrent links for {work} posted on a forum"),
  ((), "A company copied the code of our app and released it under another name"),
 ],
 "trade_secret": [
  ((), "A former employee took our {secret} to a competitor"),
  ((), "An engineer who left last month copied the {secret} onto a USB stick"),
  ((), "Our ex-sales manager is using our {secret} to poach clients for {company}"),
  ((), "Confidential {secret} leaked to {company} through a supplier"),
  ((), "Someone in our team sold the {secret} to a rival"),
  ((), "A departing employee emailed the {secret} to his private account before quitting"),
  ((), "Source code leaked by an employee now appears in a competitor's product"),
  ((), "A joint venture partner used our {secret} beyond the agreement"),
  ((), "{company} hired our technician and now uses our {secret}"),
  ((), "Our {secret} was stolen by hacking into our server"),
  ((), "The former R&D director set up his own firm with our {secret}"),
  ((), "a visitor photographed our production line and the {secret} without permission"),
  ((), "our contractor broke the NDA and disclosed the {secret}"),
 ],
 "plant_variety": [
  ((), "Seeds sold as {variety} {crop} are not ours but use our protected variety name"),
  ((), "Someone propagates our protected {crop} variety without a licence"),
  ((), "fake {variety} seeds in packaging copied from ours"),
  ((), "A nursery sells grafted {tree} saplings of our protected variety"),
  ((), "Farmers were sold counterfeit {crop} seed that failed to germinate, sold under our variety"),
  ((), "A seed company multiplies our {crop} parent lines without authorisation"),
  ((), "{company} sells {tree} seedlings of our new cultivar without permission"),
  ((), "unlicensed propagation of our {tree} variety by cuttings"),
  ((E,), "Seed packets labelled {variety} sold on {platform} are not our variety"),
  ((), "A cooperative reproduces our {crop} variety and sells it under another name"),
  ((), "Our new {tree} cultivar is being cloned in tissue culture by a lab"),
  ((), "counterfeit seed in fake bags of {variety}"),
  ((), "they sell {crop} seed of our registered plant variety rights CNA{n}"),
 ],
 "none": [
  ((), "I bought patent leather shoes and the sole came off, I want a refund"),
  ((), "hello?"),
  ((), "The seeds of doubt were planted when the manager lied to us"),
  ((), "Someone has a copy of my ID card and I worry about fraud"),
  ((), "The online shop refuses to refund my order"),
  ((), "My parcel from {courier} has been delayed for two weeks"),
  ((), "I got a scam call claiming to be from the police"),
  ((), "My neighbour plays loud music every night"),
  ((), "the restaurant food made me sick"),
  ((), "How do I apply for a trademark?"),
  ((), "what are your opening hours"),
  ((), "My landlord will not return the deposit"),
  ((), "I want to complain about the bus driver"),
  ((), "Can you tell me the status of my passport application"),
  ((), "The seller on {platform} sent the wrong colour"),
  ((), "The employer has not paid my salary for three months"),
  ((), "test test"),
  ((), "I lost my wallet in a taxi"),
  ((), "Is this the right number for the tax office?"),
  ((), "The price of the flat was raised after we signed"),
  ((), "someone keeps sending me spam messages"),
  ((), "my phone bill is wrong"),
 ],
}

ZH = {
 "patent": [
  ((), "有人仿造我们的{gadget}，我们有专利"),
  ((), "{company}生产的{gadget}和我们的实用新型{zl}一模一样"),
  ((), "我们的外观设计{zl}保护这款{gadget}的外形，现在到处都是同样的"),
  ((), "{company}未经许可按照我们授权的权利要求制造{gadget}"),
  ((E,), "{platform}上有卖家卖的{gadget}用了我们的发明，号码{zl}"),
  ((), "他们拆解了我们的{gadget}然后照着生产"),
  ((), "产品上标着专利号{zl}但是这个号根本不存在，假冒专利"),
  ((), "被许可方不付钱了还继续用我们的ZL号生产{gadget}"),
  ((), "竞争对手的{gadget}落入我们发明{zl}权利要求1的范围"),
  ((), "贴着假品牌卖的这个小东西抄袭了我们实用新型的结构"),
  ((), "我发明了一种新的{gadget}，去年拿到证书，现在一家厂在仿"),
  ((), "展会上有参展商展出我们{gadget}的仿制品"),
  ((E,), "{platform}上的商品抄袭我们{gadget}的外观，外观设计号{zl}"),
  ((), "请制止{company}在{gadget}里使用我们受保护的技术方案"),
 ],
 "trademark": [
  ((), "有人卖假的{brand}{product}冒充正品"),
  ((E,), "{platform}上一家店卖{brand}{product}，价格只有正品一折，肯定是假的"),
  ((), "山寨{brand}{product}，logo改了一点点"),
  ((), "他们把我们的{brand}标志贴在自己的{product}上"),
  ((), "有人注册了和{brand}差不多的名字，卖的{product}标识也很像"),
  ((), "车站附近市场卖冒牌{brand}{product}"),
  ((), "一家店卖高仿{brand}{product}，包装和我们的一模一样"),
  ((), "我们的注册商标第{tm}号被用在我们从没生产过的{product}上"),
  ((), "标签写着{brand}，{product}却是不知名作坊做的"),
  ((), "{company}的{product}包装模仿{brand}，消费者容易混淆"),
  ((), "回收{brand}酒瓶灌装假酒再卖"),
  ((), "他们把我们的标识当作图案印在T恤上卖"),
  ((), "商家冒用我们的地理标志，说产品产自我们产区"),
  ((), "酒店用我们的驰名品牌做店名，搭便车"),
  ((E,), "{platform}主播在直播间卖假{brand}{product}"),
 ],
 "copyright": [
  ((E,), "有网站未经授权免费播放{work}"),
  ((), "有人卖{work}的盗版光盘"),
  ((E,), "{platform}上提供{work}的破解版下载"),
  ((E,), "有人在{platform}上未经授权转播足球比赛"),
  ((), "{company}未经许可印刷{work}低价销售"),
  ((E,), "{platform}里有个应用抄袭了{work}的美术和角色"),
  ((), "我们的照片被他们用在广告里，没有授权"),
  ((E,), "{work}的非法拷贝在群里和付费下载网站流传"),
  ((), "有人偷录演唱会然后卖录像"),
  ((), "培训学校全部课程都用{work}的复印件"),
  ((E,), "我们视频平台的会员账号被共享，节目被搬运上传"),
  ((), "有人翻译了我们的小说当作自己的作品发表"),
  ((), "他们办公室电脑装的软件没有授权，{n}套"),
  ((E,), "论坛上有人发{work}的种子链接"),
  ((), "一家公司抄了我们APP的代码换个名字上架"),
 ],
 "trade_secret": [
  ((), "离职员工把我们的{secret}带到了竞争对手那里"),
  ((), "上个月离职的工程师用U盘拷走了{secret}"),
  ((), "我们以前的销售经理用我们的{secret}帮{company}挖客户"),
  ((), "{secret}通过供应商泄露给了{company}"),
  ((), "团队里有人把{secret}卖给了对手"),
  ((), "员工辞职前把{secret}发到了自己的私人邮箱"),
  ((), "员工泄露的源代码出现在竞争对手的产品里"),
  ((), "合资方超出协议范围使用我们的{secret}"),
  ((), "{company}挖走了我们的技术员，现在用我们的{secret}"),
  ((), "有人入侵我们服务器偷走了{secret}"),
  ((), "原研发总监用我们的{secret}自己开了公司"),
  ((), "来访人员未经允许拍了我们的生产线和{secret}"),
  ((), "合作方违反保密协议泄露了{secret}"),
 ],
 "plant_variety": [
  ((), "有人卖的{variety}{crop}种子不是我们的，却用了我们的品种名"),
  ((), "有人未经许可繁殖我们受保护的{crop}品种"),
  ((), "套牌{variety}种子，包装仿我们的"),
  ((), "苗圃卖我们受保护品种的嫁接{tree}苗"),
  ((), "农民买到冒充我们品种的假{crop}种子，不发芽"),
  ((), "一家种业公司未经授权扩繁我们的{crop}亲本"),
  ((), "{company}未经许可卖我们新品种的{tree}苗木"),
  ((), "有人用扦插繁殖我们的{tree}品种"),
  ((E,), "{platform}上卖的标着{variety}的种子不是我们的品种"),
  ((), "合作社繁育我们的{crop}品种换个名字卖"),
  ((), "有实验室用组培克隆我们的{tree}新品种"),
  ((), "假种子装在仿冒的{variety}袋子里"),
  ((), "他们卖我们品种权CNA{n}的{crop}种子"),
 ],
 "none": [
  ((), "我买的漆皮鞋开胶了要退款"),
  ((), "喂？"),
  ((), "经理撒谎以后大家心里就埋下了怀疑的种子"),
  ((), "有人拿了我身份证复印件，担心被骗"),
  ((), "网店不给我退款"),
  ((), "我的{courier}快递两个星期还没到"),
  ((), "接到诈骗电话说是公安局的"),
  ((), "邻居每天晚上放音乐很吵"),
  ((), "餐馆的饭吃坏肚子了"),
  ((), "怎么申请注册商标？"),
  ((), "你们几点上班"),
  ((), "房东不退押金"),
  ((), "我要投诉公交司机"),
  ((), "我的护照办到哪一步了"),
  ((), "{platform}卖家发错颜色了"),
  ((), "老板三个月没发工资"),
  ((), "测试测试"),
  ((), "钱包丢在出租车上了"),
  ((), "这是税务局的电话吗"),
  ((), "签完合同房价又涨了"),
  ((), "一直有人给我发垃圾短信"),
  ((), "话费扣错了"),
 ],
}

FLAG_CLAUSES = {
 "en": {
  E: ["and sells them on {platform}", "through a shop on {platform}", "in a live stream on {platform}"],
  D: ["and ships them by {courier}", "sent to buyers by {courier}", "mailing parcels every day via {courier}"],
  I: ["and exports them to {country} through {port}", "containers leave from {port} for {country}",
      "they import them from abroad and clear customs at {port}"],
  C: ["a factory in {city} produces thousands every day", "a gang runs several workshops in {city}",
      "the sales exceed {n} thousand yuan", "they were caught before and started again", "a warehouse in {city} is full of stock",
      # Repeat offending after a penalty, and threats: the other signs the criminal flag stands for.
      "the market regulator punished them twice and they carry on", "the police raided them last year and they reopened",
      "they threatened our staff when we complained"],
 },
 "zh": {
  E: ["在{platform}上卖", "通过{platform}的店铺销售", "在{platform}直播带货"],
  D: ["用{courier}发货", "每天通过{courier}寄出大量包裹", "{courier}送到全国各地"],
  I: ["还从{port}出口到{country}", "集装箱从{port}发往{country}", "从国外进口在{port}报关"],
  C: ["{city}有个工厂每天生产几千件", "一个团伙在{city}开了好几个窝点", "涉案金额{n}多万元", "以前被查过又重新干",
      "{city}有个仓库堆满了货",
      "被市场监管部门处罚过两次还在卖", "去年被公安查过现在又开了", "我们去交涉时他们威胁要报复"],
 },
}

# The criminal flag's scale in figures, as the prosecution thresholds are written ("3,000 units",
# "150万元"): {big} is a quantity, {money} a sum.
AMOUNT_CLAUSES = {
 "en": ["about {big} units a month leave their warehouse", "{big} pieces were found in their storeroom",
        "their turnover from it is about {money} yuan"],
 "zh": ["每个月出货{big}件左右", "仓库里堆了{big}件货", "一年卖了{money}元"],
}

# How reporters name the right itself ("trademark infringement", "侵犯了我们的版权"). The templates
# above mostly describe what happened without naming it, so the corpus had "copyright" and "版权" in
# one tip each and "trademark" more often in questions (none) than in complaints: a tip that said
# "they infringe our copyright" and nothing else was taken for none.
RIGHT_NAMES = {
 "en": {
  "patent": ["this is patent infringement", "they infringe our patent", "a clear breach of our patent rights"],
  "trademark": ["this is trademark infringement", "they infringe our registered trademark",
                "a clear breach of our trademark rights"],
  "copyright": ["this is copyright infringement", "they infringe our copyright", "we own the copyright"],
  "trade_secret": ["these are our trade secrets", "a theft of trade secrets", "they misappropriated confidential information"],
  "plant_variety": ["this infringes our plant variety rights", "the variety is protected by our PVP certificate",
                    "a breach of our breeder's rights"],
 },
 "zh": {
  "patent": ["侵犯了我们的专利权", "涉嫌专利侵权", "构成专利侵权"],
  "trademark": ["侵犯了我们的商标权", "涉嫌商标侵权", "侵犯注册商标专用权"],
  "copyright": ["侵犯了我们的版权", "涉嫌著作权侵权", "版权归我们所有"],
  "trade_secret": ["侵犯了我们的商业秘密", "属于商业秘密", "涉嫌侵犯商业秘密"],
  "plant_variety": ["侵犯了我们的植物新品种权", "涉嫌品种权侵权", "该品种有品种权证书"],
 },
}

# Further phrasings, added after the first evaluation showed the model learning templates rather
# than meaning; each says the same kind of thing in other words.
EN["patent"] += [
  ((), "I hold the rights to a new kind of {gadget} and {company} is selling my design without asking"),
  ((), "Same mechanism, same dimensions, they just changed the colour of our {gadget}"),
  ((E,), "they sell a {gadget} identical to the one protected by ZL certificate {zl} on {platform}"),
  ((), "my invention certificate number is {zl} and the copy is sold in {city}"),
  ((), "An exhibitor copied the structure of our {gadget}; we own the rights in China"),
  ((), "the {gadget} uses our technology that the patent office granted us last year"),
  ((), "a copied {gadget} with our protected appearance design"),
  ((), "fake patent number printed on the box of a {gadget}"),
]
EN["trademark"] += [
  ((), "these {product} say {brand} but the stitching and box are wrong, clearly imitations"),
  ((), "a shop uses a sign that looks just like the {brand} logo"),
  ((), "{brand} {product} for sale at the night market, none are genuine"),
  ((), "they sell {product} under the name {brand} Pro which we never licensed"),
  ((), "A trader squatted our brand name before we entered China and now sells {product} under it"),
  ((), "copycat {product} in look-alike {brand} boxes"),
  ((), "our brand is printed on cheap {product} made in a back-street workshop"),
  ((E,), "{platform} listing: {brand} {product} original quality at a fraction of the price"),
]
EN["copyright"] += [
  ((), "someone uploaded our whole season of shows to a video site"),
  ((E,), "{work} can be watched free on a site full of ads, we never licensed it"),
  ((), "a bookshop sells photocopied editions of {work}"),
  ((), "they use our software without buying licences, about {n} computers"),
  ((E,), "a mobile game on {platform} copies the characters and music of {work}"),
  ((), "our song is used in their commercials without permission"),
  ((), "a cinema app shows camcorder recordings of {work}"),
  ((), "people sell USB sticks loaded with {work} at the market"),
]
EN["trade_secret"] += [
  ((), "the man who ran our lab left and now his new firm makes our product with our {secret}"),
  ((), "our {secret} turned up in a tender submitted by {company}"),
  ((), "a supplier we trusted passed our {secret} on to {company}"),
  ((), "he signed a confidentiality agreement and then gave the {secret} away"),
  ((), "after she quit she kept copies of the {secret} and now works for a rival"),
  ((), "internal {secret} was downloaded the night before he resigned"),
  ((), "{company} approached our staff offering money for the {secret}"),
  ((), "our know-how on the {secret} is being used by a firm set up by two ex-colleagues"),
]
EN["plant_variety"] += [
  ((), "the {crop} seed in the shop is our protected variety repacked in plain bags"),
  ((), "a grower is selling cuttings of our {tree} without a licence"),
  ((), "bags of {crop} seed with a copied label of {variety} sold to farmers"),
  ((), "{company} grows our {variety} {crop} for seed and sells it"),
  ((), "our protected {tree} is cloned and sold at a nursery in {city}"),
  ((), "seedlings of {variety} sold without our authorisation"),
  ((), "they harvest seed from our {crop} variety and resell it as their own"),
  ((E,), "{tree} saplings of our new variety offered on {platform}"),
]
EN["none"] += [
  ((), "the {product} I bought broke after a day and the shop will not exchange it"),
  ((), "can I report a lost dog here"),
  ((), "my copy of the contract is missing a page"),
  ((), "a courier was rude to me at the door"),
  ((), "I want to know how to register my company"),
  ((), "sorry wrong number"),
  ((), "the park lights are broken"),
  ((), "who do I call about a water leak"),
  ((), "the parcel I sent by {courier} arrived damaged and they refuse compensation"),
  ((), "my brand new car has a faulty engine and the dealer ignores me"),
]
ZH["patent"] += [
  ((), "我有新型{gadget}的专利权，{company}没经过同意就在卖"),
  ((), "一样的结构一样的尺寸，只是把我们{gadget}的颜色换了"),
  ((E,), "{platform}上卖的{gadget}和我们ZL证书{zl}保护的一模一样"),
  ((), "我的发明证书号是{zl}，{city}有人卖仿制品"),
  ((), "展商抄袭了我们{gadget}的结构，我们在中国有权利"),
  ((), "这个{gadget}用了专利局去年授权给我们的技术"),
  ((), "仿制的{gadget}用了我们受保护的外观"),
  ((), "{gadget}包装盒上印着假专利号"),
]
ZH["trademark"] += [
  ((), "这些{product}写着{brand}，但做工和盒子都不对，明显是仿的"),
  ((), "一家店的招牌和{brand}的标志几乎一样"),
  ((), "夜市卖{brand}{product}，没有一件是真的"),
  ((), "他们用{brand}Pro的名字卖{product}，我们从没授权"),
  ((), "我们进入中国前品牌名就被人抢注了，现在用来卖{product}"),
  ((), "装在仿{brand}盒子里的{product}"),
  ((), "我们的品牌被印在小作坊做的廉价{product}上"),
  ((E,), "{platform}商品标题写着{brand}{product}原单品质，价格很低"),
]
ZH["copyright"] += [
  ((), "有人把我们整季节目上传到视频网站"),
  ((E,), "一个满是广告的网站可以免费看{work}，我们从没授权"),
  ((), "书店卖{work}的复印版"),
  ((), "他们没买授权就用我们的软件，大概{n}台电脑"),
  ((E,), "{platform}上一款手游抄袭了{work}的人物和音乐"),
  ((), "我们的歌被用在他们的广告里，没有许可"),
  ((), "有个影视APP放{work}的枪版"),
  ((), "市场上有人卖拷满{work}的U盘"),
]
ZH["trade_secret"] += [
  ((), "原来负责实验室的人走了，他新公司用我们的{secret}生产同样的产品"),
  ((), "{company}交的标书里出现了我们的{secret}"),
  ((), "我们信任的供应商把{secret}给了{company}"),
  ((), "他签了保密协议还是把{secret}给了别人"),
  ((), "她离职后留着{secret}的拷贝，现在在对手公司上班"),
  ((), "他辞职前一晚下载了内部{secret}"),
  ((), "{company}花钱找我们员工买{secret}"),
  ((), "两个前同事开的公司在用我们{secret}的技术诀窍"),
]
ZH["plant_variety"] += [
  ((), "店里的{crop}种子是我们的保护品种换了白皮袋子"),
  ((), "有种植户未经许可卖我们{tree}的插条"),
  ((), "卖给农民的{crop}种子袋子上仿印了{variety}的标签"),
  ((), "{company}制种生产我们的{variety}{crop}拿去卖"),
  ((), "{city}一个苗圃克隆我们受保护的{tree}来卖"),
  ((), "未经授权销售{variety}的种苗"),
  ((), "他们留我们{crop}品种的种子当自己的品种卖"),
  ((E,), "{platform}上有人卖我们新品种的{tree}小苗"),
]
ZH["none"] += [
  ((), "买的{product}用了一天就坏了店家不给换"),
  ((), "丢狗可以在这里报吗"),
  ((), "我那份合同复印件少了一页"),
  ((), "快递员送货态度很差"),
  ((), "想问一下怎么注册公司"),
  ((), "不好意思打错了"),
  ((), "公园的路灯坏了"),
  ((), "家里漏水找谁"),
  ((), "我用{courier}寄的包裹到了摔坏了不赔"),
  ((), "新车发动机有问题4S店不管"),
]

# Keyword traps: IP words used in their everyday sense.
EN["none"] += [
  ((), "the sunflower seeds I bought were mouldy, I want my money back"),
  ((), "someone stole the seed money for my start-up"),
  ((), "I planted tomatoes in my garden and the neighbour's goats ate them"),
  ((), "the chemical plant next door smells terrible at night"),
  ((), "my brand new phone does not switch on"),
  ((), "there is a mark on the sofa they delivered"),
  ((), "I need a certified copy of my birth certificate"),
  ((), "the design of the new bus stop is ugly"),
]
ZH["none"] += [
  ((), "买的瓜子发霉了要退钱"),
  ((), "创业的启动资金被人骗走了"),
  ((), "我在院子里种的菜被邻居家的羊吃了"),
  ((), "隔壁化工厂晚上气味很大"),
  ((), "新买的手机开不了机"),
  ((), "送来的沙发上有个印子"),
  ((), "我需要一份出生证明的公证复印件"),
  ((), "新公交站的设计太难看了"),
]

# Shops with a street address: most tips about shops are about shops one can walk into, and a shop
# is only an e-commerce matter when it sells online.
EN["trademark"] += [
  ((), "A clothing shop on the main road in {city} sells {brand} {product}; the assistant admits they are not genuine"),
  ((), "the shop on the ground floor of the shopping centre has fake {brand} {product} on the shelf"),
]
EN["patent"] += [
  ((), "A hardware shop in {city} sells a {gadget} identical to the one we hold a patent on"),
]
EN["copyright"] += [
  ((), "the copy shop by the university gate prints {work} cover to cover and sells it to students"),
]
ZH["trademark"] += [
  ((), "{city}商场一楼的服装店在卖假{brand}{product}，店员自己都承认不是正品"),
  ((), "街口那家店货架上摆的{brand}{product}全是假的"),
]
ZH["patent"] += [
  ((), "{city}一家五金店卖的{gadget}和我们的专利产品一模一样"),
]
ZH["copyright"] += [
  ((), "学校门口的复印店把{work}整本复印了卖给学生"),
]
